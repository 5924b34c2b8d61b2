(function () {
  var bill = null;
  function $(id) { return document.getElementById(id); }
  function toast(text) {
    var t = $('toast'); t.textContent = text; t.hidden = false;
    setTimeout(function () { t.hidden = true; }, 1800);
  }
  function json(url, options) { return fetch(url, options).then(function (r) { return r.json(); }); }
  function showWall() { $('wallMessage').textContent = ''; $('followWall').hidden = false; }

  $('query').addEventListener('click', function () {
    var plate = $('plate').value.replace(/\s/g, '').toUpperCase();
    if (!/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/.test(plate)) { toast('请输入正确的车牌号'); return; }
    json('/api/parking/fee?plate=' + encodeURIComponent(plate)).then(function (r) {
      bill = r.data;
      $('billPlate').textContent = bill.plate; $('billIn').textContent = bill.enterTime;
      $('billDuration').textContent = bill.duration; $('billAmount').textContent = bill.amount;
      $('bill').hidden = false;
    });
  });

  $('pay').addEventListener('click', function () {
    json('/api/parking/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ billNo: bill.billNo }) })
      .then(function (r) {
        if (r.code === 'NOT_SUBSCRIBED') { showWall(); return; }
        WeixinJSBridge.invoke('getBrandWCPayRequest', r.data, function () {});
      });
  });

  // The × only hides the wall for a moment.
  $('closeWall').addEventListener('click', function () { $('followWall').hidden = true; setTimeout(showWall, 1000); });

  $('recheck').addEventListener('click', function () {
    json('/api/wechat/subscribe-status').then(function (r) {
      if (!r.subscribed) $('wallMessage').textContent = '检测到您尚未关注公众号，请关注后再试';
    });
  });
})();
