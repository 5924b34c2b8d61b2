(function () {
  'use strict';
  var V = window.__vendor, h = V.h, Toast = V.Toast;
  var LOT = { id: 'P2-0755', name: '海岸城购物中心P2停车场', mp: '鹏程停车' };
  var app = document.getElementById('app');
  var state = { plate: localStorage.getItem('lastPlate') || '', bill: null, followed: false, dialog: null, paying: false };

  var PLATE_RE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$/;

  function mount(node) { app.innerHTML = ''; app.appendChild(node); window.scrollTo(0, 0); }

  function banner() {
    return h('div', { class: 'banner' }, [
      h('div', { class: 'banner__title', text: '停车缴费' }),
      h('div', { class: 'banner__lot', text: LOT.name })
    ]);
  }

  function renderHome() {
    document.title = '停车缴费';
    var input = h('input', { type: 'text', class: 'van-field__control plate-field', maxlength: '8', placeholder: '请输入车牌号，如粤B12345', autocomplete: 'off' });
    input.value = state.plate;
    input.addEventListener('input', function () { input.value = input.value.toUpperCase().replace(/\s/g, ''); state.plate = input.value; });
    var btn = V.vanButton('查询', 'van-button--info van-button--normal van-button--block van-button--round');
    btn.addEventListener('click', query);
    var hist = localStorage.getItem('lastPlate');
    mount(h('div', {}, [
      banner(),
      h('div', { class: 'panel' }, [
        h('div', { class: 'panel__label', text: '车牌号码' }),
        h('div', { class: 'van-cell van-field', style: 'padding:0' }, [h('div', { class: 'van-cell__value van-field__value' }, [input])]),
        hist ? h('div', { class: 'history' }, ['最近查询', h('span', { class: 'van-tag van-tag--plain', text: hist, onClick: function () { input.value = state.plate = hist; } })]) : null,
        btn
      ]),
      h('div', { class: 'van-notice-bar' }, ['请在缴费后15分钟内离场，超时将重新计费'])
    ]));
  }

  function query() {
    var plate = (state.plate || '').toUpperCase();
    if (!plate) { Toast('请输入车牌号'); return; }
    if (!PLATE_RE.test(plate)) { Toast('车牌号格式不正确'); return; }
    Toast.loading('查询中...');
    V.request('POST', '/api/park/query', { lotId: LOT.id, plateNo: plate }).then(function (res) {
      Toast.clear();
      if (res.code !== 200) { Toast(res.msg || '未查询到停车记录'); return; }
      localStorage.setItem('lastPlate', plate);
      state.bill = res.data;
      renderFee();
      setTimeout(openFollowDialog, 300);
    }).catch(function (e) { Toast.clear(); Toast(e.message); });
  }

  function row(title, value) {
    return h('div', { class: 'van-cell' }, [h('div', { class: 'van-cell__title', text: title }), h('div', { class: 'van-cell__value', text: value })]);
  }

  var payBtn = null;
  function syncPayButton() {
    if (!payBtn) return;
    payBtn.disabled = !state.followed;
    payBtn.classList.toggle('van-button--disabled', !state.followed);
  }

  function renderFee() {
    var b = state.bill;
    document.title = '缴费详情';
    payBtn = V.vanButton('立即支付', 'van-button--primary van-button--normal van-button--block van-button--round');
    payBtn.addEventListener('click', pay);
    syncPayButton();
    mount(h('div', {}, [
      banner(),
      h('div', { class: 'fee', style: 'margin-top:-32px' }, [
        h('div', { class: 'fee__amount' }, [
          h('div', { class: 'fee__amount-label', text: '应缴金额（元）' }),
          h('div', { class: 'fee__amount-value', text: (b.payAmount / 100).toFixed(2) })
        ]),
        h('div', { class: 'van-cell-group van-cell-group--inset' }, [
          row('车牌号', b.plateNo),
          row('入场时间', b.inTime),
          row('停车时长', b.duration),
          row('停车费用', '¥' + (b.totalAmount / 100).toFixed(2)),
          row('已优惠', '¥' + (b.discountAmount / 100).toFixed(2))
        ])
      ]),
      h('div', { class: 'pay-area' }, [
        payBtn,
        h('div', { class: 'pay-hint' }, ['关注「' + LOT.mp + '」公众号后即可缴费', h('a', { text: '去关注', onClick: openFollowDialog })])
      ])
    ]));
  }

  function followContent() {
    return h('div', { class: 'follow-box' }, [
      h('div', { class: 'van-dialog__message', style: 'padding:8px 0 4px', text: '请先关注「' + LOT.mp + '」公众号后缴费' }),
      h('img', { src: '/static/img/mp_qrcode.png', alt: LOT.mp + '公众号二维码' }),
      h('div', { class: 'follow-box__tip', text: '长按识别二维码关注公众号，关注后返回本页点击「我已关注」' })
    ]);
  }

  function openFollowDialog() {
    if (state.followed || (state.dialog && state.dialog.open)) return;
    state.dialog = V.Dialog({
      title: '温馨提示',
      content: followContent(),
      cancelButtonText: '取消',
      confirmButtonText: '我已关注',
      beforeClose: function (action, done) {
        if (action !== 'confirm') { done(); return; }
        V.request('GET', '/api/follow/check?lotId=' + LOT.id + '&orderId=' + encodeURIComponent(state.bill.orderId)).then(function (res) {
          if (res && res.subscribed) {
            state.followed = true;
            syncPayButton();
            done();
          } else {
            done(false);
            Toast('检测到您尚未关注「' + LOT.mp + '」公众号，请关注后再试');
          }
        }).catch(function (e) { done(false); Toast(e.message); });
      }
    });
  }

  function pay() {
    if (!state.followed) { openFollowDialog(); return; }
    if (state.paying) return;
    state.paying = true;
    Toast.loading('正在发起支付...');
    V.request('POST', '/api/park/pay', { orderId: state.bill.orderId, payType: 'WX_JSAPI' }).then(function (res) {
      Toast.clear();
      if (res.code !== 200) {
        state.paying = false;
        if (res.code === 4031) { state.followed = false; syncPayButton(); openFollowDialog(); }
        Toast(res.msg || '支付失败');
        return;
      }
      var params = res.data;
      var go = function () {
        window.WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (r) {
          state.paying = false;
          if (r.err_msg === 'get_brand_wcpay_request:ok') renderResult();
          else if (r.err_msg === 'get_brand_wcpay_request:cancel') Toast('已取消支付');
          else Toast('支付失败');
        });
      };
      if (typeof window.WeixinJSBridge === 'undefined') document.addEventListener('WeixinJSBridgeReady', go, false);
      else go();
    }).catch(function (e) { state.paying = false; Toast.clear(); Toast(e.message); });
  }

  function renderResult() {
    document.title = '缴费成功';
    mount(h('div', { class: 'result' }, [
      h('div', { class: 'result__icon', text: '✓' }),
      h('div', { style: 'font-size:18px', text: '缴费成功' }),
      h('div', { style: 'color:#969799;margin-top:10px', text: '请在15分钟内驶离停车场' })
    ]));
  }

  renderHome();
})();
