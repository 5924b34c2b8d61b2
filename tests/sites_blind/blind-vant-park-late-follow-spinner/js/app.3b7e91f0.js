/* app.3b7e91f0.js — zhibo-park-h5 (临停缴费) */
(function () {
  'use strict';
  var V = window.Vant, h = V.h, http = window.__vendor.http, Toast = V.Toast, Dialog = V.Dialog;
  var CFG = window.__APP_CONFIG__ || {};

  var PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'.split('');
  var ROWS = ['1234567890', 'QWERTYUP', 'ASDFGHJKL', 'ZXCVBNM'];

  var store = {
    plate: ['', '', '', '', '', '', '', ''],
    active: 0,
    energy: false,
    bill: null,
    history: JSON.parse(localStorage.getItem('zb_plate_history') || '[]')
  };

  function plateString() { return store.plate.slice(0, store.energy ? 8 : 7).join(''); }

  /* ---------------- PlateInput (data-v-6c1f2a4e) ---------------- */
  var keyboard = null;
  var keyboardMode = 'abc'; // 'abc' | 'province'

  function renderPlateInput() {
    return V.withScope('data-v-6c1f2a4e', function () {
      var box = h('div', { class: 'plate-input' });
      for (var i = 0; i < 8; i++) {
        (function (i) {
          if (i === 2) box.appendChild(h('div', { class: 'plate-input__item plate-input__item--dot' }, '·'));
          var isEnergy = i === 7;
          var item = h('div', {
            class: ['plate-input__item', {
              'plate-input__item--active': keyboard && keyboard.visible && store.active === i && (!isEnergy || store.energy),
              'plate-input__item--energy': isEnergy,
              'plate-input__item--filled': isEnergy && !!store.plate[7]
            }],
            'data-index': i
          }, isEnergy && !store.energy ? ['+', h('br'), '新能源'] : store.plate[i]);
          item.addEventListener('click', function () {
            if (isEnergy && !store.energy) store.energy = true;
            var firstEmpty = store.plate.findIndex(function (c, k) { return !c && k < (store.energy ? 8 : 7); });
            store.active = firstEmpty >= 0 && firstEmpty < i ? firstEmpty : i;
            openKeyboard();
          });
          box.appendChild(item);
        })(i);
      }
      return box;
    });
  }

  function keysFor(mode) {
    var keys = [];
    if (mode === 'province') {
      PROVINCES.forEach(function (p) { keys.push({ text: p, value: p, wrapStyle: 'flex-basis:11.11%' }); });
      keys.push({ text: 'ABC', value: '__abc', className: 'key--fn', wrapStyle: 'flex-basis:27.78%' });
      keys.push({ type: 'delete', value: '__del', wrapStyle: 'flex-basis:27.78%' });
      return keys;
    }
    ROWS.forEach(function (row, r) {
      var pad = (10 - row.length) * 5;
      if (r === 3) keys.push({ text: '省份', value: '__province', className: 'key--fn', wrapStyle: 'flex-basis:15%' });
      else if (pad) keys.push({ type: 'spacer', wrapStyle: 'flex-basis:' + pad + '%' });
      row.split('').forEach(function (c) { keys.push({ text: c, value: c }); });
      if (r === 3) keys.push({ type: 'delete', value: '__del', wrapStyle: 'flex-basis:15%' });
      else if (pad) keys.push({ type: 'spacer', wrapStyle: 'flex-basis:' + pad + '%' });
    });
    return keys;
  }

  function openKeyboard() {
    if (!keyboard) {
      var kb = V.withScope('data-v-6c1f2a4e', function () {
        return V.NumberKeyboard({
          class: 'plate-keyboard', title: '请输入车牌号', closeButtonText: '完成', zIndex: 1500,
          keys: keysFor(keyboardMode),
          onPress: onKey,
          onClose: closeKeyboard
        });
      });
      keyboard = kb;
      document.body.appendChild(kb.el);
    }
    keyboard.visible = true;
    keyboard.show();
    rerenderPlate();
  }
  function closeKeyboard() { if (keyboard) { keyboard.visible = false; keyboard.hide(); } rerenderPlate(); }
  function setMode(mode) {
    keyboardMode = mode;
    V.withScope('data-v-6c1f2a4e', function () { keyboard.setKeys(keysFor(mode)); });
    keyboard.el.classList.toggle('plate-keyboard--province', mode === 'province');
  }

  function onKey(key) {
    var max = store.energy ? 8 : 7;
    if (key.value === '__province') { setMode('province'); return; }
    if (key.value === '__abc') { setMode('abc'); return; }
    if (key.value === '__del') {
      var idx = store.plate[store.active] ? store.active : Math.max(0, store.active - 1);
      store.plate[idx] = '';
      store.active = idx;
      if (idx === 7 && store.energy) { /* keep energy slot */ }
      rerenderPlate();
      return;
    }
    if (store.active === 0 && keyboardMode !== 'province') {
      Toast('请先点击「省份」选择车牌归属地');
      return;
    }
    if (store.active > 0 && keyboardMode === 'province') {
      // province characters only belong in the first slot
      store.plate[0] = key.value;
      setMode('abc');
      rerenderPlate();
      return;
    }
    store.plate[store.active] = key.value;
    if (store.active === 0) setMode('abc');
    if (store.active < max - 1) store.active += 1;
    rerenderPlate();
  }

  /* ---------------- pages ---------------- */
  var app = document.getElementById('app');
  var plateHost = null;

  function rerenderPlate() {
    if (plateHost) { plateHost.innerHTML = ''; plateHost.appendChild(renderPlateInput()); }
  }

  function renderHome() {
    app.innerHTML = '';
    V.withScope('data-v-3d8a51c2', function () {
      app.appendChild(V.NavBar({ title: '临停缴费' }));
      app.appendChild(h('div', { class: 'park-header' },
        h('div', { class: 'park-header__name' }, CFG.lotName || '停车场'),
        h('div', { class: 'park-header__sub' }, V.Icon('location-o'), '深圳市福田区华景路88号 · 地下二层'),
        h('div', { class: 'park-header__rule', on: { click: showRule } }, '收费标准')));
      plateHost = h('div', { class: 'plate-card__plate' });
      var history = store.history.length ? h('div', { class: 'plate-history' }, '最近缴费：',
        store.history.map(function (p) {
          return h('span', { class: 'van-tag van-tag--round', on: { click: function () { fillPlate(p); } } }, p);
        })) : null;
      app.appendChild(h('div', { class: 'plate-card' },
        h('div', { class: 'plate-card__title' }, '输入车牌号查询停车费'),
        h('div', { class: 'plate-card__tip' }, '支持蓝牌、黄牌、新能源车牌'),
        plateHost,
        history,
        V.Button({ type: 'info', block: true, round: true, text: '查询', class: 'plate-card__btn', onClick: query })));
      app.appendChild(h('div', { class: 'notice' },
        h('b', null, '缴费须知'), h('br'),
        '1. 缴费成功后请于15分钟内离场，超时将继续计费；', h('br'),
        '2. 如遇车牌识别错误，请联系岗亭工作人员；', h('br'),
        '3. 客服电话：0755-2861 0417（9:00-21:00）'));
    });
    rerenderPlate();
  }

  function fillPlate(p) {
    store.energy = p.length === 8;
    store.plate = (p + '        ').slice(0, 8).split('').map(function (c) { return c.trim(); });
    store.active = p.length;
    rerenderPlate();
  }

  function showRule() {
    Dialog.alert({ title: '收费标准', message: '首30分钟免费\n白天（8:00-20:00）每小时5元\n夜间（20:00-次日8:00）每小时2元\n24小时封顶40元', confirmButtonText: '知道了', confirmButtonColor: '#2f7cf6' });
  }

  function query() {
    var plate = plateString();
    if (!/^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}$/.test(plate)) {
      Toast(plate.length < 7 ? '请输入完整车牌号' : '车牌号格式不正确');
      return;
    }
    closeKeyboard();
    Toast.loading({ message: '查询中...', forbidClick: true });
    http.get('/api/parking/query?lotId=' + encodeURIComponent(CFG.lotId) + '&plateNo=' + encodeURIComponent(plate)).then(function (res) {
      Toast.clear();
      if (res.code !== 0) { Toast(res.msg || '查询失败'); return; }
      store.bill = res.data;
      if (store.history.indexOf(plate) < 0) { store.history.unshift(plate); store.history = store.history.slice(0, 3); localStorage.setItem('zb_plate_history', JSON.stringify(store.history)); }
      renderBill();
    }, function () { Toast.clear(); Toast('网络异常，请稍后重试'); });
  }

  function renderBill() {
    var b = store.bill;
    app.innerHTML = '';
    plateHost = null;
    V.withScope('data-v-7e40b9d1', function () {
      app.appendChild(V.NavBar({ title: '停车费用', leftArrow: true, leftText: '返回', onClickLeft: renderHome }));
      var parts = b.payable.split('.');
      app.appendChild(h('div', { class: 'fee-card' },
        h('div', { class: 'fee-card__head' },
          h('div', { class: 'fee-card__label' }, '应缴金额'),
          h('div', { class: 'fee-card__amount' }, h('small', null, '¥'), parts[0] + '.' + parts[1])),
        V.CellGroup({ border: false, children: [
          V.Cell({ title: '车牌号码', value: b.plateNo }),
          V.Cell({ title: '停车场', value: b.lotName }),
          V.Cell({ title: '入场时间', value: b.inTime }),
          V.Cell({ title: '停车时长', value: b.duration }),
          V.Cell({ title: '停车费', value: '¥' + b.amount }),
          V.Cell({ title: '优惠', value: '-¥' + b.discount })
        ] }),
        h('div', { class: 'fee-card__foot' },
          V.Button({ type: 'info', block: true, round: true, text: '去缴费', class: 'fee-card__pay', onClick: pay }),
          h('div', { class: 'fee-card__hint' }, '请在15分钟内离场，超时需补缴'))));
    });
  }

  var paying = false;
  function pay() {
    if (paying) return;
    paying = true;
    Toast.loading({ message: '正在创建订单...', forbidClick: true, duration: 0 });
    http.post('/api/pay', { lotId: CFG.lotId, billId: store.bill.billId, plateNo: store.bill.plateNo, amount: store.bill.payable, payChannel: 'WX_JSAPI' }).then(function (res) {
      paying = false;
      Toast.clear();
      if (res.code === 0 && res.data && res.data.payParams) { invokePay(res.data.payParams); return; }
      if (res.code === 4031) { showFollowDialog(); return; }
      Toast(res.msg || '下单失败，请重试');
    }, function () { paying = false; Toast.clear(); Toast('网络异常，请稍后重试'); });
  }

  function invokePay(params) {
    function go() {
      window.WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (r) {
        if (r.err_msg === 'get_brand_wcpay_request:ok') { Toast.success('缴费成功'); }
        else if (r.err_msg !== 'get_brand_wcpay_request:cancel') Toast('支付失败');
      });
    }
    if (window.WeixinJSBridge) go(); else document.addEventListener('WeixinJSBridgeReady', go, false);
  }

  function showFollowDialog() {
    var dlg;
    store.followAsked = true;
    V.withScope('data-v-1b93c7aa', function () {
      var close = V.Icon('cross', { class: 'follow-dialog__close', on: { click: function () { dlg.close(); } } });
      dlg = Dialog.open({
        title: '温馨提示',
        className: 'follow-dialog',
        content: [
          h('div', { class: 'follow-dialog__msg' }, '关注「' + (CFG.mpName || '智泊停车') + '」公众号后即可完成缴费'),
          h('img', { class: 'follow-dialog__qr', src: 'img/qrcode_zhibo.8c1d2e4f.png', alt: '公众号二维码' }),
          h('div', { class: 'follow-dialog__tip' }, '长按识别二维码，关注后返回本页继续缴费')
        ],
        confirmButtonText: '去关注',
        onConfirm: function () {
          location.href = 'https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzkxNjQ3MDQxNw==&scene=110#wechat_redirect';
        },
        extra: close
      });
    });
  }

  // back from the account page: re-check the subscribe flag
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState !== 'visible' || !store.followAsked) return;
    http.get('/api/mp/subscribe-status').then(function (res) {
      if (res.code === 0 && res.data && !res.data.subscribe) Toast('未检测到关注，关注后再点击「去缴费」');
    });
  });

  renderHome();
  openKeyboard();
})();
