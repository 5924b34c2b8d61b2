(function () {
  'use strict';
  var PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'.split('');
  var el = function (id) { return document.getElementById(id); };
  var order = null;
  var nev = false;

  function message(text) {
    var m = document.createElement('div');
    m.className = 'el-message el-message--error';
    m.setAttribute('role', 'alert');
    m.innerHTML = '<p class="el-message__content"></p>';
    m.firstChild.textContent = text;
    document.body.appendChild(m);
    setTimeout(function () { m.remove(); }, 2500);
  }

  function http(method, url, data) {
    var opt = { method: method, headers: { 'X-Requested-With': 'XMLHttpRequest' } };
    if (data) { opt.headers['Content-Type'] = 'application/json;charset=UTF-8'; opt.body = JSON.stringify(data); }
    return fetch(url, opt).then(function (r) { return r.json(); });
  }

  function show(page) {
    ['pageQuery', 'pageFee', 'pageResult'].forEach(function (p) { el(p).style.display = p === page ? '' : 'none'; });
    window.scrollTo(0, 0);
  }

  function route() {
    var h = location.hash.replace(/^#/, '') || '/';
    if (h.indexOf('/fee') === 0 && order) show('pageFee');
    else if (h.indexOf('/result') === 0) show('pageResult');
    else { show('pageQuery'); if (h !== '/') history.replaceState(null, '', '#/'); }
  }
  window.addEventListener('hashchange', route);

  // ---- province el-select ----
  el('provinceInput').addEventListener('click', function (e) {
    e.stopPropagation();
    if (document.querySelector('.el-select-dropdown')) return;
    var dd = document.createElement('div');
    dd.className = 'el-select-dropdown el-popper';
    dd.innerHTML = PROVINCES.map(function (p) {
      return '<div class="el-select-dropdown__item' + (p === el('provinceInput').value ? ' selected' : '') + '">' + p + '</div>';
    }).join('');
    document.body.appendChild(dd);
    dd.addEventListener('click', function (ev) {
      var item = ev.target.closest('.el-select-dropdown__item');
      if (!item) return;
      el('provinceInput').value = item.textContent;
      dd.remove();
    });
  });
  document.addEventListener('click', function () {
    var dd = document.querySelector('.el-select-dropdown');
    if (dd) dd.remove();
  });

  // ---- el-radio (新能源) ----
  el('nevRadio').addEventListener('click', function (e) {
    e.preventDefault();
    nev = !nev;
    el('nevRadio').classList.toggle('is-checked', nev);
    el('nevRadio').querySelector('.el-radio__input').classList.toggle('is-checked', nev);
    el('plate').maxLength = nev ? 7 : 6;
  });

  el('plate').addEventListener('input', function () {
    var v = this.value.toUpperCase().replace(/[^A-Z0-9]/g, '');
    if (v !== this.value) this.value = v;
    el('plateError').style.display = 'none';
    this.parentNode.parentNode.parentNode.classList.remove('is-error');
  });

  function plateError(text) {
    el('plateError').textContent = text;
    el('plateError').style.display = '';
    el('plate').closest('.el-form-item').classList.add('is-error');
  }

  function renderHistory() {
    var list = JSON.parse(localStorage.getItem('park_plates') || '[]');
    el('history').innerHTML = list.map(function (p) { return '<span class="el-tag el-tag--light">' + p + '</span>'; }).join('');
    Array.prototype.forEach.call(el('history').querySelectorAll('.el-tag'), function (t) {
      t.addEventListener('click', function () {
        el('provinceInput').value = t.textContent.charAt(0);
        el('plate').value = t.textContent.slice(1);
      });
    });
  }

  el('btnQuery').addEventListener('click', function () {
    var btn = this;
    var body = el('plate').value.trim().toUpperCase();
    if (!body) { plateError('请输入车牌号码'); return; }
    var len = nev ? 7 : 6;
    if (!/^[A-Z][A-Z0-9]+$/.test(body) || body.length !== len) { plateError('车牌号格式不正确'); return; }
    var plate = el('provinceInput').value + body;
    btn.classList.add('is-loading');
    http('GET', '/api/v1/parking/order?plateNo=' + encodeURIComponent(plate)).then(function (res) {
      btn.classList.remove('is-loading');
      if (res.code !== 200) { message(res.message || '查询失败'); return; }
      order = res.data;
      var list = JSON.parse(localStorage.getItem('park_plates') || '[]').filter(function (p) { return p !== plate; });
      list.unshift(plate);
      localStorage.setItem('park_plates', JSON.stringify(list.slice(0, 3)));
      renderFee();
      location.hash = '#/fee';
    }).catch(function () { btn.classList.remove('is-loading'); message('网络异常，请重试'); });
  });

  function renderFee() {
    el('feeAmount').textContent = (order.payAmount / 100).toFixed(2);
    var rows = [['车牌号码', order.plateNo], ['停车场', order.parkName], ['入场时间', order.inTime], ['停车时长', order.duration], ['已优惠', '¥' + (order.discount / 100).toFixed(2)]];
    el('feeRows').innerHTML = rows.map(function (r) {
      return '<tr class="el-descriptions-row"><td class="el-descriptions-item__label">' + r[0] + '</td><td class="el-descriptions-item__content">' + r[1] + '</td></tr>';
    }).join('');
  }

  el('btnBack').addEventListener('click', function () { location.hash = '#/'; });

  // ---- el-checkbox: the native input is hidden, clicking the label toggles it ----
  el('mkt').addEventListener('change', function () {
    var on = this.checked;
    el('mktCheckbox').classList.toggle('is-checked', on);
    el('mktCheckbox').querySelector('.el-checkbox__input').classList.toggle('is-checked', on);
  });

  el('phone').addEventListener('input', function () {
    this.value = this.value.replace(/\D/g, '');
    el('phoneError').style.display = 'none';
  });

  function pay(params) {
    function go() {
      WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (res) {
        if (res.err_msg === 'get_brand_wcpay_request:ok') {
          el('resultText').textContent = order.plateNo + ' 已缴费，请在15分钟内驶离停车场';
          location.hash = '#/result';
        } else if (res.err_msg === 'get_brand_wcpay_request:cancel') {
          message('已取消支付');
        } else {
          message('支付失败，请重试');
        }
      });
    }
    if (typeof WeixinJSBridge === 'undefined') document.addEventListener('WeixinJSBridgeReady', go, false);
    else go();
  }

  el('btnPay').addEventListener('click', function () {
    var btn = this;
    if (!order) return;
    var phone = el('phone').value.trim();
    if (phone && !/^1[3-9]\d{9}$/.test(phone)) {
      el('phoneError').textContent = '请输入正确的手机号';
      el('phoneError').style.display = '';
      return;
    }
    btn.classList.add('is-loading');
    http('POST', '/api/v1/parking/pay', {
      orderNo: order.orderNo,
      plateNo: order.plateNo,
      mobile: phone,
      smsMarketing: el('mkt').checked ? 1 : 0,
      payType: 'WX_JSAPI'
    }).then(function (res) {
      btn.classList.remove('is-loading');
      if (res.code !== 200) { message(res.message || '下单失败'); return; }
      pay(res.data);
    }).catch(function () { btn.classList.remove('is-loading'); message('网络异常，请重试'); });
  });

  renderHistory();
  route();
})();
