(function () {
  'use strict';
  var query = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
    if (!kv) return;
    var p = kv.split('=');
    query[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || '');
  });
  var tableNo = query.table || localStorage.getItem('xl_table') || 'A08';
  localStorage.setItem('xl_table', tableNo);

  var state = {
    menu: [],
    cart: JSON.parse(localStorage.getItem('xl_cart_' + tableNo) || '{}'),
    user: null,
    activeCat: 0,
    paying: false
  };
  var foods = {};
  var $ = function (id) { return document.getElementById(id); };

  function request(method, url, body) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.setRequestHeader('Accept', 'application/json');
      if (body) xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
      xhr.onload = function () {
        var data = null;
        try { data = JSON.parse(xhr.responseText); } catch (e) { data = null; }
        resolve({ status: xhr.status, data: data });
      };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.send(body ? JSON.stringify(body) : null);
    });
  }

  function message(text, type) {
    var el = document.createElement('div');
    el.className = 'el-message el-message--' + (type || 'error');
    el.setAttribute('role', 'alert');
    el.innerHTML = '<p class="el-message__content"></p>';
    el.firstChild.textContent = text;
    document.body.appendChild(el);
    setTimeout(function () { el.style.opacity = '0'; }, 2200);
    setTimeout(function () { if (el.parentNode) el.parentNode.removeChild(el); }, 2600);
  }

  // ---- el-dialog ----
  var dialogVisible = false;
  function openAuthDialog() {
    if (dialogVisible || state.user) return;
    dialogVisible = true;
    $('authModal').style.display = '';
    $('authDialog').style.display = '';
    document.body.classList.add('el-popup-parent--hidden');
  }
  function closeAuthDialog() {
    dialogVisible = false;
    $('authModal').style.display = 'none';
    $('authDialog').style.display = 'none';
    document.body.classList.remove('el-popup-parent--hidden');
  }
  $('authCancel').addEventListener('click', closeAuthDialog);
  document.querySelector('#authDialog .el-dialog__headerbtn').addEventListener('click', closeAuthDialog);
  $('authDialog').addEventListener('click', function (e) {
    if (e.target === $('authDialog')) closeAuthDialog();
  });
  $('authOk').addEventListener('click', function () {
    saveCart();
    location.href = '/api/wx/authorize?table=' + encodeURIComponent(tableNo);
  });

  // ---- cart ----
  function saveCart() { localStorage.setItem('xl_cart_' + tableNo, JSON.stringify(state.cart)); }
  function changeQty(id, delta) {
    var n = (state.cart[id] || 0) + delta;
    if (n <= 0) delete state.cart[id]; else state.cart[id] = n;
    saveCart();
    renderFoods();
    renderCart();
  }
  function renderCart() {
    var count = 0, total = 0;
    Object.keys(state.cart).forEach(function (id) {
      if (!foods[id]) return;
      count += state.cart[id];
      total += state.cart[id] * foods[id].price;
    });
    $('cartCount').textContent = count;
    $('cartCount').style.display = count ? '' : 'none';
    $('cartTotal').textContent = (total / 100).toFixed(2);
    var btn = $('btnPay');
    btn.disabled = !count;
    btn.classList.toggle('is-disabled', !count);
  }

  function renderCats() {
    var html = state.menu.map(function (c, i) {
      return '<div class="cat-item' + (i === state.activeCat ? ' is-active' : '') + '" data-index="' + i + '">' + c.name + '</div>';
    }).join('');
    $('catList').innerHTML = html;
    Array.prototype.forEach.call($('catList').querySelectorAll('.cat-item'), function (el) {
      el.addEventListener('click', function () {
        state.activeCat = +el.getAttribute('data-index');
        renderCats();
        var g = document.getElementById('group-' + state.activeCat);
        if (g) $('foodList').scrollTop = g.offsetTop - $('foodList').offsetTop;
      });
    });
  }

  function renderFoods() {
    var html = '';
    state.menu.forEach(function (c, i) {
      html += '<div class="food-group-title" id="group-' + i + '">' + c.name + '</div>';
      c.foods.forEach(function (f) {
        var q = state.cart[f.id] || 0;
        html += '<div class="food-item">' +
          '<div class="food-img">' + f.name.charAt(0) + '</div>' +
          '<div class="food-body"><div><div class="food-name">' + f.name + '</div><div class="food-desc">' + f.desc + '</div></div>' +
          '<div class="food-foot"><span class="food-price">¥' + (f.price / 100).toFixed(2) + '</span><div class="qty-box">' +
          (q ? '<button type="button" class="el-button el-button--default el-button--mini is-circle js-minus" data-id="' + f.id + '"><i class="el-icon-minus">−</i></button><span class="qty-num">' + q + '</span>' : '') +
          '<button type="button" class="el-button el-button--primary el-button--mini is-circle js-plus" data-id="' + f.id + '"><i class="el-icon-plus">+</i></button>' +
          '</div></div></div></div>';
      });
    });
    $('foodList').innerHTML = html;
    Array.prototype.forEach.call($('foodList').querySelectorAll('.js-plus'), function (b) {
      b.addEventListener('click', function () { changeQty(b.getAttribute('data-id'), 1); });
    });
    Array.prototype.forEach.call($('foodList').querySelectorAll('.js-minus'), function (b) {
      b.addEventListener('click', function () { changeQty(b.getAttribute('data-id'), -1); });
    });
  }

  // ---- pay ----
  function invokePay(params, orderNo) {
    function onBridgeReady() {
      WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (res) {
        state.paying = false;
        if (res.err_msg === 'get_brand_wcpay_request:ok') {
          state.cart = {};
          saveCart();
          location.hash = '#/result?orderNo=' + orderNo;
        } else {
          message('支付已取消');
        }
      });
    }
    if (typeof WeixinJSBridge === 'undefined') {
      document.addEventListener('WeixinJSBridgeReady', onBridgeReady, false);
    } else {
      onBridgeReady();
    }
  }

  $('btnPay').addEventListener('click', function () {
    if ($('btnPay').disabled || state.paying) return;
    var items = Object.keys(state.cart).map(function (id) { return { skuId: id, num: state.cart[id] }; });
    if (!items.length) { message('请先选择菜品'); return; }
    state.paying = true;
    request('POST', '/api/order/create', { tableNo: tableNo, items: items, remark: '' }).then(function (res) {
      var d = res.data || {};
      if (res.status === 401 || d.code === 401) {
        state.paying = false;
        message(d.msg || '请先授权登录');
        openAuthDialog();
        return;
      }
      if (d.code !== 0) {
        state.paying = false;
        message(d.msg || '下单失败，请稍后重试');
        return;
      }
      invokePay(d.data.payParams, d.data.orderNo);
    }, function () {
      state.paying = false;
      message('网络异常，请稍后重试');
    });
  });

  function route() {
    var h = location.hash || '#/';
    if (h.indexOf('#/result') === 0) {
      var m = h.match(/orderNo=([^&]+)/);
      $('resultNo').textContent = m ? decodeURIComponent(m[1]) : '';
      $('resultPage').style.display = '';
      closeAuthDialog();
    } else {
      $('resultPage').style.display = 'none';
    }
  }
  window.addEventListener('hashchange', route);

  // ---- boot ----
  $('tableNo').textContent = tableNo;
  route();
  request('GET', '/api/user/info').then(function (res) {
    if (res.data && res.data.code === 0) state.user = res.data.data;
  }).catch(function () {});

  request('GET', '/api/menu?tableNo=' + encodeURIComponent(tableNo)).then(function (res) {
    var d = res.data || {};
    if (d.code !== 0) { message(d.msg || '菜单加载失败'); return; }
    state.menu = d.data.categories;
    state.menu.forEach(function (c) { c.foods.forEach(function (f) { foods[f.id] = f; }); });
    $('menuLoading').style.display = 'none';
    renderCats();
    renderFoods();
    renderCart();
    setTimeout(function () {
      if (!state.user && (location.hash || '#/').indexOf('#/result') !== 0) openAuthDialog();
    }, 4000);
  }, function () { message('网络异常，菜单加载失败'); });
})();
