/* uni-app H5 build: pages/index/index, pages/bill/bill, pages/login/login, pages/agreement/* */
(window.webpackJsonp = window.webpackJsonp || []).push([["index"], {}]);
(function () {
  "use strict";
  var app = document.getElementById("app");
  var APPID = "wx3e8a1c52d97b6f04";
  var TOKEN_KEY = "token";
  // router.beforeEach: pages anyone may open without a token
  var WHITE_LIST = ["pages/login/login", "pages/agreement/service", "pages/agreement/privacy"];

  function h(tag, attrs, kids, sid) {
    var el = document.createElement(tag);
    if (sid) el.setAttribute(sid, "");
    for (var k in attrs || {}) {
      if (k === "class") el.className = attrs[k];
      else if (k === "on") el.addEventListener("click", attrs[k]);
      else el.setAttribute(k, attrs[k]);
    }
    (kids || []).forEach(function (c) {
      if (c == null) return;
      if (typeof c === "string") { var t = document.createElement("uni-text"); if (sid) t.setAttribute(sid, ""); var s = document.createElement("span"); s.textContent = c; t.appendChild(s); el.appendChild(t); }
      else el.appendChild(c);
    });
    return el;
  }
  function V(sid) { return function (cls, kids, on) { return h("uni-view", { class: cls || "", on: on }, kids, sid); }; }
  function image(cls, src, sid) {
    var i = h("uni-image", { class: cls }, [], sid);
    var d = document.createElement("div"); d.style.backgroundImage = 'url("' + src + '")'; i.appendChild(d);
    var img = document.createElement("img"); img.src = src; img.setAttribute("draggable", "false"); i.appendChild(img);
    return i;
  }
  function mount(route, title, body, back) {
    app.innerHTML = "";
    var hd = back ? h("uni-view", { class: "uni-page-head-hd", on: back }, [h("uni-view", { class: "uni-page-head-btn" }, [h("i", { class: "uni-btn-icon" }, ["\u2039"])])]) : null;
    var head = h("uni-page-head", {}, [h("div", { class: "uni-page-head" }, [hd, h("div", { class: "uni-page-head-bd" }, [h("div", { class: "uni-page-head__title" }, [title])])])]);
    app.appendChild(h("uni-page", { "data-page": route }, [head, h("uni-page-wrapper", {}, [h("uni-page-body", {}, body)])]));
    document.title = title;
    window.scrollTo(0, 0);
  }
  function api(url, data) {
    return uni.request({ url: url, method: "POST", data: data || {}, header: { "X-Access-Token": uni.getStorageSync(TOKEN_KEY) || "" } })
      .then(function (res) {
        if (res.data && res.data.code === 401) {
          uni.removeStorageSync(TOKEN_KEY);
          uni.showToast({ title: res.data.msg || "请先登录", icon: "none" });
          uni.reLaunch({ url: "/pages/login/login" });
          return Promise.reject(res.data);
        }
        return res.data;
      });
  }

  /* ---------------- pages/login/login ---------------- */
  function Login(query) {
    var v = V("data-v-7a3c1f52");
    mount("pages/login/login", "登录", [
      v("login-wrap", [
        image("login-logo", "/static/img/logo.png", "data-v-7a3c1f52"),
        v("login-name", ["鹭岛停车"]),
        v("login-desc", ["会展中心 · 曾厝垵 · 五缘湾 停车场在线缴费"]),
        v("login-tip", ["为了给您提供停车缴费、电子发票等服务", h("br"), "请先授权登录"]),
        v("login-btn", ["授权登录"], function () {
          var back = location.origin + location.pathname;
          location.href = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=" + APPID +
            "&redirect_uri=" + encodeURIComponent(back) + "&response_type=code&scope=snsapi_userinfo&state=wxlogin#wechat_redirect";
        }),
        v("skip-btn", ["暂不登录"], function () { uni.reLaunch({ url: "/pages/index/index" }); }),
        v("protocol", ["登录即代表您已阅读并同意",
          h("uni-text", { class: "link", on: function () { uni.navigateTo({ url: "/pages/agreement/service" }); } }, ["《服务协议》"], "data-v-7a3c1f52"),
          "和",
          h("uni-text", { class: "link", on: function () { uni.navigateTo({ url: "/pages/agreement/privacy" }); } }, ["《隐私政策》"], "data-v-7a3c1f52")
        ])
      ])
    ]);
  }

  /* ---------------- pages/agreement/* ---------------- */
  var SERVICE = [
    ["一、服务内容", "鹭岛停车（以下简称“本平台”）由厦门鹭岛智慧停车运营有限公司提供，为用户提供停车场车位查询、停车费在线缴纳、电子发票开具等服务。"],
    ["二、账号", "用户通过微信授权登录本平台，本平台将获取您的微信昵称、头像及OpenID用于识别用户身份。"],
    ["三、缴费规则", "停车费用以停车场管理系统记录的入场时间为准计算。缴费成功后请于15分钟内驶离，超时将按收费标准补缴。"],
    ["四、用户义务", "用户不得利用本平台从事任何违法活动，不得恶意刷单或干扰平台正常运行。"],
    ["五、责任限制", "因网络、设备故障或不可抗力导致服务中断的，本平台不承担责任，但会及时修复。"],
    ["六、协议变更", "本平台有权根据业务需要修改本协议，修改后的协议将在平台公布后生效。"]
  ];
  var PRIVACY = [
    ["一、适用范围", "本政策适用于鹭岛停车H5页面及公众号内提供的全部服务。"],
    ["二、收集的信息", "车牌号码、停车记录、支付订单信息；经您授权的微信昵称、头像、OpenID。"],
    ["三、使用方式", "用于身份识别、计费、订单查询、开具发票和客户服务，不会用于与上述目的无关的用途。"],
    ["四、共享与披露", "未经您同意，我们不会与任何第三方共享您的个人信息，法律法规另有规定的除外。"],
    ["五、存储与保护", "信息存储于中国境内服务器，我们采用加密传输、访问控制等措施保护您的信息安全。"],
    ["六、联系我们", "如有疑问请致电 0592-5560 7781。"]
  ];
  function Article(route, title, sections) {
    var v = V("data-v-4e0b2c77");
    var kids = [h("h2", {}, [title], "data-v-4e0b2c77")];
    for (var r = 0; r < 2; r++) sections.forEach(function (s) {
      kids.push(h("h3", {}, [r ? s[0] + "（补充）" : s[0]], "data-v-4e0b2c77"));
      kids.push(h("p", {}, [s[1]], "data-v-4e0b2c77"));
    });
    mount(route, title, [v("article", kids)], function () { if (history.length > 1) uni.navigateBack(); else uni.redirectTo({ url: "/pages/login/login" }); });
  }

  /* ---------------- pages/index/index ---------------- */
  function Index() {
    var v = V("data-v-1d92e4b0");
    var input = h("input", { class: "uni-input-input", type: "text", maxlength: "8", autocomplete: "off" });
    var ph = h("div", { class: "uni-input-placeholder" }, ["请输入车牌号，如 闽D12345"]);
    input.addEventListener("input", function () { ph.style.display = input.value ? "none" : ""; });
    mount("pages/index/index", "停车缴费", [
      v("home-top", [v("t1", ["鹭岛停车"]), v("t2", ["会展中心P3停车场"])]),
      v("panel", [
        v("panel-title", ["车牌号码"]),
        h("uni-input", { class: "plate-input" }, [h("div", { class: "uni-input-wrapper" }, [ph, input])], "data-v-1d92e4b0"),
        v("main-btn", ["查询停车费"], function () {
          var p = input.value.trim().toUpperCase();
          if (p.length < 7) { uni.showToast({ title: "请输入正确的车牌号", icon: "none" }); return; }
          api("/api/park/bill/query", { plateNo: p, parkCode: "LD-P3" }).then(function (d) {
            if (d.code !== 200) { uni.showToast({ title: d.msg, icon: "none" }); return; }
            sessionStorage.setItem("bill", JSON.stringify(d.data));
            uni.navigateTo({ url: "/pages/bill/bill" });
          });
        })
      ])
    ]);
  }

  /* ---------------- pages/bill/bill ---------------- */
  function Bill() {
    var v = V("data-v-1d92e4b0");
    var b = JSON.parse(sessionStorage.getItem("bill") || "null");
    if (!b) { uni.redirectTo({ url: "/pages/index/index" }); return; }
    function row(k, val, cls) { return v("bill-row", [v("k", [k]), v(cls || "", [val])]); }
    mount("pages/bill/bill", "停车账单", [
      v("bill", [row("停车场", b.parkName), row("车牌号", b.plateNo), row("入场时间", b.inTime), row("停车时长", b.parkTime), row("应付金额", "¥" + b.payable, "amount")]),
      v("pay-btn", ["立即支付"], function () {
        api("/api/park/bill/pay", { billId: b.billId }).then(function (d) {
          if (d.code !== 200) { uni.showToast({ title: d.msg, icon: "none" }); return; }
          WeixinJSBridge.invoke("getBrandWCPayRequest", d.data, function (r) {
            uni.showToast({ title: r.err_msg === "get_brand_wcpay_request:ok" ? "支付成功" : "支付取消", icon: "none" });
          });
        });
      })
    ], function () { uni.navigateBack(); });
  }

  /* ---------------- router ---------------- */
  var PAGES = {
    "pages/index/index": Index, "pages/bill/bill": Bill, "pages/login/login": Login,
    "pages/agreement/service": function () { Article("pages/agreement/service", "服务协议", SERVICE); },
    "pages/agreement/privacy": function () { Article("pages/agreement/privacy", "隐私政策", PRIVACY); }
  };
  function parse(s) { var q = {}; (s || "").split("&").forEach(function (kv) { if (kv) { var p = kv.split("="); q[decodeURIComponent(p[0])] = decodeURIComponent(p[1] || ""); } }); return q; }
  function render() {
    var full = uni._current(), parts = full.split("?"), path = parts[0];
    if (!PAGES[path]) path = "pages/index/index";
    // beforeEach guard
    if (WHITE_LIST.indexOf(path) < 0 && !uni.getStorageSync(TOKEN_KEY)) {
      uni.redirectTo({ url: "/pages/login/login" });
      return;
    }
    PAGES[path](parse(parts[1]));
  }

  // back from WeChat OAuth: ?code=...&state=wxlogin (declined: ?state=wxlogin only)
  var search = parse(location.search.slice(1));
  function boot() { window.addEventListener("hashchange", render); render(); }
  if (search.state === "wxlogin") {
    history.replaceState(null, "", location.pathname + "#/pages/login/login");
    if (!search.code) {
      boot();
      uni.showToast({ title: "授权失败", icon: "none", duration: 2000 });
    } else {
      uni.request({ url: "/api/auth/wxLogin", method: "POST", data: { code: search.code } }).then(function (res) {
        if (res.data.code === 200) {
          uni.setStorageSync(TOKEN_KEY, res.data.data.token);
          history.replaceState(null, "", location.pathname + "#/pages/index/index");
          boot();
        } else { boot(); uni.showToast({ title: "授权失败", icon: "none" }); }
      });
    }
  } else boot();
})();
