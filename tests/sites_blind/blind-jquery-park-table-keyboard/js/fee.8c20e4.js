/* 停车缴费 - 费用确认  build 20240518 */
$(function () {
  var orderNo = $.query('orderNo'), plateNo = $.query('plateNo'), paying = false;

  function toast(msg) {
    $('#toast').text(msg).show();
    clearTimeout(toast.t);
    toast.t = setTimeout(function () { $('#toast').hide(); }, 2000);
  }
  function yuan(fen) { return (fen / 100).toFixed(2); }
  function dur(min) { var h = Math.floor(min / 60), m = min % 60; return (h ? h + '小时' : '') + m + '分钟'; }

  $('#plateNo').text(plateNo || '--');
  $.getJSON('/api/park/order', { orderNo: orderNo }, function (res) {
    if (res.code !== 200) { toast(res.message || '订单已失效，请重新查询'); return; }
    var d = res.data;
    $('#parkName').text(d.parkName);
    $('#inTime').text(d.inTime);
    $('#duration').text(dur(d.parkMinutes));
    $('#totalFee').text('¥' + yuan(d.totalFee));
    $('#discount').text('¥' + yuan(d.discountFee));
    $('#payAmount').text(yuan(d.payFee));
  });

  $('#btnPay').on('click', function () {
    if (paying) return;
    paying = true;
    $('#loading').show();
    $.post('/api/park/pay', { orderNo: orderNo, payChannel: 'WX_H5' }, function (res) {
      paying = false;
      if (res.code !== 200) { $('#loading').hide(); toast(res.message || '下单失败'); return; }
      location.href = res.data.mwebUrl;
    });
  });
});
