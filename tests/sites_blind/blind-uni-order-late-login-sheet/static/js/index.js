(function () {
  'use strict';
  var h = window.__h, text = window.__text, button = window.__button;
  var THEME = { bg: '#ff5a3c', fg: '#ffffff' };

  function yuan(fen) { return (fen / 100).toFixed(2); }

  /* ---------- store ---------- */
  var store = {
    table: function () {
      var m = /[?&]table=([^&#]+)/.exec(location.search);
      if (m) uni.setStorageSync('xw_table', decodeURIComponent(m[1]));
      return uni.getStorageSync('xw_table') || 'A12';
    },
    cart: function () { return uni.getStorageSync('xw_cart') || {}; },
    saveCart: function (c) { uni.setStorageSync('xw_cart', c); },
    count: function (c) { return Object.keys(c).reduce(function (n, k) { return n + c[k].qty; }, 0); },
    amount: function (c) { return Object.keys(c).reduce(function (n, k) { return n + c[k].qty * c[k].price; }, 0); }
  };

  /* ---------- pages/index/index ---------- */
  uni.definePage('/pages/index/index', {
    title: '湘味小馆', theme: THEME,
    onLoad: function (body) {
      var table = store.table();
      var cart = store.cart();
      var head = h('uni-view', { 'class': 'shop-head' }, [
        h('uni-view', { 'class': 'shop-name' }, ['湘味小馆（科技园店）', h('uni-view', { 'class': 'table-tag', style: 'display:inline-block' }, '桌号 ' + table)]),
        h('uni-view', { 'class': 'shop-sub' }, '营业时间 10:30-22:00 · 扫码点餐，菜品现做请耐心等待')
      ]);
      var cates = h('uni-scroll-view', { 'class': 'cate-list' });
      var dishes = h('uni-scroll-view', { 'class': 'dish-list' }, h('uni-view', { 'class': 'cate-title' }, '菜单加载中…'));
      body.appendChild(head);
      body.appendChild(h('uni-view', { 'class': 'menu-wrap' }, [cates, dishes]));

      var badge = h('uni-view', { 'class': 'badge' });
      var total = h('uni-view', { 'class': 'cart-total' });
      var go = h('uni-view', { 'class': 'cart-go' }, '去结算');
      go.addEventListener('click', function () {
        if (!store.count(cart)) { uni.showToast({ title: '您还没有点菜哦', icon: 'none' }); return; }
        uni.navigateTo({ url: '/pages/order/confirm' });
      });
      body.appendChild(h('uni-view', { 'class': 'cart-bar' }, [h('uni-view', { 'class': 'cart-icon' }, ['购', badge]), total, go]));

      function refreshBar() {
        var n = store.count(cart);
        badge.style.display = n ? 'block' : 'none';
        badge.textContent = n;
        total.innerHTML = '';
        if (n) total.appendChild(text('\u00a5' + yuan(store.amount(cart))));
        else total.appendChild(h('uni-view', { 'class': 'tip' }, '未选购商品'));
        go.className = 'cart-go' + (n ? ' on' : '');
      }

      function stepper(d) {
        var box = h('uni-view', { 'class': 'stepper' });
        function draw() {
          box.innerHTML = '';
          var q = cart[d.id] ? cart[d.id].qty : 0;
          if (q > 0) {
            var minus = h('uni-view', { 'class': 'step-btn minus' }, '-');
            minus.addEventListener('click', function () {
              cart[d.id].qty -= 1;
              if (cart[d.id].qty <= 0) delete cart[d.id];
              store.saveCart(cart); draw(); refreshBar();
            });
            box.appendChild(minus);
            box.appendChild(h('uni-view', { 'class': 'step-num' }, String(q)));
          }
          var plus = h('uni-view', { 'class': 'step-btn plus' }, '+');
          plus.addEventListener('click', function () {
            if (!cart[d.id]) cart[d.id] = { id: d.id, name: d.name, price: d.price, qty: 0 };
            cart[d.id].qty += 1;
            store.saveCart(cart); draw(); refreshBar();
          });
          box.appendChild(plus);
        }
        draw();
        return box;
      }

      refreshBar();
      uni.request({ url: '/api/shop/menu', data: { table: table } }).then(function (res) {
        if (res.data.code !== 0) { uni.showToast({ title: res.data.msg || '加载失败', icon: 'none' }); return; }
        dishes.innerHTML = '';
        res.data.data.categories.forEach(function (c, i) {
          var item = h('uni-view', { 'class': 'cate-item' + (i === 0 ? ' active' : '') }, c.name);
          var anchor = h('uni-view', { 'class': 'cate-title', id: 'cate-' + c.id }, c.name);
          item.addEventListener('click', function () {
            Array.prototype.forEach.call(cates.children, function (el) { el.classList.remove('active'); });
            item.classList.add('active');
            anchor.scrollIntoView({ behavior: 'smooth' });
          });
          cates.appendChild(item);
          dishes.appendChild(anchor);
          c.dishes.forEach(function (d) {
            dishes.appendChild(h('uni-view', { 'class': 'dish' }, [
              h('uni-view', { 'class': 'dish-img' }),
              h('uni-view', { 'class': 'dish-info' }, [
                h('uni-view', null, [h('uni-view', { 'class': 'dish-name' }, d.name), h('uni-view', { 'class': 'dish-desc' }, d.desc)]),
                h('uni-view', { 'class': 'dish-foot' }, [
                  h('uni-view', { 'class': 'price' }, [h('small', null, '\u00a5'), yuan(d.price)]),
                  stepper(d)
                ])
              ])
            ]));
          });
        });
      }).catch(function () { uni.showToast({ title: '网络异常，请重试', icon: 'none' }); });
    }
  });

  /* ---------- login popup ---------- */
  var sheet = null;
  function closeLogin() {
    if (sheet && sheet.parentNode) sheet.parentNode.removeChild(sheet);
    sheet = null;
  }
  function openLogin() {
    var cur = uni.currentPage();
    if (sheet || !cur || cur.path !== '/pages/order/confirm') return;
    var quick = button('微信手机号快捷登录', { 'class': 'wx', type: 'primary', onTap: function () {
      uni.showLoading({ title: '跳转中' });
      location.href = '/api/user/oauth?scene=order_confirm';
    } });
    quick.setAttribute('open-type', 'getPhoneNumber');
    var skip = h('uni-view', { 'class': 'skip' }, '暂不登录');
    skip.addEventListener('click', closeLogin);
    var mask = h('uni-view', { 'class': 'uni-transition uni-mask' });
    mask.addEventListener('click', closeLogin);
    sheet = h('uni-view', { 'class': 'uni-popup bottom' }, [
      mask,
      h('uni-view', { 'class': 'uni-transition' }, h('uni-view', { 'class': 'uni-popup__wrapper bottom' }, h('uni-view', { 'class': 'login-sheet' }, [
        h('uni-view', { 'class': 'logo' }, '湘'),
        h('uni-view', { 'class': 't' }, '授权手机号登录后下单'),
        h('uni-view', { 'class': 's' }, ['登录后可同步订单进度、接收取餐提醒', h('br'), '新会员首单立减3元']),
        quick,
        skip,
        h('uni-view', { 'class': 'agree' }, ['登录即代表同意', text('《用户服务协议》', 'link'), '和', text('《隐私政策》', 'link')])
      ])))
    ]);
    document.body.appendChild(sheet);
  }

  function wxPay(params, done) {
    function invoke() {
      WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (res) {
        done(res && res.err_msg === 'get_brand_wcpay_request:ok', res);
      });
    }
    if (typeof WeixinJSBridge === 'undefined') document.addEventListener('WeixinJSBridgeReady', invoke, false);
    else invoke();
  }

  /* ---------- pages/order/confirm ---------- */
  uni.definePage('/pages/order/confirm', {
    title: '确认订单', theme: THEME,
    onUnload: closeLogin,
    onLoad: function (body) {
      var cart = store.cart();
      if (!store.count(cart)) { uni.redirectTo({ url: '/pages/index/index' }); return; }
      var table = store.table();
      var lines = Object.keys(cart).map(function (k) {
        var it = cart[k];
        return h('uni-view', { 'class': 'order-line' }, [
          h('uni-view', null, [text(it.name), text('x' + it.qty, 'q')]),
          h('uni-view', null, '\u00a5' + yuan(it.price * it.qty))
        ]);
      });
      var remarkInput = h('textarea', { 'class': 'uni-textarea-textarea', maxlength: '100', placeholder: '口味、偏好等要求（选填）' });
      body.appendChild(h('uni-view', { style: 'padding-bottom:70px' }, [
        h('uni-view', { 'class': 'card' }, [
          h('uni-view', { 'class': 'row' }, [text('用餐方式'), text('堂食', 'muted')]),
          h('uni-view', { 'class': 'row' }, [text('桌号'), text(table, 'muted')])
        ]),
        h('uni-view', { 'class': 'card' }, [h('uni-view', { 'class': 'card-title' }, '湘味小馆（科技园店）')].concat(lines).concat([
          h('uni-view', { 'class': 'row' }, [text('餐位费'), text('\u00a50.00', 'muted')]),
          h('uni-view', { 'class': 'row' }, [text(''), h('uni-view', null, ['小计 ', text('\u00a5' + yuan(store.amount(cart)), 'price')])])
        ])),
        h('uni-view', { 'class': 'card' }, [h('uni-view', { 'class': 'card-title' }, '备注'), h('uni-textarea', { 'class': 'remark' }, remarkInput)])
      ]));

      var busy = false;
      var submit = button('提交订单', { type: 'default', onTap: function () {
        if (busy) return;
        busy = true;
        uni.showLoading({ title: '提交中' });
        uni.request({
          url: '/api/order/create', method: 'POST',
          data: {
            table: table, remark: remarkInput.value, amount: store.amount(cart),
            items: Object.keys(cart).map(function (k) { return { id: cart[k].id, qty: cart[k].qty }; })
          }
        }).then(function (res) {
          busy = false;
          uni.hideLoading();
          var r = res.data;
          if (r.code === 401) {
            uni.showToast({ title: r.msg || '请先登录', icon: 'none' });
            uni.setTimeout(openLogin, 600);
            return;
          }
          if (r.code !== 0) { uni.showToast({ title: r.msg || '下单失败', icon: 'none' }); return; }
          wxPay(r.data.payParams, function (ok) {
            if (ok) {
              uni.removeStorageSync('xw_cart');
              uni.redirectTo({ url: '/pages/order/result?orderNo=' + r.data.orderNo });
            } else {
              uni.showToast({ title: '支付已取消', icon: 'none' });
            }
          });
        }).catch(function () {
          busy = false;
          uni.hideLoading();
          uni.showToast({ title: '网络异常，请重试', icon: 'none' });
        });
      } });
      body.appendChild(h('uni-view', { 'class': 'submit-bar' }, [
        h('uni-view', { 'class': 'sum' }, ['合计 ', text('\u00a5' + yuan(store.amount(cart)), 'price')]),
        submit
      ]));

      uni.request({ url: '/api/user/info' }).then(function (res) {
        if (res.data.code === 0) return;
        uni.setTimeout(openLogin, 3000);
      });
    }
  });

  /* ---------- pages/order/result ---------- */
  uni.definePage('/pages/order/result', {
    title: '下单成功', theme: THEME,
    onLoad: function (body, q) {
      body.appendChild(h('uni-view', { 'class': 'result' }, [
        h('uni-view', { 'class': 'ok' }, '\u2713'),
        h('uni-view', { 'class': 't' }, '支付成功'),
        h('uni-view', { 'class': 's' }, '订单号 ' + (q.orderNo || '') + '，后厨已开始备餐')
      ]));
    }
  });

  uni.start('/pages/index/index');
})();
