// A hand-rolled hash router: #/menu, #/confirm, #/login. Ordering needs a login token from the phone + SMS flow.
(function () {
  var params = new URLSearchParams(location.search);
  var table = params.get('table') || 'A08';
  var MENU = [
    { cat: '招牌推荐', items: [
      { id: 11, nm: '农家小炒肉', ds: '五花肉 青椒 豆豉', pr: 38, c: '#c0392b' },
      { id: 12, nm: '剁椒鱼头', ds: '鲜胖头鱼 自制剁椒', pr: 88, c: '#e67e22' } ] },
    { cat: '家常小炒', items: [
      { id: 21, nm: '手撕包菜', ds: '', pr: 22, c: '#27ae60' },
      { id: 22, nm: '酸辣土豆丝', ds: '', pr: 18, c: '#f1c40f' } ] },
    { cat: '主食', items: [ { id: 31, nm: '米饭', ds: '东北长粒香', pr: 2, c: '#ecf0f1' } ] }
  ];
  var cart = {};
  var token = sessionStorage.getItem('xw_token');
  var app = document.getElementById('app');

  function toast(m) { var t = document.getElementById('toast'); t.textContent = m; t.style.display = 'block'; setTimeout(function () { t.style.display = 'none'; }, 1800); }
  function allItems() { return MENU.reduce(function (a, c) { return a.concat(c.items); }, []); }
  function total() { return allItems().reduce(function (s, i) { return s + (cart[i.id] || 0) * i.pr; }, 0); }
  function count() { return Object.keys(cart).reduce(function (s, k) { return s + cart[k]; }, 0); }

  var views = {
    menu: function () {
      var html = '<div class="shop"><div class="logo">湘</div><div><h2>湘味小馆（徐汇店）</h2><p>人均 ¥68 · 营业中 10:30-21:30</p></div><div class="table-no">桌号 ' + table + '</div></div>';
      html += '<div class="menu"><div class="cats">' + MENU.map(function (c, i) { return '<div class="' + (i ? '' : 'on') + '">' + c.cat + '</div>'; }).join('') + '</div><div class="dishes">';
      MENU.forEach(function (c) {
        html += '<h4>' + c.cat + '</h4>';
        c.items.forEach(function (d) {
          var n = cart[d.id] || 0;
          html += '<div class="dish"><div class="pic" style="background:' + d.c + '"></div><div class="info"><div class="nm">' + d.nm + '</div><div class="ds">' + d.ds + '</div>' +
            '<div class="bt"><span class="pr">¥' + d.pr + '</span><div class="stepper">' +
            (n ? '<span class="minus" data-id="' + d.id + '">-</span><span>' + n + '</span>' : '') +
            '<span class="plus" data-id="' + d.id + '">+</span></div></div></div></div>';
        });
      });
      html += '</div></div><div class="cartbar"><div class="sum">' + (count() ? '¥' + total() : '<small>未选购商品</small>') + '</div>' +
        '<button id="toConfirm"' + (count() ? '' : ' disabled') + '>去结算</button></div>';
      return html;
    },
    confirm: function () {
      var html = '<div class="page-hd"><a href="#/menu">‹</a>确认订单 · 桌号 ' + table + '</div><div class="lines">';
      allItems().forEach(function (i) { if (cart[i.id]) html += '<div class="l"><span>' + i.nm + ' ×' + cart[i.id] + '</span><span>¥' + i.pr * cart[i.id] + '</span></div>'; });
      html += '<div class="l"><span>餐具</span><span>1 套</span></div></div><textarea class="remark" placeholder="口味、偏好等要求（选填）"></textarea>';
      html += '<div class="submit"><div class="tot">合计 <b>¥' + total() + '</b></div><button id="submitOrder">提交订单</button></div>';
      return html;
    },
    login: function () {
      return '<div class="page-hd"><a href="#/confirm">‹</a></div><div class="login"><h3>手机号登录</h3><p>登录后即可下单，订单进度将通过短信通知您</p>' +
        '<div class="ipt"><input id="phone" type="tel" maxlength="11" placeholder="请输入手机号"></div>' +
        '<div class="ipt"><input id="smsCode" maxlength="6" placeholder="请输入验证码"><span class="code-btn" id="sendCode">获取验证码</span></div>' +
        '<button class="go" id="doLogin">登录并下单</button><div class="agree">登录即代表同意《用户协议》和《隐私政策》</div></div>';
    }
  };

  function render() {
    var name = (location.hash.match(/^#\/(\w+)/) || [])[1] || 'menu';
    if (!views[name] || (name !== 'menu' && !count())) { location.replace('#/menu'); name = 'menu'; }
    app.innerHTML = views[name]();
    window.scrollTo(0, 0);
  }

  app.addEventListener('click', function (e) {
    var t = e.target;
    if (t.classList.contains('plus')) { cart[t.dataset.id] = (cart[t.dataset.id] || 0) + 1; render(); }
    else if (t.classList.contains('minus')) { cart[t.dataset.id]--; if (!cart[t.dataset.id]) delete cart[t.dataset.id]; render(); }
    else if (t.id === 'toConfirm') location.hash = '#/confirm';
    else if (t.id === 'submitOrder') submitOrder();
    else if (t.id === 'sendCode') sendCode();
    else if (t.id === 'doLogin') doLogin();
  });

  function submitOrder() {
    fetch('/api/v1/order/create', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + (token || '') },
      body: JSON.stringify({ table: table, items: Object.keys(cart).map(function (k) { return { skuId: +k, qty: cart[k] }; }) }) })
      .then(function (r) { return r.json(); })
      .then(function (r) {
        if (r.code === 401) { location.hash = '#/login'; return; }
        if (r.code !== 0) { toast(r.msg); return; }
        WeixinJSBridge.invoke('getBrandWCPayRequest', r.data.payParams, function (res) {
          if (res.err_msg === 'get_brand_wcpay_request:ok') app.innerHTML = '<div class="login"><h3>下单成功</h3><p>后厨已接单，请稍候</p></div>';
        });
      });
  }
  function sendCode() {
    var phone = document.getElementById('phone').value;
    if (!/^1\d{10}$/.test(phone)) { toast('请输入正确的手机号'); return; }
    fetch('/api/v1/sms/send', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: phone }) });
    toast('验证码已发送');
  }
  function doLogin() {
    var phone = document.getElementById('phone').value, code = document.getElementById('smsCode').value;
    if (!phone || !code) { toast('请输入手机号和验证码'); return; }
    fetch('/api/v1/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: phone, code: code }) })
      .then(function (r) { return r.json(); })
      .then(function (r) { if (r.code !== 0) { toast(r.msg); return; } token = r.data.token; sessionStorage.setItem('xw_token', token); location.hash = '#/confirm'; });
  }

  window.addEventListener('hashchange', render);
  render();
})();
