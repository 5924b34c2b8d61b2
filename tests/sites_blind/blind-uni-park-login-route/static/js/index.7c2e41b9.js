/* build: uni-app H5 (vue2) — chunk-vendors + app merged */
(function () {
  "use strict";
  var SID = "data-v-5d3b9a2e";
  var app = document.getElementById("app");
  var PROVINCES = "京沪粤苏浙津渝川鄂湘皖闽赣鲁豫冀晋辽吉黑陕甘青琼贵云桂蒙宁新藏".split("");
  var ROWS_ABC = ["1234567890", "QWERTYUP", "ASDFGHJKL", "ZXCVBNM"];
  var storage = window.localStorage;

  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    el.setAttribute(SID, "");
    for (var k in attrs || {}) {
      if (k === "class") el.className = attrs[k];
      else if (k === "text") el.appendChild(document.createTextNode(attrs[k]));
      else if (k === "on") el.addEventListener("click", attrs[k]);
      else el.setAttribute(k, attrs[k]);
    }
    (kids || []).forEach(function (c) { if (c) el.appendChild(typeof c === "string" ? txt(c) : c); });
    return el;
  }
  function txt(s) { var t = document.createElement("uni-text"); var sp = document.createElement("span"); sp.textContent = s; t.appendChild(sp); return t; }
  function view(cls, kids, on) { return h("uni-view", { class: cls || "", on: on }, kids); }

  var toastTimer;
  function showToast(msg) {
    var t = document.querySelector("uni-toast");
    if (!t) { t = document.createElement("uni-toast"); document.body.appendChild(t); }
    t.innerHTML = '<div class="uni-toast__content">' + msg + "</div>";
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { t.hidden = true; }, 1800);
  }

  function request(opt) {
    var headers = { "Content-Type": "application/json" };
    var token = storage.getItem("park_token");
    if (token) headers.Authorization = "Bearer " + token;
    return fetch(opt.url, { method: opt.method || "GET", headers: headers, body: opt.data ? JSON.stringify(opt.data) : undefined })
      .then(function (r) { return r.json(); });
  }

  function navigateTo(url) { location.hash = "#/" + url.replace(/^\//, ""); }
  function navigateBack(fallback) { if (history.length > 1 && sessionStorage.getItem("__nav")) history.back(); else navigateTo(fallback); }

  function page(route, title, body, back) {
    app.innerHTML = "";
    var head = h("uni-page-head", {}, [
      view("uni-page-head", [
        back ? view("uni-page-head-hd", [view("uni-page-head-btn", [h("i", { class: "uni-btn-icon", text: "\u2039" })])], back) : null,
        view("uni-page-head-bd", [h("div", { class: "uni-page-head__title", text: title })])
      ])
    ]);
    var p = h("uni-page", { "data-page": route }, [head, h("uni-page-wrapper", {}, [h("uni-page-body", {}, body)])]);
    app.appendChild(p);
    document.title = title;
  }

  /* ---------- pages/index/index : 车牌输入 ---------- */
  var plate = ["", "", "", "", "", "", "", ""];
  var cursor = 0, kbMode = "prov", kbEl = null;
  function plateStr() { return plate.join(""); }

  function renderIndex() {
    var saved = storage.getItem("last_plate");
    if (saved && !plateStr()) saved.split("").forEach(function (c, i) { if (i < 8) plate[i] = c; });
    var boxes = [];
    plate.forEach(function (c, i) {
      if (i === 2) boxes.push(view("plate-dot", ["\u00b7"]));
      var cls = "plate-box" + (i === 0 ? " first" : "") + (i === 7 ? " ne" : "");
      var kids = c ? [c] : (i === 7 ? [view("ne-tip", ["+", h("br"), "新能源"])] : []);
      var box = view(cls, kids, function (e) { e.stopPropagation(); cursor = i; kbMode = i === 0 ? "prov" : "abc"; openKb(); });
      box.setAttribute("data-index", i);
      boxes.push(box);
    });
    page("pages/index/index", "停车缴费", [
      view("banner", [view("t1", ["城北智慧停车场"]), view("t2", ["输入车牌号，查询停车费用"])]),
      view("card", [view("card-title", ["请输入车牌号"]), view("plate-row", boxes)]),
      view("btn-primary", ["查询"], doQuery),
      view("tips", ["温馨提示：", h("br"), "1. 缴费成功后请在15分钟内离场，超时将继续计费；", h("br"), "2. 新能源车牌请点击最后一格输入。"])
    ]);
    buildKb();
    markActive();
  }
  function markActive() {
    var bs = document.querySelectorAll(".plate-box");
    for (var i = 0; i < bs.length; i++) bs[i].classList.toggle("active", kbEl && kbEl.classList.contains("show") && +bs[i].getAttribute("data-index") === cursor);
  }
  function buildKb() {
    kbEl = view("kb plate-keyboard", []);
    app.querySelector("uni-page-body").appendChild(kbEl);
    drawKb();
  }
  function drawKb() {
    kbEl.innerHTML = "";
    kbEl.appendChild(view("kb-top", [view("kb-done", ["完成"], function (e) { e.stopPropagation(); closeKb(); })]));
    var rows;
    if (kbMode === "prov") rows = [PROVINCES.slice(0, 10), PROVINCES.slice(10, 20), PROVINCES.slice(20, 31)];
    else rows = ROWS_ABC.map(function (r) { return r.split(""); });
    rows.forEach(function (r, ri) {
      var row = view("kb-row", []);
      if (ri === rows.length - 1) row.appendChild(view("kb-key fn", [kbMode === "prov" ? "ABC" : "省份"], function (e) { e.stopPropagation(); kbMode = kbMode === "prov" ? "abc" : "prov"; drawKb(); }));
      r.forEach(function (k) {
        var dis = kbMode === "abc" && cursor === 1 && /\d/.test(k);
        row.appendChild(view("kb-key" + (dis ? " dis" : ""), [k], function (e) { e.stopPropagation(); if (!dis) input(k); }));
      });
      if (ri === rows.length - 1) row.appendChild(view("kb-key fn", ["删除"], function (e) { e.stopPropagation(); del(); }));
      kbEl.appendChild(row);
    });
  }
  function openKb() { kbEl.classList.add("show"); drawKb(); markActive(); }
  function closeKb() { kbEl.classList.remove("show"); markActive(); }
  function refreshBoxes() {
    var bs = document.querySelectorAll(".plate-box");
    for (var i = 0; i < bs.length; i++) {
      var idx = +bs[i].getAttribute("data-index");
      bs[i].innerHTML = "";
      if (plate[idx]) bs[i].appendChild(txt(plate[idx]));
      else if (idx === 7) { var t = view("ne-tip", ["+", h("br"), "新能源"]); bs[i].appendChild(t); }
    }
    markActive();
  }
  function input(k) {
    plate[cursor] = k;
    if (cursor < 7) cursor++;
    if (cursor > 0 && kbMode === "prov") kbMode = "abc";
    drawKb(); refreshBoxes();
  }
  function del() {
    if (!plate[cursor] && cursor > 0) cursor--;
    plate[cursor] = "";
    if (cursor === 0) kbMode = "prov";
    drawKb(); refreshBoxes();
  }
  function doQuery() {
    closeKb();
    var p = plateStr();
    if (p.length < 7 || !plate[0] || plate.slice(0, 7).indexOf("") >= 0) { showToast("请输入完整的车牌号"); return; }
    storage.setItem("last_plate", p);
    request({ url: "/api/parking/fee", method: "POST", data: { plateNo: p, lotId: "CB0021" } }).then(function (res) {
      if (res.code !== 200) { showToast(res.msg || "查询失败"); return; }
      storage.setItem("fee_info", JSON.stringify(res.data));
      navigateTo("pages/fee/fee?plateNo=" + encodeURIComponent(p));
    });
  }

  /* ---------- pages/fee/fee ---------- */
  function renderFee() {
    var info = JSON.parse(storage.getItem("fee_info") || "null");
    if (!info) { navigateTo("pages/index/index"); return; }
    page("pages/fee/fee", "停车费用", [
      view("fee-head", [view("plate", [info.plateNo]), view("", [h("div", { style: "margin-top:10px;font-size:13px;opacity:.85", text: info.lotName })])]),
      view("fee-card", [
        line("车牌号码", info.plateNo), line("入场时间", info.inTime), line("停车时长", info.duration),
        line("已优惠", "¥0.00"), line("应付金额", "¥" + info.amount, "amount")
      ]),
      view("btn-primary green", ["立即缴费"], payNow),
      view("tips", ["如对计费有疑问，请联系停车场管理处：0571-8820 6613"])
    ], function () { navigateTo("pages/index/index"); });
  }
  function line(k, v, cls) { return view("fee-line", [view("k", [k]), view("v " + (cls || ""), [v])]); }
  var paying = false;
  function payNow() {
    if (paying) return;
    var info = JSON.parse(storage.getItem("fee_info") || "{}");
    paying = true;
    request({ url: "/api/order/create", method: "POST", data: { plateNo: info.plateNo, recordId: info.recordId, payType: "WXPAY_JSAPI" } }).then(function (res) {
      paying = false;
      if (res.code === 401) {
        storage.removeItem("park_token");
        storage.setItem("login_redirect", "pages/fee/fee?plateNo=" + encodeURIComponent(info.plateNo));
        navigateTo("pages/login/login");
        return;
      }
      if (res.code !== 200) { showToast(res.msg || "下单失败"); return; }
      invokePay(res.data.payParams);
    }).catch(function () { paying = false; showToast("网络异常，请稍后重试"); });
  }
  function invokePay(params) {
    function go() {
      WeixinJSBridge.invoke("getBrandWCPayRequest", params, function (r) {
        if (r.err_msg === "get_brand_wcpay_request:ok") showToast("支付成功");
        else showToast("支付已取消");
      });
    }
    if (typeof WeixinJSBridge === "undefined") document.addEventListener("WeixinJSBridgeReady", go, false); else go();
  }

  /* ---------- pages/login/login ---------- */
  var agreed = false, countdown = 0, cdTimer;
  function renderLogin(query) {
    var phoneIn = h("input", { class: "uni-input-input", type: "tel", maxlength: "11", autocomplete: "off" });
    var codeIn = h("input", { class: "uni-input-input", type: "number", maxlength: "6", autocomplete: "off" });
    function inp(el, ph) {
      var phEl = h("div", { class: "uni-input-placeholder", text: ph });
      el.addEventListener("input", function () { phEl.style.display = el.value ? "none" : ""; });
      return h("uni-input", {}, [h("div", { class: "uni-input-wrapper" }, [phEl, el])]);
    }
    var codeBtn = view("code-btn", ["获取验证码"], function () {
      if (countdown > 0) return;
      if (!/^1\d{10}$/.test(phoneIn.value)) { showToast("请输入正确的手机号"); return; }
      if (!agreed) { showToast("请先阅读并同意用户协议和隐私政策"); return; }
      request({ url: "/api/sms/send", method: "POST", data: { mobile: phoneIn.value, scene: "login" } }).then(function (res) {
        if (res.code !== 200) { showToast(res.msg); return; }
        showToast("验证码已发送");
        countdown = 60; codeBtn.classList.add("dis");
        cdTimer = setInterval(function () {
          countdown--; codeBtn.firstChild.firstChild.textContent = countdown > 0 ? countdown + "s后重新获取" : "获取验证码";
          if (countdown <= 0) { clearInterval(cdTimer); codeBtn.classList.remove("dis"); }
        }, 1000);
      });
    });
    var box = h("i", { class: "uni-checkbox-input" + (agreed ? " checked" : "") });
    var check = h("uni-checkbox", {}, [view("uni-checkbox-wrapper", [box])]);
    check.addEventListener("click", function () { agreed = !agreed; box.classList.toggle("checked", agreed); box.textContent = agreed ? "\u2713" : ""; });
    page("pages/login/login", "登录", [
      view("login-logo", ["P"]),
      view("login-name", ["城北智慧停车"]),
      view("login-sub", ["登录后即可在线缴纳停车费"]),
      view("btn-primary green", ["微信一键登录"], function () {
        if (!agreed) { showToast("请先阅读并同意用户协议和隐私政策"); return; }
        var redirect = location.origin + "/api/wx/oauth/callback";
        location.href = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx7b1f3c9e2a6d4058&redirect_uri=" +
          encodeURIComponent(redirect) + "&response_type=code&scope=snsapi_userinfo&state=park_login#wechat_redirect";
      }),
      view("or", ["—— 或使用手机号登录 ——"]),
      view("login-form", [
        view("field", [inp(phoneIn, "请输入手机号")]),
        view("field", [inp(codeIn, "请输入验证码"), codeBtn])
      ]),
      view("btn-primary", ["手机号快捷登录"], function () {
        if (!/^1\d{10}$/.test(phoneIn.value)) { showToast("请输入正确的手机号"); return; }
        if (!/^\d{6}$/.test(codeIn.value)) { showToast("请输入6位验证码"); return; }
        if (!agreed) { showToast("请先阅读并同意用户协议和隐私政策"); return; }
        request({ url: "/api/login/sms", method: "POST", data: { mobile: phoneIn.value, code: codeIn.value } }).then(function (res) {
          if (res.code !== 200) { showToast(res.msg || "登录失败"); return; }
          storage.setItem("park_token", res.data.token);
          navigateTo(storage.getItem("login_redirect") || "pages/index/index");
        });
      }),
      h("uni-label", { class: "agree" }, [check, view("", ["我已阅读并同意",
        h("uni-text", { class: "link", on: function (e) { e.stopPropagation(); navigateTo("pages/agreement/user"); } }, [h("span", { text: "《用户协议》" })]),
        h("uni-text", { class: "link", on: function (e) { e.stopPropagation(); navigateTo("pages/agreement/privacy"); } }, [h("span", { text: "《隐私政策》" })])
      ])])
    ], function () { navigateTo(storage.getItem("login_redirect") || "pages/index/index"); });
    if (query.err) setTimeout(function () { showToast(query.err === "auth_deny" ? "您已取消授权" : "登录失败，请重试"); }, 50);
  }

  /* ---------- agreement pages ---------- */
  var USER = ["一、协议的范围", "本协议是您与杭州城北智慧停车管理有限公司（以下简称“我们”）之间关于使用“城北智慧停车”服务所订立的协议。",
    "二、账号注册与使用", "您可通过微信授权或手机号验证码方式登录。您应妥善保管账号信息，因您保管不善造成的损失由您自行承担。",
    "三、停车缴费服务", "我们根据停车场管理方提供的入场记录计算停车费用，缴费成功后请在规定时间内离场。超出免费离场时间的，将按停车场收费标准继续计费。",
    "四、退款", "如因系统故障导致重复缴费，您可联系客服申请退款，款项将在7个工作日内原路退回。",
    "五、免责条款", "因不可抗力、网络故障等原因导致服务中断的，我们不承担责任，但将尽力减少对您的影响。",
    "六、其他", "本协议的解释、效力及纠纷解决，适用中华人民共和国法律。"];
  var PRIV = ["一、我们收集的信息", "为向您提供停车缴费服务，我们会收集您的车牌号码、入场及离场时间、支付记录；如您选择微信登录，我们会获取您的微信昵称、头像及OpenID；如您选择手机号登录，我们会收集您的手机号码。",
    "二、信息的使用", "我们使用上述信息用于计算停车费用、生成订单、开具电子发票及向您推送缴费结果通知。",
    "三、信息的共享", "除法律法规规定或经您同意外，我们不会向第三方共享您的个人信息。",
    "四、信息的存储", "您的个人信息存储于中华人民共和国境内，保存期限为实现处理目的所必需的最短时间。",
    "五、您的权利", "您可以通过客服电话申请查询、更正或删除您的个人信息，或注销账号。",
    "六、联系我们", "客服电话：0571-8820 6613（工作日 9:00-18:00）。"];
  function renderArticle(route, title, lines) {
    var kids = [];
    lines.forEach(function (l, i) { kids.push(i % 2 === 0 ? h("h3", { text: l }) : h("p", { text: l })); });
    for (var r = 0; r < 3; r++) kids.push(h("p", { text: "（续）" + lines[1] + lines[3] }));
    page(route, title, [view("article", [h("h2", { style: "font-size:17px;text-align:center", text: title })].concat(kids))],
      function () { navigateTo("pages/login/login"); });
  }

  /* ---------- router ---------- */
  function parseQuery(s) { var q = {}; (s || "").split("&").forEach(function (kv) { if (!kv) return; var p = kv.split("="); q[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || ""); }); return q; }
  function route() {
    var hash = location.hash.replace(/^#\/?/, "") || "pages/index/index";
    var parts = hash.split("?"), path = parts[0], query = parseQuery(parts[1]);
    sessionStorage.setItem("__nav", "1");
    window.scrollTo(0, 0);
    if (path === "pages/fee/fee") renderFee();
    else if (path === "pages/login/login") renderLogin(query);
    else if (path === "pages/agreement/user") renderArticle(path, "用户协议", USER);
    else if (path === "pages/agreement/privacy") renderArticle(path, "隐私政策", PRIV);
    else renderIndex();
  }
  var tk = /[?&]token=([0-9a-f]+)/.exec(location.search);
  if (tk) {
    storage.setItem("park_token", tk[1]);
    history.replaceState(null, "", location.pathname + "#/" + (storage.getItem("login_redirect") || "pages/index/index"));
  }
  window.addEventListener("hashchange", route);
  document.addEventListener("click", function (e) { if (kbEl && kbEl.classList.contains("show") && !kbEl.contains(e.target)) closeKb(); });
  route();
})();
