(function () {
  'use strict';
  var V = window.__vendor, h = V.h, Toast = V.Toast;
  var CFG = window.__APP_CONFIG__;
  var COLORS = ['#f4a261', '#e76f51', '#2a9d8f', '#e9c46a', '#8ab17d', '#b5838d'];

  function qs(name) {
    var m = new RegExp('[?&]' + name + '=([^&#]*)').exec(location.search);
    return m ? decodeURIComponent(m[1]) : '';
  }
  if (qs('table')) sessionStorage.setItem('tableNo', qs('table'));
  var tableNo = sessionStorage.getItem('tableNo') || 'A08';

  var store = {
    shop: null,
    categories: [],
    active: 0,
    cart: JSON.parse(sessionStorage.getItem('cart') || '{}'),
    remark: sessionStorage.getItem('remark') || '',
    submitting: false
  };
  function saveCart() { sessionStorage.setItem('cart', JSON.stringify(store.cart)); }
  function allGoods() { return store.categories.reduce(function (a, c) { return a.concat(c.goods); }, []); }
  function goodsById(id) { return allGoods().filter(function (g) { return String(g.id) === String(id); })[0]; }
  function cartLines() {
    return Object.keys(store.cart).map(function (id) { return { goods: goodsById(id), num: store.cart[id] }; })
      .filter(function (l) { return l.goods && l.num > 0; });
  }
  function totals() {
    return cartLines().reduce(function (t, l) { t.count += l.num; t.cents += l.num * l.goods.price; return t; }, { count: 0, cents: 0 });
  }
  function priceNode(cents, cls) {
    return h('span', { class: cls }, ['¥', h('span', { class: cls + '-integer', text: String(Math.floor(cents / 100)) }), '.' + ('0' + (cents % 100)).slice(-2)]);
  }

  function button(text, cls, onClick, disabled) {
    var b = h('button', { type: 'button', class: 'van-button ' + cls + (disabled ? ' van-button--disabled' : ''), disabled: !!disabled }, [
      h('div', { class: 'van-button__content' }, [h('span', { class: 'van-button__text', text: text })])
    ]);
    b.addEventListener('click', onClick);
    return b;
  }

  // van-stepper: minus / input / plus, min 0
  function stepper(goods, onChange) {
    var value = store.cart[goods.id] || 0;
    var minus = h('button', { type: 'button', class: 'van-stepper__minus' });
    var plus = h('button', { type: 'button', class: 'van-stepper__plus' });
    var input = h('input', { type: 'tel', role: 'spinbutton', inputmode: 'numeric', class: 'van-stepper__input', 'aria-valuemin': '0', 'aria-valuemax': '99' });
    function sync() {
      input.value = String(value);
      input.setAttribute('aria-valuenow', String(value));
      minus.classList.toggle('van-stepper__minus--disabled', value <= 0);
      plus.classList.toggle('van-stepper__plus--disabled', value >= 99);
    }
    function set(v) {
      v = Math.max(0, Math.min(99, isNaN(v) ? 0 : v));
      value = v;
      if (v > 0) store.cart[goods.id] = v; else delete store.cart[goods.id];
      saveCart(); sync(); onChange();
    }
    minus.addEventListener('click', function () { if (value > 0) set(value - 1); });
    plus.addEventListener('click', function () { if (value < 99) set(value + 1); });
    input.addEventListener('blur', function () { set(parseInt(input.value, 10)); });
    sync();
    return h('div', { class: 'van-stepper van-stepper--round' }, [minus, input, plus]);
  }

  // ------------------------------------------------------------------ pages
  var submitBarRefresh = null;

  function MenuPage() {
    var page = h('div', { class: 'menu-page' });
    page.appendChild(h('div', { class: 'shop-head' }, [
      h('div', { class: 'shop-head__name', text: store.shop ? store.shop.name : '小满面馆' }),
      h('div', { class: 'shop-head__meta', text: '桌号 ' + tableNo + ' · 堂食 · ' + (store.shop ? store.shop.notice : '') })
    ]));
    if (!store.categories.length) {
      page.appendChild(h('div', { class: 'van-empty' }, [h('div', { class: 'van-empty__description', text: '菜单加载中...' })]));
      return page;
    }
    var sidebar = h('div', { class: 'van-sidebar', role: 'tablist' });
    var goodsBox = h('div', { class: 'goods' });
    function renderGoods() {
      goodsBox.innerHTML = '';
      var cat = store.categories[store.active];
      goodsBox.appendChild(h('div', { class: 'goods__title', text: cat.name }));
      cat.goods.forEach(function (g, i) {
        goodsBox.appendChild(h('div', { class: 'van-card' }, [
          h('div', { class: 'van-card__header' }, [
            h('div', { class: 'van-card__thumb' }, [h('div', { class: 'thumb', style: 'background:' + COLORS[(g.id + i) % COLORS.length], text: g.name.slice(0, 1) })]),
            h('div', { class: 'van-card__content' }, [
              h('div', {}, [h('div', { class: 'van-card__title', text: g.name }), h('div', { class: 'van-card__desc', text: g.desc })]),
              h('div', { class: 'van-card__bottom' }, [priceNode(g.price, 'van-card__price'), stepper(g, refreshBar)])
            ])
          ])
        ]));
      });
    }
    store.categories.forEach(function (c, i) {
      var item = h('a', { role: 'tab', class: 'van-sidebar-item' + (i === store.active ? ' van-sidebar-item--select' : '') }, [
        h('div', { class: 'van-sidebar-item__text', text: c.name })
      ]);
      item.addEventListener('click', function () {
        store.active = i;
        [].forEach.call(sidebar.children, function (el, j) { el.classList.toggle('van-sidebar-item--select', j === i); });
        renderGoods();
      });
      sidebar.appendChild(item);
    });
    renderGoods();
    page.appendChild(h('div', { class: 'menu' }, [sidebar, goodsBox]));

    var badge = h('div', { class: 'van-info' });
    var priceBox = h('div', { class: 'van-submit-bar__text' });
    var barWrap = h('div', { class: 'van-submit-bar__bar' });
    function refreshBar() {
      var t = totals();
      badge.textContent = String(t.count);
      badge.style.display = t.count ? '' : 'none';
      priceBox.innerHTML = '';
      priceBox.appendChild(h('span', { text: '合计：' }));
      priceBox.appendChild(priceNode(t.cents, 'van-submit-bar__price'));
      var old = barWrap.querySelector('.van-submit-bar__button');
      var btn = button(t.count ? '去结算' : '未选购商品', 'van-button--danger van-button--normal van-button--round van-submit-bar__button van-submit-bar__button--danger', function () {
        if (!totals().count) return;
        router.push('/confirm');
      }, !t.count);
      if (old) barWrap.replaceChild(btn, old); else barWrap.appendChild(btn);
    }
    barWrap.appendChild(h('div', { class: 'cart-icon' }, ['购物车', badge]));
    barWrap.appendChild(priceBox);
    refreshBar();
    submitBarRefresh = refreshBar;
    page.appendChild(h('div', { class: 'van-submit-bar' }, [barWrap]));
    return page;
  }

  function navBar(title, back) {
    return h('div', { class: 'van-nav-bar van-hairline--bottom' }, [
      h('div', { class: 'van-nav-bar__content' }, [
        back ? h('div', { class: 'van-nav-bar__left', onClick: back }, [h('span', { class: 'van-nav-bar__text', text: '‹ 返回' })]) : null,
        h('div', { class: 'van-nav-bar__title van-ellipsis', text: title })
      ])
    ]);
  }

  function authorizeUrl() {
    var redirect = location.origin + CFG.authPath + '?shopId=' + CFG.shopId + '&table=' + encodeURIComponent(tableNo);
    return 'https://open.weixin.qq.com/connect/oauth2/authorize?appid=' + CFG.appId +
      '&redirect_uri=' + encodeURIComponent(redirect) +
      '&response_type=code&scope=snsapi_userinfo&state=order#wechat_redirect';
  }

  function pay(params, order) {
    function invoke() {
      window.WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (res) {
        if (res && res.err_msg === 'get_brand_wcpay_request:ok') {
          store.cart = {}; saveCart();
          sessionStorage.setItem('lastOrder', order.orderNo);
          router.push('/result');
        } else if (res && res.err_msg === 'get_brand_wcpay_request:cancel') {
          Toast('已取消支付');
        } else {
          Toast('支付失败，请重试');
        }
      });
    }
    if (typeof window.WeixinJSBridge === 'undefined') document.addEventListener('WeixinJSBridgeReady', invoke, false);
    else invoke();
  }

  function submitOrder() {
    if (store.submitting) return;
    var lines = cartLines();
    if (!lines.length) { Toast('购物车是空的'); router.push('/menu'); return; }
    store.submitting = true;
    Toast.loading('提交中...');
    V.request('POST', '/api/order', {
      shopId: CFG.shopId, tableNo: tableNo, dineType: 1, remark: store.remark,
      items: lines.map(function (l) { return { goodsId: l.goods.id, num: l.num }; })
    }).then(function (res) {
      store.submitting = false;
      Toast.clear();
      if (res.code === 0) { pay(res.data.payParams, res.data); return; }
      if (res.code === 40101) {
        Toast({ message: '正在获取授权...', duration: 0 });
        setTimeout(function () { location.href = authorizeUrl(); }, 300);
        return;
      }
      Toast(res.msg || '下单失败');
    }).catch(function (e) { store.submitting = false; Toast.clear(); Toast(e.message); });
  }

  function ConfirmPage() {
    var lines = cartLines();
    if (!store.categories.length) return h('div', { class: 'van-empty' }, [h('div', { class: 'van-empty__description', text: '加载中...' })]);
    if (!lines.length) { setTimeout(function () { router.push('/menu'); }, 0); return h('div'); }
    var t = totals();
    var remark = h('textarea', { class: 'van-field__control', rows: '2', maxlength: '50', placeholder: '口味、偏好等要求（选填）' });
    remark.value = store.remark;
    remark.addEventListener('input', function () { store.remark = remark.value; sessionStorage.setItem('remark', store.remark); });
    return h('div', { class: 'confirm' }, [
      navBar('确认订单', function () { router.push('/menu'); }),
      h('div', { class: 'van-cell-group van-cell-group--inset' }, [
        h('div', { class: 'van-cell' }, [h('div', { class: 'van-cell__title', text: '桌号' }), h('div', { class: 'van-cell__value', text: tableNo })]),
        h('div', { class: 'van-cell' }, [h('div', { class: 'van-cell__title', text: '就餐方式' }), h('div', { class: 'van-cell__value', text: '堂食' })])
      ]),
      h('div', { class: 'van-cell-group van-cell-group--inset order-items' }, lines.map(function (l) {
        return h('div', { class: 'van-cell' }, [
          h('div', { class: 'van-cell__title' }, [h('span', { text: l.goods.name }), h('div', { class: 'van-cell__label', text: 'x' + l.num })]),
          h('div', { class: 'van-cell__value' }, [priceNode(l.goods.price * l.num, 'van-card__price')])
        ]);
      }).concat([
        h('div', { class: 'van-cell' }, [h('div', { class: 'van-cell__title', text: '餐具' }), h('div', { class: 'van-cell__value', text: '按需提供' })])
      ])),
      h('div', { class: 'van-cell-group van-cell-group--inset' }, [
        h('div', { class: 'van-cell van-field remark-field' }, [
          h('div', { class: 'van-cell__title van-field__label', style: 'flex:none;width:60px', text: '备注' }),
          h('div', { class: 'van-cell__value van-field__value' }, [h('div', { class: 'van-field__body' }, [remark])])
        ])
      ]),
      h('div', { class: 'van-submit-bar' }, [
        h('div', { class: 'van-submit-bar__bar' }, [
          h('div', { class: 'van-submit-bar__text' }, [h('span', { text: '实付：' }), priceNode(t.cents, 'van-submit-bar__price')]),
          button('提交订单', 'van-button--danger van-button--normal van-button--round van-submit-bar__button van-submit-bar__button--danger', submitOrder)
        ])
      ])
    ]);
  }

  function ResultPage() {
    return h('div', {}, [
      navBar('支付结果'),
      h('div', { class: 'result' }, [
        h('div', { class: 'result__icon', text: '✓' }),
        h('div', { style: 'font-size:18px', text: '支付成功，后厨已接单' }),
        h('div', { class: 'result__no', text: '订单号 ' + (sessionStorage.getItem('lastOrder') || '') })
      ])
    ]);
  }

  var view = h('div', { id: 'page' });
  document.getElementById('app').appendChild(view);
  var router = new V.Router({ '/menu': MenuPage, '/confirm': ConfirmPage, '/result': ResultPage, '*': MenuPage }, view);

  router.render();
  V.request('GET', '/api/shop/menu?shopId=' + CFG.shopId).then(function (res) {
    if (res.code !== 0) { Toast(res.msg || '菜单加载失败'); return; }
    store.shop = res.data.shop;
    store.categories = res.data.categories;
    document.title = store.shop.name + '·扫码点餐';
    router.render();
  }).catch(function (e) { Toast(e.message); });
  void submitBarRefresh;
})();
