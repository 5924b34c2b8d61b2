(function () {
  'use strict';
  var h = window.__h, text = window.__text, button = window.__button;
  var THEME = { bg: '#13c2a3', fg: '#ffffff' };

  var PROVINCE_ROWS = [
    '京沪粤津冀晋蒙辽吉黑'.split(''),
    '苏浙皖闽赣鲁豫鄂湘桂'.split(''),
    '琼渝川贵云藏陕甘青宁'.split(''),
    ['新', '使', 'DEL', 'OK']
  ];
  var CHAR_ROWS = [
    '1234567890'.split(''),
    'QWERTYUP港澳'.split(''),
    'ASDFGHJKL学'.split(''),
    'ZXCVBNM'.split('').concat(['警', 'DEL', 'OK'])
  ];

  /* ---------- plate keyboard component ---------- */
  function PlateKeyboard(opts) {
    var self = this;
    this.chars = (opts.value || '').split('');
    this.newEnergy = this.chars.length === 8;
    this.cursor = Math.min(this.chars.length, this.newEnergy ? 7 : 6);
    this.cells = [];
    this.row = h('uni-view', { 'class': 'plate-input' });
    for (var i = 0; i < 8; i++) {
      (function (idx) {
        var c = h('uni-view', { 'class': 'plate-cell' + (idx === 7 ? ' ne' : '') });
        c.addEventListener('click', function (e) {
          e.stopPropagation();
          if (idx === 7 && !self.newEnergy) { self.newEnergy = true; }
          self.cursor = Math.min(idx, self.chars.length);
          self.open();
        });
        self.cells.push(c);
        self.row.appendChild(c);
        if (idx === 1) self.row.appendChild(h('uni-view', { 'class': 'dot' }, '\u00b7'));
      })(i);
    }
    this.body = h('uni-view', { 'class': 'kb-body' });
    var close = h('uni-view', { 'class': 'kb-close' }, '收起');
    close.addEventListener('click', function () { self.close(); });
    this.kb = h('uni-view', { 'class': 'keyboard' }, [
      h('uni-view', { 'class': 'kb-bar' }, [h('uni-view', null, '万象汇停车 安全键盘'), close]),
      this.body
    ]);
    this.max = function () { return self.newEnergy ? 8 : 7; };
    this.draw();
  }
  PlateKeyboard.prototype.value = function () { return this.chars.join(''); };
  PlateKeyboard.prototype.open = function () { this.kb.classList.add('show'); this.draw(); };
  PlateKeyboard.prototype.close = function () { this.kb.classList.remove('show'); this.cursor = -1; this.draw(); };
  PlateKeyboard.prototype.press = function (k) {
    if (k === 'OK') { this.close(); return; }
    if (k === 'DEL') {
      if (this.chars.length) this.chars.pop();
      this.cursor = this.chars.length;
      this.draw();
      return;
    }
    if (this.cursor < 0) this.cursor = this.chars.length;
    if (this.cursor >= this.max()) return;
    this.chars[this.cursor] = k;
    this.chars = this.chars.filter(function (c) { return c != null; });
    this.cursor = Math.min(this.cursor + 1, this.chars.length);
    if (this.chars.length >= this.max()) { this.close(); return; }
    this.draw();
  };
  PlateKeyboard.prototype.draw = function () {
    var self = this;
    this.cells.forEach(function (c, i) {
      var ch = self.chars[i] || '';
      if (i === 7) {
        c.className = 'plate-cell ne' + (self.newEnergy ? ' on' : '') + (self.cursor === 7 ? ' active' : '');
        c.innerHTML = '';
        if (self.newEnergy) c.textContent = ch;
        else { c.appendChild(h('uni-text', null, h('span', null, '+'))); c.appendChild(h('uni-text', null, h('span', null, '新能源'))); }
        return;
      }
      c.className = 'plate-cell' + (self.cursor === i ? ' active' : '');
      c.textContent = ch;
    });
    var provinceMode = this.cursor === 0 || (this.cursor < 0 && this.chars.length === 0);
    var rows = provinceMode ? PROVINCE_ROWS : CHAR_ROWS;
    this.body.innerHTML = '';
    rows.forEach(function (r) {
      var row = h('uni-view', { 'class': 'kb-row' });
      r.forEach(function (k) {
        var label = k === 'DEL' ? '删除' : k === 'OK' ? '完成' : k;
        var disabled = false;
        if (!provinceMode) {
          if (self.cursor === 1 && /[0-9港澳学警]/.test(k)) disabled = true;
          if (self.cursor > 1 && self.cursor < 6 && /[港澳学警]/.test(k)) disabled = true;
        }
        var key = h('uni-view', { 'class': 'kb-key' + (k === 'DEL' || k === 'OK' ? ' fn' : '') + (k === 'OK' ? ' done' : '') + (disabled ? ' disabled' : '') }, label);
        key.addEventListener('click', function (e) {
          e.stopPropagation();
          if (disabled) return;
          self.press(k);
        });
        row.appendChild(key);
      });
      self.body.appendChild(row);
    });
  };

  /* ---------- pages/index/index ---------- */
  var kbRef = null;
  uni.definePage('/pages/index/index', {
    title: '万象汇停车', theme: THEME,
    onUnload: function () { if (kbRef && kbRef.kb.parentNode) kbRef.kb.parentNode.removeChild(kbRef.kb); kbRef = null; },
    onLoad: function (body) {
      var kb = kbRef = new PlateKeyboard({ value: uni.getStorageSync('wxh_plate') || '' });
      kb.cursor = -1; kb.draw();
      function query() {
        var plate = kb.value();
        if (plate.length < 7) { uni.showToast({ title: '请输入完整车牌号', icon: 'none' }); return; }
        kb.close();
        uni.showLoading({ title: '查询中...' });
        uni.request({ url: '/api/parking/order', data: { plateNo: plate, parkCode: 'WXH-SZ-02' } }).then(function (res) {
          uni.hideLoading();
          if (res.data.code !== 0) { uni.showToast({ title: res.data.msg, icon: 'none' }); return; }
          uni.setStorageSync('wxh_plate', plate);
          uni.setStorageSync('wxh_order', res.data.data);
          uni.navigateTo({ url: '/pages/pay/index?orderId=' + res.data.data.orderId });
        }).catch(function () { uni.hideLoading(); uni.showToast({ title: '网络异常', icon: 'none' }); });
      }
      body.appendChild(h('uni-view', { 'class': 'top' }, [
        h('uni-view', { 'class': 'n' }, '万象汇停车场'),
        h('uni-view', { 'class': 's' }, '深圳市南山区 · 临停车辆自助缴费')
      ]));
      body.appendChild(h('uni-view', { 'class': 'box' }, [
        h('uni-view', { 'class': 'ttl' }, '请输入车牌号'),
        kb.row,
        button('查询', { type: 'primary', onTap: query })
      ]));
      body.appendChild(h('uni-view', { 'class': 'tips' }, [
        '收费标准：首小时5元，之后每小时3元，当日最高45元', h('br'),
        '商场消费满200元可凭小票到服务台减免2小时'
      ]));
      body.appendChild(kb.kb);
      body.addEventListener('click', function () { if (kb.kb.classList.contains('show')) kb.close(); });
    }
  });

  /* ---------- coupon QR popup ---------- */
  function showCouponQr() {
    var pop;
    function close() { if (pop && pop.parentNode) pop.parentNode.removeChild(pop); }
    var x = h('uni-view', { 'class': 'x' }, '\u00d7');
    x.addEventListener('click', close);
    var ok = h('uni-view', { 'class': 'ok' }, '我知道了');
    ok.addEventListener('click', close);
    var mask = h('uni-view', { 'class': 'uni-transition uni-mask' });
    mask.addEventListener('click', close);
    pop = h('uni-view', { 'class': 'uni-popup center' }, [mask, h('uni-view', { 'class': 'uni-popup__wrapper center' }, h('uni-view', { 'class': 'qr-pop' }, [
      x,
      h('uni-view', { 'class': 't' }, '关注「万象汇停车」领2元券'),
      h('uni-image', null, [h('div', { style: "background-image:url('static/img/mp-qrcode.png')" }), h('img', { src: 'static/img/mp-qrcode.png' })]),
      h('uni-view', { 'class': 's' }, ['长按识别二维码关注公众号', h('br'), '停车券将发放至「我的-卡券」，下次停车可用']),
      ok
    ]))]);
    document.body.appendChild(pop);
  }

  function wxPay(params, done) {
    function invoke() {
      WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (res) {
        done(res && res.err_msg === 'get_brand_wcpay_request:ok');
      });
    }
    if (typeof WeixinJSBridge === 'undefined') {
      document.addEventListener('WeixinJSBridgeReady', invoke, false);
    } else {
      invoke();
    }
  }

  /* ---------- pages/pay/index ---------- */
  uni.definePage('/pages/pay/index', {
    title: '停车缴费', theme: THEME,
    onLoad: function (body, q) {
      var o = uni.getStorageSync('wxh_order');
      if (!o || o.orderId !== q.orderId) { uni.redirectTo({ url: '/pages/index/index' }); return; }
      function cell(k, v) { return h('uni-view', { 'class': 'cell' }, [text(k), text(v, 'v')]); }
      body.appendChild(h('uni-view', { 'class': 'fee' }, [
        h('uni-view', { 'class': 'pl' }, o.plateNo),
        h('uni-view', { 'class': 'amt' }, [h('small', null, '\u00a5'), (o.payAmount / 100).toFixed(2)]),
        cell('停车场', o.parkName),
        cell('入场时间', o.entryTime),
        cell('停车时长', o.duration),
        cell('停车券', '暂无可用'),
        cell('订单号', o.orderId)
      ]));

      if (!uni.getStorageSync('wxh_coupon_closed')) {
        var x = h('uni-view', { 'class': 'x' }, '\u00d7');
        var bar = h('uni-view', { 'class': 'coupon-bar' }, [
          h('uni-view', { 'class': 'ic' }, '券'),
          h('uni-view', { 'class': 'tx' }, [h('uni-view', null, '关注公众号领2元停车券'), h('uni-view', { 'class': 'sub' }, '新粉专享 · 本次缴费后可用')]),
          h('uni-view', { 'class': 'go' }, '去领取'),
          x
        ]);
        bar.addEventListener('click', showCouponQr);
        x.addEventListener('click', function (e) {
          e.stopPropagation();
          uni.setStorageSync('wxh_coupon_closed', 1);
          bar.parentNode.removeChild(bar);
        });
        body.appendChild(bar);
      }

      var paying = false;
      var payBtn = button('立即缴费', { type: 'primary', onTap: function () {
        if (paying) return;
        paying = true;
        uni.showLoading({ title: '正在下单' });
        uni.request({ url: '/api/parking/prepay', method: 'POST', data: { orderId: o.orderId, payType: 'WX_JSAPI' } }).then(function (res) {
          uni.hideLoading();
          if (res.data.code !== 0) { paying = false; uni.showToast({ title: res.data.msg, icon: 'none' }); return; }
          wxPay(res.data.data.payParams, function (ok) {
            paying = false;
            if (!ok) { uni.showToast({ title: '支付未完成', icon: 'none' }); return; }
            uni.redirectTo({ url: '/pages/result/index?orderId=' + o.orderId });
          });
        }).catch(function () { paying = false; uni.hideLoading(); uni.showToast({ title: '网络异常', icon: 'none' }); });
      } });
      body.appendChild(h('uni-view', { 'class': 'pay-wrap' }, [payBtn, h('uni-view', { 'class': 'hint' }, '缴费成功后请在15分钟内离场')]));
    }
  });

  /* ---------- pages/result/index ---------- */
  uni.definePage('/pages/result/index', {
    title: '缴费结果', theme: THEME,
    onLoad: function (body, q) {
      var s = h('uni-view', { 'class': 's' }, '正在确认支付结果…');
      body.appendChild(h('uni-view', { 'class': 'done-page' }, [h('uni-view', { 'class': 'ok' }, '\u2713'), h('uni-view', { 'class': 't' }, '缴费成功'), s]));
      uni.request({ url: '/api/parking/status', data: { orderId: q.orderId || '' } }).then(function (res) {
        var d = res.data.data || {};
        s.textContent = '订单 ' + d.orderId + ' 已支付，请在' + (d.leaveMinutes || 15) + '分钟内驶离停车场';
      });
    }
  });

  uni.start('/pages/index/index');
})();
