(function () {
  'use strict';

  var store = {
    menu: [],
    bag: JSON.parse(sessionStorage.getItem('hb.bag') || '{}'),
    member: null,
    promptSeen: sessionStorage.getItem('hb.rewardsPrompt') === 'dismissed',
    sdkConfigured: false
  };
  var view = document.getElementById('view');
  var portal = document.getElementById('portal');

  function api(method, url, body) {
    var opts = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(url, opts).then(function (r) {
      return r.json().then(function (data) { return { status: r.status, data: data }; });
    });
  }

  function money(cents) { return '¥' + (cents / 100).toFixed(2); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function saveBag() { sessionStorage.setItem('hb.bag', JSON.stringify(store.bag)); }
  function findItem(id) {
    for (var i = 0; i < store.menu.length; i++)
      for (var j = 0; j < store.menu[i].items.length; j++)
        if (store.menu[i].items[j].id === id) return store.menu[i].items[j];
    return null;
  }
  function bagLines() {
    return Object.keys(store.bag).map(function (id) {
      var it = findItem(id);
      return it ? { id: id, name: it.name, price: it.price, qty: store.bag[id] } : null;
    }).filter(Boolean);
  }
  function bagTotal() { return bagLines().reduce(function (s, l) { return s + l.price * l.qty; }, 0); }
  function bagCount() { return bagLines().reduce(function (s, l) { return s + l.qty; }, 0); }

  function toast(text) {
    var t = document.createElement('div');
    t.className = 'toast';
    t.textContent = text;
    document.body.appendChild(t);
    setTimeout(function () { t.remove(); }, 2000);
  }

  // ---------- router ----------
  var routes = { '/': renderMenu, '/checkout': renderCheckout, '/order-complete': renderDone };
  function navigate(path, replace) {
    if (replace) history.replaceState({}, '', path); else history.pushState({}, '', path);
    render();
  }
  function render() {
    closeModal();
    var fn = routes[location.pathname] || renderMenu;
    fn();
    window.scrollTo(0, 0);
  }
  window.addEventListener('popstate', render);
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-link]');
    if (!a) return;
    e.preventDefault();
    navigate(a.getAttribute('href'));
  });

  // ---------- views ----------
  function renderMenu() {
    document.title = 'Harbour Bean Coffee · Order';
    var html = '';
    store.menu.forEach(function (sec) {
      html += '<h2>' + esc(sec.title) + '</h2>';
      sec.items.forEach(function (it) {
        var q = store.bag[it.id] || 0;
        html += '<div class="card"><div class="thumb">' + esc(it.name.charAt(0)) + '</div>' +
          '<div class="info"><div class="name">' + esc(it.name) + '</div><div class="desc">' + esc(it.desc) + '</div><div class="price">' + money(it.price) + '</div></div>' +
          (q ? '<div class="qty"><button class="icon-btn ghost" data-dec="' + it.id + '" aria-label="Remove one ' + esc(it.name) + '">−</button><output>' + q + '</output><button class="icon-btn" data-inc="' + it.id + '" aria-label="Add one ' + esc(it.name) + '">+</button></div>'
             : '<button class="add-btn" data-inc="' + it.id + '">Add</button>') +
          '</div>';
      });
    });
    var count = bagCount();
    html += '<div class="bag-bar"><span class="sum">' + (count ? count + ' item' + (count > 1 ? 's' : '') + ' · ' + money(bagTotal()) : 'Your bag is empty') + '</span>' +
      '<button class="primary" id="toCheckout">Checkout</button></div>';
    view.innerHTML = html;
    view.querySelectorAll('[data-inc]').forEach(function (b) {
      b.addEventListener('click', function () { store.bag[b.dataset.inc] = (store.bag[b.dataset.inc] || 0) + 1; saveBag(); renderMenu(); });
    });
    view.querySelectorAll('[data-dec]').forEach(function (b) {
      b.addEventListener('click', function () {
        var id = b.dataset.dec;
        store.bag[id] = (store.bag[id] || 0) - 1;
        if (store.bag[id] <= 0) delete store.bag[id];
        saveBag(); renderMenu();
      });
    });
    document.getElementById('toCheckout').addEventListener('click', function () {
      if (!bagCount()) { alert('Your bag is empty. Add a drink first.'); return; }
      navigate('/checkout');
    });
  }

  function renderCheckout() {
    document.title = 'Checkout · Harbour Bean';
    var lines = bagLines();
    if (!lines.length) { navigate('/', true); return; }
    var html = '<h2>Your order</h2><div class="card" style="display:block">';
    lines.forEach(function (l) {
      html += '<div class="line"><span>' + l.qty + ' × ' + esc(l.name) + '</span><span>' + money(l.price * l.qty) + '</span></div>';
    });
    html += '<div class="line total"><span>Total</span><span>' + money(bagTotal()) + '</span></div></div>';
    html += '<div class="field"><label for="pickup">Pickup time</label><select id="pickup"><option value="asap">As soon as possible</option><option value="15">In 15 minutes</option><option value="30">In 30 minutes</option></select></div>';
    html += '<div class="field"><label for="note">Note for the barista (optional)</label><input id="note" maxlength="60" placeholder="e.g. extra hot"></div>';
    if (store.member) {
      html += '<div class="member-chip">Signed in as ' + esc(store.member.nickname) + ' · ' + store.member.points + ' pts</div>';
    } else {
      html += '<div class="member-chip">Ordering as guest · <button class="link-btn" id="openRewards">Sign in to earn points</button></div>';
    }
    html += '<button class="primary block" id="payBtn">Pay ' + money(bagTotal()) + ' with WeChat Pay</button>';
    view.innerHTML = html;
    document.getElementById('payBtn').addEventListener('click', pay);
    var open = document.getElementById('openRewards');
    if (open) open.addEventListener('click', openModal);
    if (!store.member && !store.promptSeen) setTimeout(function () {
      if (location.pathname === '/checkout' && !store.promptSeen) openModal();
    }, 400);
  }

  function renderDone() {
    document.title = 'Order placed · Harbour Bean';
    var id = new URLSearchParams(location.search).get('order') || '';
    view.innerHTML = '<div class="done"><div class="tick">✓</div><h3>Payment successful</h3><p>Order <b>' + esc(id) +
      '</b> is being prepared. We will call your number at the counter.</p><a href="/" data-link class="link-btn">Order again</a></div>';
  }

  // ---------- rewards modal ----------
  function openModal() {
    portal.innerHTML = '<div class="modal-backdrop" role="presentation"><div class="modal-wrap"><div class="modal" role="dialog" aria-modal="true" aria-labelledby="rw-title">' +
      '<button class="close" aria-label="Close">×</button><div class="stars">☕</div>' +
      '<h3 id="rw-title">Sign in to earn rewards</h3>' +
      '<p>Members collect 1 point for every ¥1 spent. 100 points = a free drink.</p>' +
      '<button class="wechat" id="rwSignIn">Sign in with WeChat</button>' +
      '<button class="guest" id="rwGuest">Continue as guest</button>' +
      '</div></div></div>';
    document.getElementById('rwSignIn').addEventListener('click', function () {
      location.href = '/auth/wechat?next=' + encodeURIComponent('/checkout');
    });
    var dismiss = function () {
      store.promptSeen = true;
      sessionStorage.setItem('hb.rewardsPrompt', 'dismissed');
      closeModal();
    };
    document.getElementById('rwGuest').addEventListener('click', dismiss);
    portal.querySelector('.close').addEventListener('click', dismiss);
  }
  function closeModal() { portal.innerHTML = ''; }

  // ---------- payment ----------
  function configureSdk() {
    if (!window.wx) return;
    api('GET', '/api/wx/jssdk-config?url=' + encodeURIComponent(location.href.split('#')[0])).then(function (res) {
      var c = res.data;
      wx.config({ debug: false, appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature, jsApiList: ['chooseWXPay'] });
      store.sdkConfigured = true;
      wx.error(function (err) { console.warn('wx.config failed', err); });
    }).catch(function () {});
  }

  var paying = false;
  function pay() {
    if (paying) return;
    if (!window.wx) { toast('Please open this page in WeChat'); return; }
    paying = true;
    var btn = document.getElementById('payBtn');
    btn.disabled = true;
    btn.textContent = 'Placing order…';
    var body = {
      items: bagLines().map(function (l) { return { sku: l.id, qty: l.qty }; }),
      pickup: document.getElementById('pickup').value,
      note: document.getElementById('note').value
    };
    api('POST', '/api/orders', body).then(function (res) {
      if (res.status !== 200 || !res.data.ok) throw new Error((res.data && res.data.error) || 'Could not place order');
      var p = res.data.payment;
      var orderId = res.data.order_id;
      if (!store.sdkConfigured) configureSdk();
      wx.ready(function () {
        wx.chooseWXPay({
          timestamp: p.timeStamp,
          nonceStr: p.nonceStr,
          package: p.package,
          signType: p.signType,
          paySign: p.paySign,
          success: function () {
            store.bag = {}; saveBag();
            paying = false;
            navigate('/order-complete?order=' + encodeURIComponent(orderId), true);
          },
          cancel: function () { paying = false; btn.disabled = false; btn.textContent = 'Pay ' + money(bagTotal()) + ' with WeChat Pay'; },
          fail: function () { paying = false; btn.disabled = false; toast('Payment failed, please try again'); }
        });
      });
    }).catch(function (err) {
      paying = false;
      btn.disabled = false;
      btn.textContent = 'Pay ' + money(bagTotal()) + ' with WeChat Pay';
      toast(err.message);
    });
  }

  // ---------- boot ----------
  Promise.all([
    api('GET', '/api/menu').then(function (r) { store.menu = r.data.sections; }),
    api('GET', '/api/me').then(function (r) { if (r.data && r.data.signed_in) store.member = r.data.member; }).catch(function () {})
  ]).then(function () {
    configureSdk();
    render();
  }).catch(function () {
    view.innerHTML = '<div class="skeleton">Menu unavailable. Pull to refresh.</div>';
  });
})();
