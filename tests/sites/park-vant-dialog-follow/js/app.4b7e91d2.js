/* dj-parking-h5 app chunk: plate → fee → JSAPI pay. Hand-rolled stand-in for a Vue 2 + Vant 2 build. */
(function () {
  'use strict';
  var PROVINCES = [['京', '沪', '浙', '苏', '粤', '鲁', '晋', '冀', '豫'], ['川', '渝', '辽', '吉', '黑', '皖', '鄂', '湘', '赣'],
    ['闽', '陕', '甘', '宁', '蒙', '津', '贵', '云', '桂'], ['琼', '青', '新', '藏']];
  var CHARS = [['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'], ['Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'P', 'A', 'S'],
    ['D', 'F', 'G', 'H', 'J', 'K', 'L', 'Z', 'X', 'C'], ['V', 'B', 'N', 'M', '港', '澳', '学']];
  var OA_HOME = 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzI5NjQ4ODc2Mg==&scene=110#wechat_redirect';

  var state = { plate: '', keyboard: false, bill: null, dialog: false, paid: false, loading: false };
  var app = document.getElementById('app');

  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function button(cls, text, attrs) {
    return '<button type="button" class="van-button ' + cls + '" ' + (attrs || '') + '><div class="van-button__content"><span class="van-button__text">' + text + '</span></div></button>';
  }
  function cell(title, value) {
    return '<div class="van-cell"><div class="van-cell__title"><span>' + title + '</span></div><div class="van-cell__value"><span>' + value + '</span></div></div>';
  }
  var toastTimer = null;
  function toast(msg) {
    var old = document.querySelector('.van-toast'); if (old) old.remove();
    var t = document.createElement('div'); t.className = 'van-toast van-toast--text'; t.setAttribute('role', 'status'); t.textContent = msg;
    document.body.appendChild(t);
    clearTimeout(toastTimer); toastTimer = setTimeout(function () { t.remove(); }, 2000);
  }

  function keyboardHtml() {
    var rows = state.plate.length === 0 ? PROVINCES : CHARS;
    return '<div class="van-overlay" data-act="kb-close" style="z-index:2001;background:rgba(0,0,0,.15)"></div>' +
      '<div class="van-popup van-popup--bottom" style="z-index:2002"><div class="plate-kb" data-v-5d11>' +
      '<div class="plate-kb__bar"><span>' + (state.plate.length === 0 ? '选择省份' : '输入字母或数字') + '</span><span class="ok" data-act="kb-close">完成</span></div>' +
      rows.map(function (row, i) {
        var keys = row.map(function (k) {
          var off = state.plate.length === 1 && /\d/.test(k);  // the second character is a letter
          return '<div class="plate-kb__key' + (off ? ' plate-kb__key--off' : '') + '" data-key="' + k + '">' + k + '</div>';
        }).join('');
        if (i === rows.length - 1) keys += '<div class="plate-kb__key plate-kb__key--fn" data-act="kb-del">删除</div>';
        return '<div class="plate-kb__row">' + keys + '</div>';
      }).join('') + '</div></div>';
  }

  function dialogHtml() {
    return '<div class="van-overlay" style="z-index:2003"></div>' +
      '<div role="dialog" aria-labelledby="温馨提示" class="van-popup van-popup--center van-dialog" style="z-index:2004">' +
      '<div class="van-dialog__header">温馨提示</div>' +
      '<div class="van-dialog__content"><div class="van-dialog__message van-dialog__message--has-title">关注「德基停车」公众号，出场更快捷</div></div>' +
      '<div class="van-hairline--top van-dialog__footer">' +
      button('van-button--default van-button--large van-dialog__cancel', '取消', 'data-act="dlg-cancel"') +
      button('van-button--default van-button--large van-dialog__confirm van-hairline--left', '去关注', 'data-act="dlg-confirm"') +
      '</div></div>';
  }

  function render() {
    if (state.paid) {
      app.innerHTML = '<div class="van-nav-bar van-hairline--bottom"><div class="van-nav-bar__title">缴费结果</div></div>' +
        '<div class="dj-result" data-v-91ab><h3 data-v-91ab>支付成功</h3><p>' + esc(state.bill.plateNo) + ' 已缴费 ¥' + esc(state.bill.payAmount) + '</p><p style="color:#969799">请在 15 分钟内驶离停车场</p></div>';
      return;
    }
    var bill = state.bill;
    app.innerHTML =
      '<div class="van-nav-bar van-hairline--bottom"><div class="van-nav-bar__title">停车缴费</div></div>' +
      '<div class="dj-hero" data-v-7c2a><h2 data-v-7c2a>南京德基广场 · P2/P3</h2><p data-v-7c2a>工作日首小时 8 元，其后 6 元/小时，当日封顶 60 元</p></div>' +
      '<div class="van-cell-group van-cell-group--inset">' +
      '<div class="van-cell van-field"><div class="van-cell__title van-field__label"><label for="van-field-1-input">车牌号码</label></div>' +
      '<div class="van-cell__value van-field__value"><div class="van-field__body"><input type="text" id="van-field-1-input" class="van-field__control" readonly placeholder="请输入车牌号" value="' + esc(state.plate) + '" data-act="kb-open"></div></div></div>' +
      '</div>' +
      (bill ? '<div class="van-cell-group van-cell-group--inset dj-fee" data-v-3e9d>' +
        cell('车牌号码', esc(bill.plateNo)) + cell('入场时间', esc(bill.inTime)) + cell('停车时长', esc(bill.parkingTime)) +
        cell('应付金额', '<span class="amount">¥' + esc(bill.payAmount) + '</span>') + '</div>' +
        '<div class="dj-tip" data-v-3e9d>缴费成功后请于 15 分钟内离场，超时将重新计费</div>' : '') +
      '<div class="dj-actions">' +
      (bill ? button('van-button--danger van-button--block van-button--round', '立即支付', 'data-act="pay"')
            : button('van-button--primary van-button--block van-button--round' + (state.loading ? ' van-button--disabled' : ''), '查询停车费', 'data-act="query"')) +
      '</div>' +
      (state.keyboard ? keyboardHtml() : '') +
      (state.dialog ? dialogHtml() : '');
  }

  function query() {
    if (!/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/.test(state.plate)) { toast('请输入正确的车牌号'); return; }
    state.keyboard = false; state.loading = true; render();
    fetch('/api/v2/parking/fee?plateNo=' + encodeURIComponent(state.plate) + '&parkCode=DJ0251')
      .then(function (r) { return r.json(); })
      .then(function (r) {
        state.loading = false;
        if (r.code !== 200) { render(); toast(r.message || '查询失败'); return; }
        state.bill = r.data; render();
        if (!sessionStorage.getItem('dj_oa_tip')) {
          setTimeout(function () { sessionStorage.setItem('dj_oa_tip', '1'); state.dialog = true; render(); }, 700);
        }
      });
  }

  function pay() {
    fetch('/api/v2/parking/prepay', { method: 'POST', headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: JSON.stringify({ orderNo: state.bill.orderNo, payType: 'WX_JSAPI' }) })
      .then(function (r) { return r.json(); })
      .then(function (r) {
        if (r.code !== 200) { toast(r.message || '下单失败'); return; }
        var invoke = function () {
          WeixinJSBridge.invoke('getBrandWCPayRequest', r.data, function (res) {
            if (res.err_msg === 'get_brand_wcpay_request:ok') { state.paid = true; render(); }
            else toast('支付已取消');
          });
        };
        if (typeof WeixinJSBridge === 'undefined') document.addEventListener('WeixinJSBridgeReady', invoke, false);
        else invoke();
      });
  }

  app.addEventListener('click', function (e) {
    var key = e.target.closest('[data-key]');
    if (key) {
      if (key.classList.contains('plate-kb__key--off')) return;
      if (state.plate.length < 8) state.plate += key.getAttribute('data-key');
      render(); return;
    }
    var el = e.target.closest('[data-act]'); if (!el) return;
    switch (el.getAttribute('data-act')) {
      case 'kb-open': state.keyboard = true; break;
      case 'kb-close': state.keyboard = false; break;
      case 'kb-del': state.plate = state.plate.slice(0, -1); break;
      case 'query': if (!state.loading) query(); return;
      case 'pay': pay(); return;
      case 'dlg-cancel': state.dialog = false; break;
      case 'dlg-confirm': location.href = OA_HOME; return;
    }
    render();
  });
  render();
})();
