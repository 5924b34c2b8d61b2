(function () {
  'use strict';
  var V = window.__vendor, h = V.h, Toast = V.Toast;
  var app = document.getElementById('app');
  var ua = navigator.userAgent || '';
  var isAlipay = /AlipayClient/i.test(ua);
  var isWechat = /MicroMessenger/i.test(ua);

  var query = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
    if (!kv) return;
    var p = kv.split('=');
    query[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || '');
  });
  var codeId = query.c || 'HM20230917001';
  var merchant = { name: '禾木生活便利店', desc: '门店收款码 · ' + codeId.slice(-6) };

  function mount(node) { app.innerHTML = ''; app.appendChild(node); }

  function renderOnlyAlipay() {
    document.title = '温馨提示';
    mount(h('div', { class: 'tip-page' }, [
      h('div', { class: 'tip-page__icon', text: '支' }),
      h('div', { class: 'tip-page__title', text: '本商户仅支持支付宝付款，请使用支付宝扫一扫' }),
      h('div', { class: 'tip-page__sub', text: merchant.name })
    ]));
  }

  // ---------------------------------------------------------------- Alipay: amount + keyboard
  var state = { amount: '', remark: '', paying: false };

  function amountValid() {
    var n = parseFloat(state.amount);
    return !isNaN(n) && n > 0;
  }

  function input(key) {
    var a = state.amount;
    if (key === '.') {
      if (a.indexOf('.') >= 0) return;
      a = a === '' ? '0.' : a + '.';
    } else {
      if (a === '0') a = '';
      var dot = a.indexOf('.');
      if (dot >= 0 && a.length - dot > 2) return;
      if (dot < 0 && a.length >= 6) return;
      a += key;
    }
    state.amount = a;
    refresh();
  }
  function del() { state.amount = state.amount.slice(0, -1); refresh(); }

  var valueEl, placeholderEl, payKey;
  function refresh() {
    valueEl.textContent = state.amount;
    placeholderEl.style.display = state.amount ? 'none' : '';
    payKey.classList.toggle('van-key--disabled', !amountValid());
  }

  function key(text, cls, onPress, wrapperCls) {
    var k = h('div', { role: 'button', tabindex: '0', class: 'van-key' + (cls ? ' ' + cls : '') }, [text]);
    V.bindPress(k, onPress);
    return h('div', { class: 'van-key__wrapper' + (wrapperCls ? ' ' + wrapperCls : '') }, [k]);
  }

  function deleteIcon() {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'van-key__delete-icon');
    svg.setAttribute('viewBox', '0 0 32 22');
    svg.innerHTML = '<path d="M28 0a4 4 0 014 4v14a4 4 0 01-4 4H10.4a2 2 0 01-1.4-.6L1 13.1c-.6-.5-.9-1.3-.9-2 0-1 .3-1.6.9-2.2L9 .6a2 2 0 011.4-.6H28zm0 2H10.4l-8 8.1c-.3.3-.4.6-.4 1 0 .3.1.6.4.9l8 8H28a2 2 0 002-2V4a2 2 0 00-2-2zm-5 4a1 1 0 01.7.3 1 1 0 010 1.4L20.4 11l3.3 3.3a1 1 0 010 1.4 1 1 0 01-1.4 0L19 12.4l-3.4 3.3a1 1 0 01-1.4 0 1 1 0 010-1.4l3.3-3.3-3.3-3.3a1 1 0 010-1.4 1 1 0 011.4 0L19 9.6l3.3-3.3A1 1 0 0123 6z" fill="currentColor"/>';
    return svg;
  }

  function keyboard() {
    var keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(function (n) { return key(n, '', function () { input(n); }); });
    keys.push(key('0', '', function () { input('0'); }, 'van-key__wrapper--wider'));
    keys.push(key('.', '', function () { input('.'); }));
    var delK = key(deleteIcon(), 'van-key--large van-key--delete', del);
    var payWrap = key('付款', 'van-key--blue van-key--large van-key--disabled', submit);
    payKey = payWrap.firstChild;
    return h('div', { class: 'van-number-keyboard van-number-keyboard--unfit', tabindex: '100' }, [
      h('div', { class: 'van-number-keyboard__body' }, [
        h('div', { class: 'van-number-keyboard__keys' }, keys),
        h('div', { class: 'van-number-keyboard__sidebar' }, [delK, payWrap])
      ])
    ]);
  }

  function renderPay() {
    document.title = '付款';
    valueEl = h('span', { class: 'amount-field__value' });
    placeholderEl = h('span', { class: 'amount-field__placeholder', text: '请输入付款金额' });
    var remarkBox = h('div', { style: 'display:none' }, [
      h('input', { class: 'remark-input', maxlength: '20', placeholder: '请输入备注（20字以内）', onInput: function (e) { state.remark = e.target.value; } })
    ]);
    var remarkLink = h('div', { class: 'remark', text: '添加备注', onClick: function () {
      remarkBox.style.display = ''; remarkLink.style.display = 'none'; remarkBox.firstChild.focus();
    } });
    mount(h('div', { class: 'pay-page' }, [
      h('div', { class: 'merchant' }, [
        h('div', { class: 'merchant__logo', text: '禾' }),
        h('div', {}, [h('div', { class: 'merchant__name', text: merchant.name }), h('div', { class: 'merchant__desc', text: merchant.desc })])
      ]),
      h('div', { class: 'amount-card' }, [
        h('div', { class: 'amount-card__label', text: '付款金额' }),
        h('div', { class: 'amount-field' }, [
          h('span', { class: 'amount-field__unit', text: '¥' }), valueEl, h('span', { class: 'amount-field__cursor' }), placeholderEl
        ]),
        remarkLink, remarkBox
      ]),
      keyboard()
    ]));
    refresh();
  }

  function ready(cb) {
    if (window.AlipayJSBridge) cb();
    else document.addEventListener('AlipayJSBridgeReady', cb, false);
  }

  function submit() {
    if (state.paying) return;
    if (!amountValid()) { Toast('请输入付款金额'); return; }
    state.paying = true;
    Toast.loading('正在创建订单...');
    V.request('POST', '/api/cashier/trade/create', {
      codeId: codeId, totalAmount: parseFloat(state.amount).toFixed(2), remark: state.remark, payChannel: 'ALIPAY'
    }).then(function (res) {
      Toast.clear();
      if (res.code !== '10000') { state.paying = false; Toast(res.msg || '下单失败'); return; }
      ready(function () {
        window.AlipayJSBridge.call('tradePay', { tradeNO: res.data.tradeNo }, function (r) {
          state.paying = false;
          if (r && r.resultCode === '9000') renderResult(res.data);
          else if (r && r.resultCode === '6001') Toast('已取消支付');
          else Toast('支付未完成');
        });
      });
    }).catch(function (e) { state.paying = false; Toast.clear(); Toast(e.message); });
  }

  function renderResult(data) {
    document.title = '支付成功';
    mount(h('div', { class: 'result' }, [
      h('div', { class: 'result__icon', text: '✓' }),
      h('div', { text: '支付成功' }),
      h('div', { class: 'result__amount', text: '¥' + data.totalAmount }),
      h('div', { class: 'van-cell' }, [h('div', { class: 'van-cell__title', text: '收款方' }), h('div', { class: 'van-cell__value', text: merchant.name })]),
      h('div', { class: 'van-cell' }, [h('div', { class: 'van-cell__title', text: '订单号' }), h('div', { class: 'van-cell__value', text: data.outTradeNo })])
    ]));
  }

  if (isAlipay) renderPay();
  else renderOnlyAlipay();
  void isWechat;
})();
