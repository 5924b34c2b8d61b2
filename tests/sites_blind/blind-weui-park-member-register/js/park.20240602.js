/* 宝龙停车 H5  v3.4.2 (20240602) */
(function () {
  var PLATE_RE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][A-Z0-9]{4,5}[A-Z0-9挂学警港澳]$/;
  var state = { orderId: '', member: false, paying: false };

  function $(id) { return document.getElementById(id); }
  function toast(msg, ms) {
    $('toast').querySelector('.weui-toast__content').textContent = msg;
    $('toast').style.display = 'block';
    clearTimeout(toast.t);
    toast.t = setTimeout(function () { $('toast').style.display = 'none'; }, ms || 2000);
  }
  function loading(on, text) {
    $('loadingToast').querySelector('.weui-toast__content').textContent = text || '加载中';
    $('loadingToast').style.display = on ? 'block' : 'none';
  }
  function request(method, url, data, done) {
    var xhr = new XMLHttpRequest(), body = null, q = [];
    for (var k in data) q.push(encodeURIComponent(k) + '=' + encodeURIComponent(data[k]));
    if (method === 'GET' && q.length) url += '?' + q.join('&'); else body = q.join('&');
    xhr.open(method, url, true);
    if (method !== 'GET') xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.onload = function () {
      var res;
      try { res = JSON.parse(xhr.responseText); } catch (e) { res = { errcode: -1, errmsg: '服务异常，请稍后重试' }; }
      done(res);
    };
    xhr.onerror = function () { done({ errcode: -2, errmsg: '网络异常，请检查网络' }); };
    xhr.send(body);
  }
  function yuan(fen) { return '¥' + (fen / 100).toFixed(2); }
  function bind(el, fn) { el.addEventListener('click', function (e) { e.preventDefault(); fn.call(el, e); }); }

  function openReg() {
    $('regDialog').style.display = 'block';
    setTimeout(function () { $('regName').focus(); }, 50);
  }
  function closeReg() { $('regDialog').style.display = 'none'; }

  bind($('btnQuery'), function () {
    var plate = $('plateNo').value.replace(/\s+/g, '').toUpperCase();
    $('plateNo').value = plate;
    if (!PLATE_RE.test(plate)) { toast('请输入正确的车牌号'); return; }
    loading(true, '查询中');
    request('GET', '/api/parking/fee', { lotId: 'BL0571023', plateNo: plate }, function (res) {
      loading(false);
      if (res.errcode !== 0) { toast(res.errmsg || '未查询到在场记录'); return; }
      var d = res.data;
      state.orderId = d.orderId;
      state.member = !!d.isMember;
      $('payFee').textContent = yuan(d.payFee);
      $('feePlate').textContent = d.plateNo;
      $('feeIn').textContent = d.inTime;
      $('feeDur').textContent = d.duration;
      $('feeBox').style.display = 'block';
      if (!state.member) setTimeout(openReg, 400);
    });
  });

  function pay() {
    if (!state.orderId || state.paying) return;
    state.paying = true;
    loading(true, '正在下单');
    request('POST', '/api/parking/pay', { orderId: state.orderId, payType: 'WXPAY_JSAPI' }, function (res) {
      loading(false);
      state.paying = false;
      if (res.errcode === 1001) { state.member = false; toast(res.errmsg); openReg(); return; }
      if (res.errcode !== 0) { toast(res.errmsg || '下单失败'); return; }
      invokePay(res.data);
    });
  }

  function invokePay(params) {
    function go() {
      WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (r) {
        if (r.err_msg === 'get_brand_wcpay_request:ok') {
          location.replace('/done.html?orderId=' + encodeURIComponent(state.orderId));
        } else if (r.err_msg === 'get_brand_wcpay_request:cancel') {
          toast('已取消支付');
        } else {
          toast('支付失败，请重试');
        }
      });
    }
    if (typeof WeixinJSBridge === 'undefined') {
      document.addEventListener('WeixinJSBridgeReady', go, false);
      toast('请在微信中打开');
    } else {
      go();
    }
  }

  bind($('btnPay'), pay);

  bind($('regClose'), closeReg);
  bind($('regDialog').querySelector('.weui-mask'), closeReg);

  bind($('regSubmit'), function () {
    var name = $('regName').value.trim(), mobile = $('regMobile').value.trim(), idNo = $('regIdNo').value.trim().toUpperCase();
    if (!name) { toast('请输入姓名'); return; }
    if (!/^1[3-9]\d{9}$/.test(mobile)) { toast('请输入正确的手机号'); return; }
    if (!/^\d{17}[\dX]$/.test(idNo)) { toast('请输入正确的身份证号'); return; }
    loading(true, '提交中');
    request('POST', '/api/member/register', { name: name, mobile: mobile, idCard: idNo, plateNo: $('feePlate').textContent }, function (res) {
      loading(false);
      if (res.errcode !== 0) { toast(res.errmsg || '注册失败'); return; }
      state.member = true;
      closeReg();
      toast('注册成功', 1000);
      setTimeout(pay, 600);
    });
  });

  bind($('lnkRule'), function () { toast('临时车 6 元/小时，首 30 分钟免费，当日封顶 48 元', 2600); });
})();
