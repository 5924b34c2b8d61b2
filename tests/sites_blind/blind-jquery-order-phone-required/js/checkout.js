$(function () {
  var table = App.table();
  var cart = App.cart();
  var submitting = false;
  $('#table-no').text(table);

  $.getJSON('/shop/goods/list', { table: table }, function (res) {
    var goods = {}, html = '', sum = 0;
    (res.data || []).forEach(function (c) { c.goods.forEach(function (g) { goods[g.goods_id] = g; }); });
    for (var id in cart) {
      if (!goods[id]) continue;
      sum += goods[id].price * cart[id];
      html += '<div class="line"><span>' + goods[id].goods_name + ' ×' + cart[id] + '</span><span>¥' + App.fen(goods[id].price * cart[id]) + '</span></div>';
    }
    if (!html) { App.toast('购物车为空，请先点餐'); setTimeout(function () { location.href = 'index.html?table=' + table; }, 1500); return; }
    $('#order-lines').html(html);
    $('#order-sum').text(App.fen(sum));
    $('#pay-sum').text(App.fen(sum));
  });

  function wxPay(params, sn) {
    function call() {
      WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (r) {
        if (r.err_msg == 'get_brand_wcpay_request:ok') {
          App.cart({});
          location.href = 'result.html?sn=' + sn;
        } else {
          App.toast('支付未完成');
        }
      });
    }
    if (typeof WeixinJSBridge == 'undefined') {
      document.addEventListener('WeixinJSBridgeReady', call, false);
    } else {
      call();
    }
  }

  $(document).on('click', '#btn-submit', function () {
    if (submitting) return;
    var mobile = $.trim ? $.trim($('#mobile').val()) : $('#mobile').val().trim();
    if (mobile && !/^1\d{10}$/.test(mobile)) { App.toast('手机号格式不正确'); return; }
    var items = [];
    for (var id in cart) items.push(id + ':' + cart[id]);
    submitting = true;
    App.loading(true);
    $.ajax({
      url: '/shop/order/submit',
      type: 'POST',
      dataType: 'json',
      data: {
        table_no: table,
        goods: items.join(','),
        dine_type: ($('input[name=dine_type]:checked').val() || '1'),
        mobile: mobile,
        remark: $('#remark').val()
      },
      success: function (res) {
        App.loading(false);
        submitting = false;
        if (res.code !== 0) { App.toast(res.msg || '下单失败'); return; }
        wxPay(res.data.pay_params, res.data.order_sn);
      },
      error: function () {
        App.loading(false);
        submitting = false;
        App.toast('网络繁忙，请稍后再试');
      }
    });
  });
});
