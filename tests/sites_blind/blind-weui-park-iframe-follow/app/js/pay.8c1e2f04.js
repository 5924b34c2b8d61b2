/* park-h5 pay page — build 2024.05.13 */
(function ($) {
  var API = { fee: '/api/park/fee', pay: '/api/park/pay' };
  var state = { plate: '', orderNo: '', amount: 0, paying: false };

  function qs(name) {
    var v = $.getUrlParam(name);
    if (!v && window.parent !== window) {
      try { v = $.getUrlParam(name, window.parent.location.search); } catch (e) { v = null; }
    }
    return v;
  }

  function toast(text) {
    var $t = $('<div class="weui-toast weui-toast_text"><p class="weui-toast__content"></p></div>');
    $t.find('.weui-toast__content').text(text);
    $('body').append($t[0]);
    setTimeout(function () { $t.fadeOut(200, function () { $t.remove(); }); }, 1800);
  }
  function loading(on) { on ? $('#toastLoading').show() : $('#toastLoading').hide(); }

  function followDialog(msg) {
    $('.js-follow-dialog').remove();
    var html = '' +
      '<div class="js-follow-dialog">' +
      '  <div class="weui-mask"></div>' +
      '  <div class="weui-dialog">' +
      '    <a href="javascript:;" class="dlg-close" style="display:none">×</a>' +
      '    <div class="weui-dialog__hd"><strong class="weui-dialog__title">温馨提示</strong></div>' +
      '    <div class="weui-dialog__bd">' + msg + '</div>' +
      '    <div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary js-go-follow">去关注</a></div>' +
      '  </div>' +
      '</div>';
    $('body').append(html);
    var $d = $('.js-follow-dialog');
    setTimeout(function () { $d.find('.dlg-close').show(); }, 1000);
    $d.find('.dlg-close').on('click', function () { $d.remove(); });
    $d.find('.js-go-follow').on('click', function () {
      location.href = '/app/follow.html?plate=' + encodeURIComponent(state.plate) + '&orderNo=' + encodeURIComponent(state.orderNo);
    });
  }

  function fmtDuration(min) {
    var h = Math.floor(min / 60), m = min % 60;
    return (h ? h + '小时' : '') + m + '分钟';
  }

  function queryFee(plate) {
    plate = $.trim(plate).toUpperCase();
    if (!plate) { toast('请输入车牌号'); return; }
    loading(true);
    $.ajax({
      url: API.fee, type: 'GET', data: { plate: plate, lotId: 'LB3301008' }, cache: false,
      success: function (res) {
        loading(false);
        if (!res || res.code !== 0) { toast((res && res.msg) || '查询失败，请稍后再试'); return; }
        var d = res.data;
        state.plate = d.plate; state.orderNo = d.orderNo; state.amount = d.amount;
        $('#feeAmount').text('¥' + (d.amount / 100).toFixed(2));
        $('#inTime').text(d.inTime);
        $('#duration').text(fmtDuration(d.minutes));
        $('#orderNo').text(d.orderNo);
        $('#plateShow').text(d.plate);
        $('#plateInputCell').hide(); $('#plateShowCell').show(); $('#queryArea').hide();
        $('#feeBox').show();
      },
      error: function () { loading(false); toast('网络异常，请重试'); }
    });
  }

  function callPay(params) {
    var bridge = window.WeixinJSBridge || (window.parent && window.parent.WeixinJSBridge);
    if (!bridge) { toast('请在微信中打开'); return; }
    bridge.invoke('getBrandWCPayRequest', params, function (r) {
      if (r.err_msg === 'get_brand_wcpay_request:ok') {
        location.href = '/app/result.html?orderNo=' + encodeURIComponent(state.orderNo);
      } else if (r.err_msg !== 'get_brand_wcpay_request:cancel') {
        toast('支付失败');
      }
    });
  }

  function pay() {
    if (state.paying || !state.orderNo) return;
    state.paying = true; loading(true);
    $.ajax({
      url: API.pay, type: 'POST', data: { orderNo: state.orderNo, plate: state.plate, payType: 'WXJSAPI' },
      success: function (res) {
        state.paying = false; loading(false);
        if (res && res.status === 'need_follow') {
          followDialog(res.msg || '请先关注「联泊停车」公众号，关注后即可缴费');
        } else if (res && res.status === 'ok') {
          callPay(res.payParams);
        } else {
          toast((res && res.msg) || '下单失败');
        }
      },
      error: function () { state.paying = false; loading(false); toast('网络异常，请重试'); }
    });
  }

  $(function () {
    var plate = qs('plate');
    if (plate) { $('#plateNo').val(plate); queryFee(plate); }
    $('#btnQuery').on('click', function () { queryFee($('#plateNo').val()); });
    $('#btnPay').on('click', pay);
  });
})(jQuery);
