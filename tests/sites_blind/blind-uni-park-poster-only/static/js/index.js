(function () {
  'use strict';
  var h = window.__h, text = window.__text, button = window.__button;
  var THEME = { bg: '#1d5fd6', fg: '#ffffff' };
  var PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'.split('');

  /* ---------- province popup ---------- */
  function pickProvince(current, cb) {
    var pop;
    function close() { if (pop && pop.parentNode) pop.parentNode.removeChild(pop); }
    var grid = h('uni-view', { 'class': 'prov-grid' }, PROVINCES.map(function (p) {
      var k = h('uni-view', { 'class': 'k' + (p === current ? ' on' : '') }, p);
      k.addEventListener('click', function () { close(); cb(p); });
      return k;
    }));
    var mask = h('uni-view', { 'class': 'uni-transition uni-mask' });
    mask.addEventListener('click', close);
    pop = h('uni-view', { 'class': 'uni-popup bottom' }, [
      mask,
      h('uni-view', { 'class': 'uni-transition' }, h('uni-view', { 'class': 'uni-popup__wrapper bottom' }, [
        h('uni-view', { 'class': 'popup-title' }, '选择车牌省份'), grid
      ]))
    ]);
    document.body.appendChild(pop);
  }

  function uniInput(props) {
    var ph = h('div', { 'class': 'uni-input-placeholder' }, props.placeholder || '');
    var input = h('input', { 'class': 'uni-input-input', type: 'text', maxlength: props.maxlength || '140', autocomplete: 'off' });
    function sync() { ph.style.display = input.value ? 'none' : ''; }
    input.addEventListener('input', function () {
      if (props.upper) {
        var v = input.value.toUpperCase().replace(/[^A-Z0-9]/g, '');
        if (v !== input.value) input.value = v;
      }
      sync();
    });
    var el = h('uni-input', { 'class': props['class'] || '' }, h('div', { 'class': 'uni-input-wrapper' }, [ph, input]));
    el.input = input;
    return el;
  }

  /* ---------- pages/index/index ---------- */
  uni.definePage('/pages/index/index', {
    title: '停车缴费', theme: THEME,
    onLoad: function (body) {
      var last = uni.getStorageSync('park_last_plate') || '';
      var prov = last ? last.charAt(0) : '粤';
      var provText = h('uni-text', null, h('span', null, prov));
      var provBtn = h('uni-view', { 'class': 'prov' }, [provText, h('uni-text', { 'class': 'arrow' }, h('span', null, '\u25bc'))]);
      provBtn.addEventListener('click', function () {
        pickProvince(prov, function (p) { prov = p; provText.firstChild.textContent = p; });
      });
      var num = uniInput({ placeholder: '请输入车牌号码', maxlength: '7', upper: true });

      function doQuery() {
        var plate = prov + num.input.value.trim().toUpperCase();
        if (!/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/.test(plate)) {
          uni.showToast({ title: '请输入正确的车牌号', icon: 'none' });
          return;
        }
        uni.showLoading({ title: '查询中' });
        uni.request({ url: '/api/park/query', data: { plateNo: plate, parkId: 'P4403051' } }).then(function (res) {
          uni.hideLoading();
          if (res.data.code !== 0) { uni.showToast({ title: res.data.msg, icon: 'none' }); return; }
          uni.setStorageSync('park_last_plate', plate);
          uni.navigateTo({ url: '/pages/fee/index?plateNo=' + encodeURIComponent(plate) });
        }).catch(function () { uni.hideLoading(); uni.showToast({ title: '网络开小差了', icon: 'none' }); });
      }

      body.appendChild(h('uni-view', { 'class': 'banner' }, [
        h('uni-view', { 'class': 't' }, '海岸城停车场'),
        h('uni-view', { 'class': 's' }, '无感通行 · 扫码缴费 · 出场更快捷')
      ]));
      body.appendChild(h('uni-view', { 'class': 'panel' }, [
        h('uni-view', { 'class': 'label' }, '输入车牌查询停车费'),
        h('uni-view', { 'class': 'plate-row' }, [provBtn, num]),
        h('uni-view', { 'class': 'hint' }, '支持新能源车牌，字母请输入大写'),
        button('查询', { type: 'primary', onTap: doQuery })
      ]));
      if (last) {
        var item = h('uni-view', { 'class': 'item' }, [text(last), text('查询', 'go')]);
        item.addEventListener('click', function () {
          prov = last.charAt(0); provText.firstChild.textContent = prov;
          num.input.value = last.slice(1); num.input.dispatchEvent(new Event('input'));
          doQuery();
        });
        body.appendChild(h('uni-view', { 'class': 'history' }, [h('uni-view', { style: 'padding:10px 0 0;color:#999;font-size:12px' }, '最近查询'), item]));
      }
      body.appendChild(h('uni-view', { 'class': 'notice' }, [
        '温馨提示：', h('br'),
        '1. 入场15分钟内免费，超过按每小时5元计费，每日封顶40元；', h('br'),
        '2. 缴费后请于15分钟内驶离，超时将重新计费。'
      ]));
    }
  });

  /* ---------- pages/fee/index ---------- */
  uni.definePage('/pages/fee/index', {
    title: '停车费用', theme: THEME,
    onLoad: function (body, q) {
      var wrap = h('uni-view');
      body.appendChild(wrap);
      uni.showLoading({ title: '加载中' });
      uni.request({ url: '/api/park/fee', data: { plateNo: q.plateNo || '' } }).then(function (res) {
        uni.hideLoading();
        var r = res.data;
        if (r.code !== 0) { uni.showToast({ title: r.msg, icon: 'none' }); return; }
        var f = r.data;
        function cell(k, v, cls) { return h('uni-view', { 'class': 'cell' }, [text(k), text(v, cls || 'v')]); }
        wrap.appendChild(h('uni-view', { 'class': 'fee-card' }, [
          h('uni-view', { 'class': 'plate' }, f.plateNo),
          cell('停车场', f.parkName),
          cell('入场时间', f.inTime),
          cell('停车时长', f.parkDuration),
          cell('停车费', '\u00a5' + f.totalFee),
          cell('优惠', '-\u00a5' + f.discountFee),
          cell('应缴金额', '\u00a5' + f.payFee, 'money')
        ]));
        var img = h('img', { src: 'static/img/pay-poster.png', draggable: 'false' });
        wrap.appendChild(h('uni-view', { 'class': 'poster' }, [
          h('uni-image', { mode: 'widthFix' }, [h('div', { style: "background-image:url('static/img/pay-poster.png');background-size:100% 100%;display:none" }), img]),
          h('uni-view', { 'class': 'tip' }, '长按识别二维码关注公众号，在公众号菜单「停车缴费」内完成支付')
        ]));
        var again = h('uni-view', null, '重新查询');
        again.addEventListener('click', function () { uni.navigateBack(); });
        var help = h('uni-view', null, '联系客服');
        help.addEventListener('click', function () { uni.showToast({ title: '客服电话 0755-8665 0001', icon: 'none', duration: 2500 }); });
        wrap.appendChild(h('uni-view', { 'class': 'foot-links' }, [again, help]));
      }).catch(function () { uni.hideLoading(); uni.showToast({ title: '网络开小差了', icon: 'none' }); });
    }
  });

  uni.start('/pages/index/index');
})();
