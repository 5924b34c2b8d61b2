/* 优选生活馆 — pages of the H5 build. */
(function () {
  'use strict';
  var h = mini.h, text = mini.text, image = mini.image, uni = mini.uni;

  var TABS = [
    { path: '/', label: '首页', icon: 'home' },
    { path: '/pages/category/category', label: '分类', icon: 'cate' },
    { path: '/pages/cart/cart', label: '购物车', icon: 'cart' },
    { path: '/pages/user/user', label: '我的', icon: 'user' }
  ];

  function api(method, url, data, done) {
    var token = uni.getStorageSync('token');
    var header = {};
    if (token) header['X-Access-Token'] = token;
    uni.request({
      url: url, method: method, data: data, header: header,
      success: function (res) { done(res.data || {}); },
      fail: function () { uni.showToast({ title: '网络异常，请稍后重试', icon: 'none' }); }
    });
  }

  function pageHead(title, withBack) {
    return h('uni-page-head', null, [
      h('uni-view', { 'class': 'uni-page-head' }, [
        withBack ? h('uni-view', { 'class': 'uni-page-head-back', onTap: function () { uni.navigateBack(); } }, [
          h('uni-view', { 'class': 'uni-page-head-back__arrow' })
        ]) : null,
        h('uni-view', { 'class': 'uni-page-head__title' }, title)
      ])
    ]);
  }

  function tabBar(active) {
    return h('uni-tabbar', { 'class': 'uni-tabbar-bottom' }, [
      h('uni-view', { 'class': 'uni-tabbar' }, TABS.map(function (tab) {
        var on = tab.path === active;
        var children = [
          h('uni-view', { 'class': 'uni-tabbar__icon icon-' + tab.icon + (on ? ' is-active' : '') }),
          h('uni-view', { 'class': 'uni-tabbar__label' + (on ? ' is-active' : '') }, tab.label)
        ];
        return h('uni-view', {
          'class': 'uni-tabbar__item',
          onTap: function () { if (!on) uni.switchTab({ url: tab.path }); }
        }, children);
      }))
    ]);
  }

  function shell(root, opts, bodyChildren) {
    var page = h('uni-page', { 'data-page': opts.name }, [
      opts.head || null,
      h('uni-page-wrapper', null, [h('uni-page-body', null, bodyChildren)])
    ]);
    root.appendChild(page);
    if (opts.tab) root.appendChild(tabBar(opts.tab));
    return page;
  }

  function goodsCard(g) {
    return h('uni-view', {
      'class': 'goods-card',
      onTap: function () { uni.navigateTo({ url: '/pages/goods/detail?id=' + g.id }); }
    }, [
      image('goods-card__img', g.cover),
      h('uni-view', { 'class': 'goods-card__info' }, [
        text('goods-card__name', g.name),
        h('uni-view', { 'class': 'goods-card__meta' }, [
          text('goods-card__price', '￥' + g.price),
          text('goods-card__sold', '已售 ' + g.sold)
        ])
      ])
    ]);
  }

  // ---------------------------------------------------------------- home (#/)
  mini.page('/', {
    tabBar: true,
    render: function (root) {
      var grid = h('uni-view', { 'class': 'goods-grid' }, [
        h('uni-view', { 'class': 'loading-line' }, '加载中...')
      ]);
      shell(root, { name: 'pages/index/index', tab: '/' }, [
        h('uni-view', { 'class': 'home-top' }, [
          h('uni-view', { 'class': 'home-top__brand' }, [
            image('home-top__logo', '/static/img/logo.svg'),
            text('home-top__name', '优选生活馆')
          ]),
          h('uni-view', { 'class': 'search-bar' }, [
            h('uni-view', { 'class': 'search-bar__icon' }),
            text('search-bar__placeholder', '搜索你想要的好物')
          ])
        ]),
        h('uni-view', { 'class': 'banner' }, [
          image('banner__img', '/static/img/banner.svg', 'widthFix'),
          h('uni-view', { 'class': 'banner__dots' }, [
            h('uni-view', { 'class': 'banner__dot is-on' }),
            h('uni-view', { 'class': 'banner__dot' }),
            h('uni-view', { 'class': 'banner__dot' })
          ])
        ]),
        h('uni-view', { 'class': 'section-title' }, [
          text('section-title__main', '热销好物'),
          text('section-title__sub', '精选 · 品质生活')
        ]),
        grid
      ]);
      api('GET', '/api/goods/list', null, function (res) {
        grid.innerHTML = '';
        var list = (res.data && res.data.list) || [];
        list.forEach(function (g) { grid.appendChild(goodsCard(g)); });
        grid.appendChild(h('uni-view', { 'class': 'no-more' }, '— 没有更多了 —'));
      });
    }
  });

  // ---------------------------------------------------------------- category
  mini.page('/pages/category/category', {
    tabBar: true,
    render: function (root) {
      var cats = ['家纺', '杯壶', '日用', '餐具'];
      var side = h('uni-view', { 'class': 'cate-side' });
      var main = h('uni-view', { 'class': 'cate-main' });
      var all = [];
      function show(idx) {
        Array.prototype.forEach.call(side.children, function (c, i) {
          c.className = 'cate-side__item' + (i === idx ? ' is-active' : '');
        });
        main.innerHTML = '';
        all.filter(function (g) { return g.cat === cats[idx]; }).forEach(function (g) {
          main.appendChild(h('uni-view', {
            'class': 'cate-goods',
            onTap: function () { uni.navigateTo({ url: '/pages/goods/detail?id=' + g.id }); }
          }, [
            image('cate-goods__img', g.cover),
            h('uni-view', { 'class': 'cate-goods__info' }, [
              text('cate-goods__name', g.name),
              text('cate-goods__price', '￥' + g.price)
            ])
          ]));
        });
      }
      cats.forEach(function (c, i) {
        side.appendChild(h('uni-view', { 'class': 'cate-side__item', onTap: function () { show(i); } }, c));
      });
      shell(root, { name: 'pages/category/category', tab: '/pages/category/category', head: pageHead('分类') }, [
        h('uni-view', { 'class': 'cate' }, [side, main])
      ]);
      api('GET', '/api/goods/list', null, function (res) {
        all = (res.data && res.data.list) || [];
        show(0);
      });
    }
  });

  // ---------------------------------------------------------------- cart
  mini.page('/pages/cart/cart', {
    tabBar: true,
    render: function (root) {
      shell(root, { name: 'pages/cart/cart', tab: '/pages/cart/cart', head: pageHead('购物车') }, [
        h('uni-view', { 'class': 'cart-empty' }, [
          h('uni-view', { 'class': 'cart-empty__icon' }),
          text('cart-empty__text', '购物车是空的'),
          h('uni-view', {
            'class': 'cart-empty__go',
            onTap: function () { uni.switchTab({ url: '/' }); }
          }, '去逛逛')
        ])
      ]);
    }
  });

  // ---------------------------------------------------------------- my
  mini.page('/pages/user/user', {
    tabBar: true,
    render: function (root) {
      function toLogin() { uni.navigateTo({ url: '/pages/login/login' }); }
      var orders = ['待付款', '待发货', '待收货', '待评价'];
      var rows = ['收货地址', '我的优惠券', '联系客服', '设置'];
      shell(root, { name: 'pages/user/user', tab: '/pages/user/user' }, [
        h('uni-view', { 'class': 'user-head' }, [
          h('uni-view', { 'class': 'user-head__avatar' }),
          h('uni-view', { 'class': 'user-head__login', onTap: toLogin }, [
            text('user-head__name', '登录/注册'),
            text('user-head__tip', '登录后享受更多会员权益')
          ])
        ]),
        h('uni-view', { 'class': 'user-card' }, [
          h('uni-view', { 'class': 'user-card__head', onTap: toLogin }, [
            text('user-card__title', '我的订单'),
            text('user-card__more', '查看全部 ›')
          ]),
          h('uni-view', { 'class': 'user-card__orders' }, orders.map(function (o, i) {
            return h('uni-view', { 'class': 'user-order', onTap: toLogin }, [
              h('uni-view', { 'class': 'user-order__icon user-order__icon--' + i }),
              text('user-order__label', o)
            ]);
          }))
        ]),
        h('uni-view', { 'class': 'user-card' }, rows.map(function (r) {
          return h('uni-view', { 'class': 'user-row', onTap: toLogin }, [
            text('user-row__label', r),
            text('user-row__arrow', '›')
          ]);
        }))
      ]);
    }
  });

  // ---------------------------------------------------------------- login
  mini.page('/pages/login/login', {
    render: function (root) {
      var phoneInput, codeInput, codeBtn, agreeBox;
      var agreed = false;
      var countdown = 0;
      var timer = null;

      function field(label, placeholder, type, max, ref, extra) {
        return h('uni-view', { 'class': 'login-field' }, [
          h('uni-view', { 'class': 'login-field__label' }, label),
          h('uni-input', { 'class': 'login-field__input' }, [
            h('input', { type: type, maxlength: String(max), placeholder: placeholder, 'class': 'uni-input-input', ref: ref })
          ]),
          extra || null
        ]);
      }
      function phoneOk() { return /^1\d{10}$/.test(phoneInput.value.trim()); }

      codeBtn = h('uni-view', {
        'class': 'login-field__code',
        onTap: function () {
          if (countdown > 0) return;
          if (!phoneOk()) { uni.showToast({ title: '请输入正确的手机号', icon: 'none' }); return; }
          api('POST', '/api/sms/send', { mobile: phoneInput.value.trim(), scene: 'login' }, function (res) {
            if (res.ret !== 200) { uni.showToast({ title: res.msg || '发送失败', icon: 'none' }); return; }
            uni.showToast({ title: '验证码已发送', icon: 'none' });
            countdown = 60;
            timer = setInterval(function () {
              countdown -= 1;
              codeBtn.textContent = countdown > 0 ? countdown + 's后重新获取' : '获取验证码';
              if (countdown <= 0) clearInterval(timer);
            }, 1000);
          });
        }
      }, '获取验证码');

      agreeBox = h('uni-view', {
        'class': 'login-agree__box',
        onTap: function () {
          agreed = !agreed;
          agreeBox.className = 'login-agree__box' + (agreed ? ' is-checked' : '');
        }
      });

      shell(root, { name: 'pages/login/login', head: pageHead('登录', true) }, [
        h('uni-view', { 'class': 'login' }, [
          image('login__logo', '/static/img/logo.svg'),
          text('login__title', '欢迎来到优选生活馆'),
          field('手机号', '请输入手机号', 'tel', 11, function (el) { phoneInput = el; }),
          field('验证码', '请输入验证码', 'number', 6, function (el) { codeInput = el; }, codeBtn),
          h('uni-view', {
            'class': 'login__submit',
            onTap: function () {
              if (!phoneOk()) { uni.showToast({ title: '请输入正确的手机号', icon: 'none' }); return; }
              if (!/^\d{4,6}$/.test(codeInput.value.trim())) { uni.showToast({ title: '请输入验证码', icon: 'none' }); return; }
              if (!agreed) { uni.showToast({ title: '请先阅读并同意用户协议和隐私政策', icon: 'none' }); return; }
              api('POST', '/api/user/login', { mobile: phoneInput.value.trim(), code: codeInput.value.trim() }, function (res) {
                uni.showToast({ title: res.msg || '登录失败', icon: 'none' });
              });
            }
          }, '登录'),
          h('uni-view', {
            'class': 'login__wechat',
            onTap: function () { uni.showToast({ title: '请在微信客户端中打开', icon: 'none' }); }
          }, [h('uni-view', { 'class': 'login__wechat-icon' }), text('', '微信一键登录')]),
          h('uni-view', { 'class': 'login-agree' }, [
            agreeBox,
            text('login-agree__text', '我已阅读并同意'),
            text('login-agree__link', '《用户协议》'),
            text('login-agree__text', '和'),
            text('login-agree__link', '《隐私政策》')
          ])
        ])
      ]);
    },
    onUnload: function () { /* countdown timer dies with the page */ }
  });

  // ---------------------------------------------------------------- goods detail
  mini.page('/pages/goods/detail', {
    render: function (root, query) {
      var body = h('uni-view', { 'class': 'detail' }, [h('uni-view', { 'class': 'loading-line' }, '加载中...')]);
      var pageEl = shell(root, { name: 'pages/goods/detail', head: pageHead('商品详情', true) }, [body]);
      api('GET', '/api/goods/detail', { id: query.id || '1' }, function (res) {
        if (res.ret !== 200 || !res.data) {
          body.innerHTML = '';
          body.appendChild(h('uni-view', { 'class': 'loading-line' }, res.msg || '商品不存在'));
          return;
        }
        buildDetail(pageEl, body, res.data);
      });
    }
  });

  function buildDetail(pageEl, body, g) {
    var chosen = null; // index into g.skus
    var num = 1;
    var mode = 'select';
    var busy = false;
    var selRowValue, popup, sheetPrice, sheetStock, sheetPicked, chipEls = [], numEl, minusEl, plusEl;

    function summary() {
      return chosen === null ? '选择 ' + num + '件' : '已选 “' + g.skus[chosen].name + '” ' + num + '件';
    }
    function refresh() {
      selRowValue.textContent = summary();
      chipEls.forEach(function (c, i) {
        var sku = g.skus[i];
        c.className = 'sku-chip' + (sku.stock <= 0 ? ' is-disabled' : '') + (chosen === i ? ' is-active' : '');
      });
      var sku = chosen === null ? null : g.skus[chosen];
      sheetPrice.textContent = '￥' + (sku ? sku.price : g.price);
      sheetStock.textContent = '库存 ' + (sku ? sku.stock : g.stock) + ' 件';
      sheetPicked.textContent = sku ? '已选：' + sku.name : '请选择 颜色分类';
      numEl.textContent = String(num);
      minusEl.className = 'stepper__btn' + (num <= 1 ? ' is-disabled' : '');
      plusEl.className = 'stepper__btn' + (num >= maxNum() ? ' is-disabled' : '');
    }
    function maxNum() {
      var sku = chosen === null ? null : g.skus[chosen];
      return Math.min(g.limit, sku ? sku.stock : g.limit);
    }
    function openPopup(m) {
      mode = m;
      popup.className = 'sku-popup is-open';
    }
    function closePopup() { popup.className = 'sku-popup'; }

    function confirm() {
      if (chosen === null) { uni.showToast({ title: '请选择颜色分类', icon: 'none' }); return; }
      if (mode === 'select') { closePopup(); return; }
      if (busy) return;
      busy = true;
      var payload = { goods_id: g.id, sku_id: g.skus[chosen].id, num: num, source: 'h5' };
      var url = mode === 'cart' ? '/api/cart/add' : '/api/order/create';
      api('POST', url, payload, function (res) {
        busy = false;
        if (res.ret === 200) {
          uni.showToast({ title: mode === 'cart' ? '已加入购物车' : '下单成功', icon: 'none' });
          closePopup();
          return;
        }
        uni.showToast({ title: res.msg || '操作失败', icon: 'none' });
      });
    }

    body.innerHTML = '';
    mini.append(body, [
      image('detail__cover', g.cover),
      h('uni-view', { 'class': 'detail__price-box' }, [
        text('detail__price', '￥' + g.price),
        text('detail__origin', '￥' + g.origin),
        text('detail__sold', '已售 ' + g.sold)
      ]),
      h('uni-view', { 'class': 'detail__name' }, g.name),
      h('uni-view', { 'class': 'detail__tags' }, [
        text('detail__tag', '包邮'), text('detail__tag', '7天无理由退换'), text('detail__tag', '极速退款')
      ]),
      h('uni-view', { 'class': 'detail__cell', onTap: function () { openPopup('select'); } }, [
        h('uni-view', { 'class': 'detail__cell-value', ref: function (el) { selRowValue = el; } }, summary()),
        text('detail__cell-arrow', '›')
      ]),
      h('uni-view', { 'class': 'detail__cell' }, [
        text('detail__cell-label', '发货'),
        h('uni-view', { 'class': 'detail__cell-value' }, g.ship)
      ]),
      h('uni-view', { 'class': 'detail__section' }, '商品详情'),
      h('uni-view', { 'class': 'detail__desc' }, g.desc),
      image('detail__cover detail__cover--desc', g.cover)
    ]);

    var bar = h('uni-view', { 'class': 'action-bar' }, [
      h('uni-view', {
        'class': 'action-bar__icon',
        onTap: function () { uni.showToast({ title: '客服休息中，请稍后再试', icon: 'none' }); }
      }, [h('uni-view', { 'class': 'action-bar__glyph glyph-service' }), text('action-bar__label', '客服')]),
      h('uni-view', {
        'class': 'action-bar__icon',
        onTap: function () { uni.switchTab({ url: '/pages/cart/cart' }); }
      }, [h('uni-view', { 'class': 'action-bar__glyph glyph-cart' }), text('action-bar__label', '购物车')]),
      h('uni-view', { 'class': 'action-bar__btns' }, [
        h('uni-view', { 'class': 'action-bar__btn action-bar__btn--cart', onTap: function () { openPopup('cart'); } }, '加入购物车'),
        h('uni-view', { 'class': 'action-bar__btn action-bar__btn--buy', onTap: function () { openPopup('buy'); } }, '立即购买')
      ])
    ]);

    popup = h('uni-view', { 'class': 'sku-popup' }, [
      h('uni-view', { 'class': 'sku-popup__mask', onTap: closePopup }),
      h('uni-view', { 'class': 'sku-popup__sheet' }, [
        h('uni-view', { 'class': 'sku-head' }, [
          image('sku-head__img', g.cover),
          h('uni-view', { 'class': 'sku-head__info' }, [
            h('uni-view', { 'class': 'sku-head__price', ref: function (el) { sheetPrice = el; } }),
            h('uni-view', { 'class': 'sku-head__stock', ref: function (el) { sheetStock = el; } }),
            h('uni-view', { 'class': 'sku-head__picked', ref: function (el) { sheetPicked = el; } })
          ]),
          h('uni-view', { 'class': 'sku-head__close', onTap: closePopup }, '×')
        ]),
        h('uni-view', { 'class': 'sku-group' }, [
          h('uni-view', { 'class': 'sku-group__title' }, '颜色分类'),
          h('uni-view', { 'class': 'sku-group__chips' }, g.skus.map(function (sku, i) {
            var chip = h('uni-view', {
              'class': 'sku-chip',
              onTap: function () {
                if (sku.stock <= 0) return;
                chosen = chosen === i ? null : i;
                if (num > maxNum()) num = Math.max(1, maxNum());
                refresh();
              }
            }, [
              text('sku-chip__name', sku.name),
              sku.stock <= 0 ? text('sku-chip__tag', '已售罄') : null
            ]);
            chipEls.push(chip);
            return chip;
          }))
        ]),
        h('uni-view', { 'class': 'sku-num' }, [
          h('uni-view', { 'class': 'sku-num__title' }, [
            text('', '购买数量'),
            text('sku-num__limit', '每人限购' + g.limit + '件')
          ]),
          h('uni-view', { 'class': 'stepper' }, [
            h('uni-view', {
              'class': 'stepper__btn', ref: function (el) { minusEl = el; },
              onTap: function () { if (num > 1) { num -= 1; refresh(); } }
            }, '-'),
            h('uni-view', { 'class': 'stepper__value', ref: function (el) { numEl = el; } }, '1'),
            h('uni-view', {
              'class': 'stepper__btn', ref: function (el) { plusEl = el; },
              onTap: function () { if (num < maxNum()) { num += 1; refresh(); } }
            }, '+')
          ])
        ]),
        h('uni-view', { 'class': 'sku-confirm', onTap: confirm }, '确定')
      ])
    ]);

    pageEl.appendChild(bar);
    pageEl.appendChild(popup);
    refresh();
  }

  mini.start();
})();
