/* 扫码点餐 - 确认订单  v2.3.1 */
(function ($) {
  var tableNo = $.getUrlParam('table') || '12';
  var CART_KEY = 'sxj_cart_' + tableNo;
  var cart = {};
  try { cart = JSON.parse(sessionStorage.getItem(CART_KEY) || '{}'); } catch (e) {}
  var people = 2, SEAT = 200, submitting = false;

  function toast(text) {
    $('#toast .weui-toast__content').text(text);
    $('#toast').show();
    setTimeout(function () { $('#toast').hide(); }, 1800);
  }

  function goodsTotal() {
    var t = 0; for (var k in cart) t += cart[k].qty * cart[k].price; return t;
  }
  function render() {
    var html = '';
    for (var k in cart) {
      var it = cart[k];
      html += '<div class="weui-cell order-item"><div class="weui-cell__bd">' + it.name + '</div>' +
        '<div class="weui-cell__ft"><span class="qty">x' + it.qty + '</span><span class="amt">¥' + (it.qty * it.price / 100) + '</span></div></div>';
    }
    $('#itemList').html(html || '<div class="weui-cell"><div class="weui-cell__bd" style="color:#999">购物车是空的</div></div>');
    $('#people').text(people);
    $('#seatFee').text(people * SEAT / 100);
    $('#payTotal').text(((goodsTotal() + people * SEAT) / 100).toFixed(2));
  }

  // JS-SDK 配置
  $.ajax({
    url: '/api/wx/jssdk', data: { url: location.href.split('#')[0] },
    success: function (res) {
      if (res.code !== 0) return;
      wx.config({
        debug: false, appId: res.data.appId, timestamp: res.data.timestamp, nonceStr: res.data.nonceStr,
        signature: res.data.signature, jsApiList: ['chooseWXPay']
      });
    }
  });
  wx.error(function (e) { console.log('wx.config error', e); });

  function pay(p, orderNo) {
    wx.ready(function () {
      wx.chooseWXPay({
        timestamp: p.timeStamp, nonceStr: p.nonceStr, package: p['package'], signType: p.signType, paySign: p.paySign,
        success: function () { sessionStorage.removeItem(CART_KEY); location.replace('/paid.html?orderNo=' + orderNo + '&table=' + tableNo); },
        cancel: function () { toast('已取消支付，可在订单中继续支付'); },
        fail: function () { toast('支付失败'); }
      });
    });
  }

  function submit() {
    if (submitting) return;
    var items = [];
    for (var k in cart) items.push({ dishId: cart[k].id, qty: cart[k].qty });
    if (!items.length) { toast('请先选择菜品'); return; }
    submitting = true;
    $('#loadingToast').show();
    $.ajax({
      url: '/api/order/create', type: 'POST', contentType: 'application/json',
      data: { shopId: 'SXJ0571001', tableNo: tableNo, people: people, remark: $.trim($('#remark').val()), items: items },
      success: function (res) {
        if (res.code !== 0) { $('#loadingToast').hide(); submitting = false; toast(res.msg || '下单失败'); return; }
        var orderNo = res.data.orderNo;
        $.ajax({
          url: '/api/order/pay', type: 'POST', data: { orderNo: orderNo, payWay: 'wxpay_jsapi' },
          success: function (r) {
            $('#loadingToast').hide(); submitting = false;
            if (r.code !== 0) { toast(r.msg || '支付下单失败'); return; }
            pay(r.data, orderNo);
          },
          error: function () { $('#loadingToast').hide(); submitting = false; toast('网络异常'); }
        });
      },
      error: function () { $('#loadingToast').hide(); submitting = false; toast('网络异常'); }
    });
  }

  $(function () {
    $('#tableNo').text(tableNo);
    render();
    $('#pMinus').on('click', function () { if (people > 1) { people--; render(); } });
    $('#pPlus').on('click', function () { if (people < 20) { people++; render(); } });
    $('#btnSubmit').on('click', submit);
  });
})(jQuery);
