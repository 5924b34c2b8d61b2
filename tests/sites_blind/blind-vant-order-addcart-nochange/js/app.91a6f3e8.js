/* app.91a6f3e8.js — hetian-order (扫码点餐) */
(function () {
  'use strict';
  var V = window.Vant, h = V.h, Toast = V.Toast, http = window.__vendor.http;
  var root = document.getElementById('app');
  root.setAttribute('data-v-app', '');

  var TABLE = (new URLSearchParams(location.search)).get('t') || 'A08';
  var state = {
    shop: null,
    cats: [],
    goods: {},
    cart: JSON.parse(sessionStorage.getItem('ht_cart_' + TABLE) || '{}'),
    activeCat: 0,
    diners: 2,
    tableware: '按人数提供',
    remark: ''
  };
  function saveCart() { sessionStorage.setItem('ht_cart_' + TABLE, JSON.stringify(state.cart)); }
  function cartCount() { return Object.keys(state.cart).reduce(function (n, id) { return n + state.cart[id]; }, 0); }
  function cartTotal() { return Object.keys(state.cart).reduce(function (s, id) { return s + state.cart[id] * state.goods[id].price; }, 0); }
  function yuan(n) { return (Math.round(n * 100) / 100).toFixed(2); }

  /* ---------- JS-SDK ---------- */
  function initWx() {
    http.get('/api/wx/jssdk-config?url=' + encodeURIComponent(location.href.split('#')[0])).then(function (res) {
      if (res.code !== 0 || !window.wx) return;
      var c = res.data;
      wx.config({ debug: false, appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature, jsApiList: ['chooseWXPay', 'hideMenuItems'] });
      wx.error(function (e) { console.warn('[wx] config error', e); });
    });
  }

  /* ---------- components ---------- */
  var badgeEl = null;
  function updateBadge() {
    var n = cartCount();
    if (!badgeEl) return;
    badgeEl.textContent = n > 99 ? '99+' : String(n);
    badgeEl.style.display = n > 0 ? '' : 'none';
  }

  function GoodsItem(g) {
    return V.withScope('data-v-5f9a0d37', function () {
      var stepper = V.Stepper({
        value: state.cart[g.id] || 0, min: 0, max: 99, theme: 'round', disableInput: true,
        showMinus: function (v) { return v > 0; }, showInput: function (v) { return v > 0; },
        onChange: function (v) {
          if (v > 0) state.cart[g.id] = v; else delete state.cart[g.id];
          saveCart();
          updateBadge();
        }
      });
      g._stepper = stepper;
      return h('div', { class: 'goods', 'data-id': g.id },
        h('img', { class: 'goods__img', src: g.img, alt: g.name, loading: 'lazy' }),
        h('div', { class: 'goods__body' },
          h('div', { class: 'goods__name' }, g.name),
          h('div', { class: 'goods__desc' }, g.desc),
          h('div', { class: 'goods__sales' }, '月售' + g.sales),
          h('div', { class: 'goods__foot' },
            h('div', { class: 'goods__price' }, h('small', null, '¥'), String(g.price)),
            stepper.el)));
    });
  }

  function CartBar() {
    return V.withScope('data-v-2c7d9e61', function () {
      var icon = h('div', { class: 'cart-bar__icon', on: { click: openCart } }, V.Icon('shopping-cart-o'));
      badgeEl = h('div', { class: 'van-badge van-badge--top-right van-badge--fixed' });
      icon.appendChild(badgeEl);
      var bar = h('div', { class: 'van-submit-bar cart-bar' },
        h('div', { class: 'van-submit-bar__bar' },
          h('div', { class: 'van-badge__wrapper' }, icon),
          h('div', { class: 'cart-bar__text' }, '堂食 · ' + TABLE + '桌', h('br'), '菜品现点现做，请耐心等候'),
          V.Button({ type: 'danger', round: true, text: '去结算', class: 'van-submit-bar__button van-submit-bar__button--danger', onClick: checkout })));
      updateBadge();
      return bar;
    });
  }

  function checkout() {
    if (!cartCount()) return;
    router.push('/confirm');
  }

  function openCart() {
    var pop;
    V.withScope('data-v-2c7d9e61', function () {
      var ids = Object.keys(state.cart);
      var list = h('div', { class: 'cart-pop__list' }, ids.length ? ids.map(function (id) {
        var g = state.goods[id];
        return V.Cell({ title: g.name, label: '¥' + g.price, center: true, value: V.Stepper({
          value: state.cart[id], min: 0, max: 99, theme: 'round', disableInput: true,
          onChange: function (v) { if (v > 0) state.cart[id] = v; else delete state.cart[id]; saveCart(); updateBadge(); if (g._stepper) g._stepper.set(v); }
        }).el });
      }) : h('div', { class: 'cart-pop__empty' }, '购物车是空的'));
      pop = V.Popup({ position: 'bottom', round: false, class: 'cart-pop', style: 'bottom:50px', content: [
        h('div', { class: 'cart-pop__head' }, h('span', null, '已选商品'),
          h('span', { class: 'cart-pop__clear', on: { click: function () {
            Object.keys(state.cart).forEach(function (id) { if (state.goods[id]._stepper) state.goods[id]._stepper.set(0); });
            state.cart = {}; saveCart(); updateBadge(); pop.close();
          } } }, V.Icon('delete-o'), ' 清空')),
        list
      ] });
    });
  }

  /* ---------- pages ---------- */
  function MenuPage() {
    root.innerHTML = '';
    V.withScope('data-v-4b1e8c2d', function () {
      var s = state.shop;
      root.appendChild(h('div', { class: 'shop-head' },
        h('img', { class: 'shop-head__logo', src: s.logo, alt: '' }),
        h('div', { class: 'shop-head__info' },
          h('div', { class: 'shop-head__name' }, s.name),
          h('div', { class: 'shop-head__meta' }, '人均¥' + s.avg + ' · ' + s.hours)),
        h('div', { class: 'shop-head__table' }, TABLE + '桌')));
      root.appendChild(h('div', { class: 'van-notice-bar' }, V.Icon('volume-o', { class: 'van-notice-bar__left-icon' }),
        h('div', { class: 'van-notice-bar__wrap' }, h('div', { class: 'van-notice-bar__content van-ellipsis' }, s.notice))));
      var list = h('div', { class: 'menu__list' });
      var side = h('div', { class: 'van-sidebar', role: 'tablist' });
      state.cats.forEach(function (c, i) {
        var item = h('a', { class: ['van-sidebar-item', { 'van-sidebar-item--select': i === state.activeCat }], role: 'tab', tabindex: '0', 'aria-selected': i === state.activeCat ? 'true' : 'false' },
          h('div', { class: 'van-badge__wrapper van-sidebar-item__text' }, c.name));
        item.addEventListener('click', function () {
          state.activeCat = i;
          side.querySelectorAll('.van-sidebar-item').forEach(function (el, k) { el.classList.toggle('van-sidebar-item--select', k === i); });
          var anchor = list.querySelector('[data-cat="' + i + '"]');
          if (anchor) list.scrollTop = anchor.offsetTop - list.offsetTop;
        });
        side.appendChild(item);
        list.appendChild(h('div', { class: 'menu__cat', 'data-cat': i }, c.name));
        c.items.forEach(function (id) { list.appendChild(GoodsItem(state.goods[id])); });
      });
      root.appendChild(h('div', { class: 'menu' }, side, list));
    });
    root.appendChild(CartBar());
  }

  function ConfirmPage() {
    if (!cartCount()) { router.replace('/'); return; }
    root.innerHTML = '';
    V.withScope('data-v-8a03f4b9', function () {
      var page = h('div', { class: 'confirm' });
      page.appendChild(V.NavBar({ title: '确认订单', leftArrow: true, onClickLeft: function () { history.back(); } }));
      page.appendChild(h('div', { class: 'confirm__table' }, h('div', null, h('span', null, '桌号'), h('br'), h('b', null, TABLE)), h('span', null, '堂食 · 餐后无需再到前台结账')));
      var items = Object.keys(state.cart).map(function (id) {
        var g = state.goods[id];
        return h('div', { class: 'order-item' }, h('img', { src: g.img, alt: '' }), h('div', { class: 'order-item__name' }, g.name),
          h('div', { class: 'order-item__qty' }, '×' + state.cart[id]), h('div', { class: 'order-item__price' }, '¥' + yuan(g.price * state.cart[id])));
      });
      page.appendChild(h('div', { class: 'van-cell-group van-cell-group--inset' }, items,
        h('div', { class: 'order-sum' }, '共' + cartCount() + '件，小计 ', h('b', null, '¥' + yuan(cartTotal())))));
      var dinersCell = V.Cell({ title: '用餐人数', value: state.diners + '人', isLink: true, onClick: pickDiners });
      var wareCell = V.Cell({ title: '餐具', value: state.tableware, isLink: true, onClick: pickWare });
      var remark = V.Field({ label: '备注', type: 'textarea', rows: 2, placeholder: '口味、偏好等（选填）', maxlength: 50, showWordLimit: true, value: state.remark, onInput: function (v) { state.remark = v; } });
      page.appendChild(h('div', { class: 'van-cell-group van-cell-group--inset' }, dinersCell, wareCell, remark.el));
      function pickDiners() {
        sheet('用餐人数', [1, 2, 3, 4, 5, 6, 8, 10].map(function (n) { return n + '人'; }), function (v) { state.diners = parseInt(v, 10); dinersCell.querySelector('.van-cell__value span').textContent = v; });
      }
      function pickWare() {
        sheet('餐具', ['按人数提供', '不需要餐具'], function (v) { state.tableware = v; wareCell.querySelector('.van-cell__value span').textContent = v; });
      }
      var parts = yuan(cartTotal()).split('.');
      var payBtn = V.Button({ type: 'danger', round: true, text: '确认支付', class: 'van-submit-bar__button van-submit-bar__button--danger', onClick: pay });
      page.appendChild(h('div', { class: 'van-submit-bar' }, h('div', { class: 'van-submit-bar__bar' },
        h('div', { class: 'van-submit-bar__text' }, h('span', null, '合计：'),
          h('span', { class: 'van-submit-bar__price' }, '¥', h('span', { class: 'van-submit-bar__price-integer' }, parts[0]), '.' + parts[1])),
        payBtn)));
      root.appendChild(page);
    });
  }

  function sheet(title, options, pick) {
    var pop;
    var items = options.map(function (o) {
      return h('button', { type: 'button', class: 'van-action-sheet__item', on: { click: function () { pick(o); pop.close(); } } }, h('span', { class: 'van-action-sheet__name' }, o));
    });
    pop = V.Popup({ position: 'bottom', round: true, class: 'van-action-sheet', content: [
      h('div', { class: 'van-action-sheet__header' }, title, V.Icon('cross', { class: 'van-action-sheet__close', on: { click: function () { pop.close(); } } })),
      h('div', { class: 'van-action-sheet__content' }, items),
      h('div', { class: 'van-action-sheet__gap' }),
      h('button', { type: 'button', class: 'van-action-sheet__cancel', on: { click: function () { pop.close(); } } }, '取消')
    ] });
  }

  var submitting = false;
  function pay() {
    if (submitting) return;
    submitting = true;
    Toast.loading({ message: '提交中...', forbidClick: true });
    var items = Object.keys(state.cart).map(function (id) { return { skuId: id, qty: state.cart[id] }; });
    http.post('/api/order/create', { tableNo: TABLE, items: items, diners: state.diners, tableware: state.tableware, remark: state.remark }).then(function (res) {
      Toast.clear();
      if (res.code !== 0) { submitting = false; Toast(res.msg || '下单失败'); return; }
      var p = res.data.payParams, orderNo = res.data.orderNo;
      wx.ready(function () {
        wx.chooseWXPay({
          timestamp: p.timeStamp, nonceStr: p.nonceStr, package: p.package, signType: p.signType, paySign: p.paySign,
          success: function () {
            submitting = false;
            state.cart = {}; saveCart();
            router.replace('/result?orderNo=' + orderNo);
          },
          cancel: function () { submitting = false; Toast('已取消支付'); },
          fail: function () { submitting = false; Toast('支付失败，请重试'); }
        });
      });
    }, function () { submitting = false; Toast.clear(); Toast('网络开小差了'); });
  }

  function ResultPage(route) {
    root.innerHTML = '';
    V.withScope('data-v-0e6c2b48', function () {
      root.appendChild(V.NavBar({ title: '支付结果' }));
      root.appendChild(h('div', { class: 'result' }, V.Icon('passed'), h('div', { class: 'result__title' }, '支付成功'),
        h('div', { class: 'result__desc' }, '订单号 ' + (route.query.orderNo || '') + '，后厨已开始制作'),
        V.Button({ type: 'default', round: true, text: '继续加菜', onClick: function () { router.replace('/'); } })));
    });
  }

  var pages = { '/': MenuPage, '/confirm': ConfirmPage, '/result': ResultPage, '*': MenuPage };
  var router = window.__vendor.Router(pages, function (route) { Toast.clear(); document.querySelectorAll('body > .van-popup, body > .van-overlay').forEach(function (el) { el.remove(); }); document.body.style.overflow = ''; route.matched(route); window.scrollTo(0, 0); });

  initWx();
  Toast.loading({ message: '加载中...', forbidClick: true });
  http.get('/api/shop/menu?tableNo=' + encodeURIComponent(TABLE)).then(function (res) {
    Toast.clear();
    if (res.code !== 0) { Toast(res.msg || '菜单加载失败'); return; }
    state.shop = res.data.shop;
    state.cats = res.data.categories;
    res.data.goods.forEach(function (g) { state.goods[g.id] = g; });
    Object.keys(state.cart).forEach(function (id) { if (!state.goods[id]) delete state.cart[id]; });
    var r = router.current();
    r.matched(r);
  });
})();
