/* uni-app H5 build: pages/index/index, pages/order/confirm, pages/order/result */
(function () {
  "use strict";
  var SID = "data-v-1c8e6f3a";
  var app = document.getElementById("app");
  var TABLE = "A12";
  var GOODS = [
    { id: 101, name: "红烧牛肉面", sub: "慢炖牛腩 · 手工拉面", img: "beef", price: 22, sku: true,
      specs: [{ name: "规格", opts: [{ v: "大份", p: 4 }, { v: "中份", p: 0 }, { v: "小份", p: -3, soldout: true }] },
              { name: "口味", opts: [{ v: "微辣" }, { v: "不辣" }] }] },
    { id: 102, name: "番茄鸡蛋盖饭", sub: "现炒 · 米饭可续", img: "tomato", price: 16, sku: true,
      specs: [{ name: "规格", opts: [{ v: "大份", p: 3, soldout: true }, { v: "中份", p: 0 }, { v: "小份", p: -2 }] },
              { name: "口味", opts: [{ v: "微辣" }, { v: "不辣" }] }] },
    { id: 103, name: "卤蛋", sub: "秘制卤汁 · 每份1个", img: "egg", price: 2, sku: false }
  ];
  var cart = JSON.parse(sessionStorage.getItem("shop_cart") || "[]");
  function saveCart() { sessionStorage.setItem("shop_cart", JSON.stringify(cart)); }
  function total() { return cart.reduce(function (s, c) { return s + c.price * c.qty; }, 0); }
  function count() { return cart.reduce(function (s, c) { return s + c.qty; }, 0); }

  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    el.setAttribute(SID, "");
    for (var k in attrs || {}) {
      if (k === "class") el.className = attrs[k];
      else if (k === "on") el.addEventListener("click", attrs[k]);
      else el.setAttribute(k, attrs[k]);
    }
    (kids || []).forEach(function (c) { if (c != null) el.appendChild(typeof c === "string" ? txt(c) : c); });
    return el;
  }
  function txt(s) { var t = document.createElement("uni-text"); var sp = document.createElement("span"); sp.textContent = s; t.appendChild(sp); return t; }
  function view(cls, kids, on) { return h("uni-view", { class: cls || "", on: on }, kids); }
  function image(cls, name) { var i = h("uni-image", { class: cls }); var d = document.createElement("div"); d.style.backgroundImage = 'url("/static/img/' + name + '.png")'; i.appendChild(d); return i; }
  function money(n) { return n.toFixed(2); }
  var tt;
  function toast(msg) {
    var t = document.querySelector("uni-toast");
    if (!t) { t = document.createElement("uni-toast"); document.body.appendChild(t); }
    t.textContent = msg; t.hidden = false; clearTimeout(tt); tt = setTimeout(function () { t.hidden = true; }, 1500);
  }
  function page(route, title, body, back) {
    app.innerHTML = "";
    var head = h("uni-page-head", {}, [view("uni-page-head", [
      back ? view("uni-page-head-hd", ["\u2039"], back) : null,
      view("uni-page-head-bd", [h("div", { class: "uni-page-head__title" }, [title])])])]);
    app.appendChild(h("uni-page", { "data-page": route }, [head, h("uni-page-wrapper", {}, [h("uni-page-body", {}, body)])]));
    document.title = title;
  }

  /* ---------- pages/index/index ---------- */
  function qtyOf(id) { return cart.filter(function (c) { return c.id === id; }).reduce(function (s, c) { return s + c.qty; }, 0); }
  function renderIndex() {
    var list = GOODS.map(function (g) {
      var q = qtyOf(g.id);
      var act = g.sku
        ? view("sku-btn", ["选规格", q ? view("badge", [String(q)]) : null], function () { openSku(g); })
        : view("add-btn", ["+", q ? view("badge", [String(q)]) : null], function () { addToCart(g, [], g.price); renderIndex(); });
      return view("goods", [image("goods-img", g.img), view("goods-info", [
        view("goods-name", [g.name]), view("goods-sub", [g.sub]),
        view("goods-foot", [view("price", [h("uni-text", { class: "unit" }, [h("span", {}, ["¥"])]), String(g.price)]), act])])]);
    });
    var n = count();
    page("pages/index/index", "一号食堂", [
      view("shop-head", [image("shop-logo", "logo"), view("", [view("shop-name", ["一号食堂 · 面饭档口"]), view("shop-desc", ["营业时间 10:30-20:30 · 扫码点餐"])]), view("table-tag", ["桌号 " + TABLE])]),
      view("sec-title", ["热销"]),
      view("goods-list", list),
      view("page-pad", []),
      view("cart-bar", [
        view("cart-icon" + (n ? " on" : ""), ["\ud83d\uded2", n ? view("cart-count", [String(n)]) : null]),
        view("cart-total" + (n ? "" : " empty"), [n ? "¥" + money(total()) : "未选购商品"]),
        view("checkout" + (n ? "" : " disabled"), ["去结算"], function () { if (!count()) return; location.hash = "#/pages/order/confirm?table=" + TABLE; })
      ])
    ]);
  }
  function addToCart(g, chosen, price) {
    var key = g.id + "|" + chosen.join("/");
    var line = cart.filter(function (c) { return c.key === key; })[0];
    if (line) line.qty++; else cart.push({ key: key, id: g.id, name: g.name, spec: chosen.join("/"), price: price, qty: 1 });
    saveCart();
  }

  /* ---------- uni-popup: 选规格 ---------- */
  function openSku(g) {
    var chosen = g.specs.map(function () { return null; });
    var pop = h("uni-popup", { class: "sku-popup" });
    var confirm, chosenEl, priceEl;
    function price() { return g.price + chosen.reduce(function (s, o) { return s + (o && o.p ? o.p : 0); }, 0); }
    function ready() { return chosen.every(function (c) { return c; }); }
    function refresh() {
      confirm.classList.toggle("disabled", !ready());
      chosenEl.firstChild.firstChild.textContent = ready() ? "已选：" + chosen.map(function (c) { return c.v; }).join("，") : "请选择 " + g.specs.filter(function (s, i) { return !chosen[i]; }).map(function (s) { return s.name; }).join(" ");
      priceEl.firstChild.firstChild.textContent = "¥" + price();
    }
    var groups = g.specs.map(function (s, gi) {
      var tags = s.opts.map(function (o) {
        var tag = view("spec-tag" + (o.soldout ? " soldout" : ""), [o.v + (o.soldout ? "（已售罄）" : "")], function () {
          if (o.soldout) return;
          chosen[gi] = o;
          var sibs = tag.parentNode.children;
          for (var i = 0; i < sibs.length; i++) sibs[i].classList.remove("active");
          tag.classList.add("active");
          refresh();
        });
        return tag;
      });
      return view("spec-group", [view("spec-title", [s.name]), view("spec-list", tags)]);
    });
    priceEl = view("price", ["¥" + g.price]);
    chosenEl = view("pop-chosen", [""]);
    confirm = view("pop-confirm disabled", ["加入购物车"], function () {
      if (!ready()) return;
      addToCart(g, chosen.map(function (c) { return c.v; }), price());
      close(); renderIndex();
    });
    function close() { pop.remove(); }
    pop.appendChild(view("uni-popup__mask", [], close));
    pop.appendChild(view("uni-popup__wrapper", [
      view("pop-head", [image("pop-img", g.img), view("", [view("goods-name", [g.name]), priceEl]), view("pop-close", ["×"], close)]),
      view("", groups),
      view("pop-foot", [chosenEl, confirm])
    ]));
    document.body.appendChild(pop);
    refresh();
  }

  /* ---------- pages/order/confirm ---------- */
  var submitting = false;
  function renderConfirm() {
    if (!cart.length) { location.replace("#/pages/index/index"); return; }
    var remark = h("textarea", { class: "cf-remark", placeholder: "口味、偏好等要求（选填）", maxlength: "50" });
    page("pages/order/confirm", "确认订单", [
      view("cf-card", [view("cf-row", [view("k", ["桌号"]), view("v", [TABLE])]), view("cf-row", [view("k", ["就餐方式"]), view("v", ["堂食"])])]),
      view("cf-card", cart.map(function (c) {
        return view("cf-item", [view("", [view("", [c.name]), c.spec ? view("spec", [c.spec]) : null]), view("", ["x" + c.qty + "  ¥" + money(c.price * c.qty)])]);
      }).concat([view("cf-row", [view("k", ["合计"]), view("price", ["¥" + money(total())])])])),
      view("cf-card", [view("spec-title", ["备注"]), remark]),
      view("page-pad", []),
      view("submit-bar", [view("sum", ["实付 ", h("uni-text", { class: "price" }, [h("span", {}, ["¥" + money(total())])])]), view("submit-btn", ["提交订单"], function () {
        if (submitting) return;
        submitting = true;
        fetch("/api/order", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ tableNo: TABLE, remark: remark.value, items: cart.map(function (c) { return { goodsId: c.id, spec: c.spec, qty: c.qty }; }) }) })
          .then(function (r) { return r.json(); }).then(function (res) {
            submitting = false;
            if (res.code !== 0) { toast(res.message || "下单失败"); return; }
            pay(res.data);
          }).catch(function () { submitting = false; toast("网络开小差了"); });
      })])
    ], function () { location.hash = "#/pages/index/index"; });
  }
  function pay(data) {
    function go() {
      WeixinJSBridge.invoke("getBrandWCPayRequest", data.payParams, function (res) {
        if (res.err_msg === "get_brand_wcpay_request:ok") { cart = []; saveCart(); location.hash = "#/pages/order/result?orderNo=" + data.orderNo; }
        else toast("支付未完成");
      });
    }
    if (typeof WeixinJSBridge === "undefined") document.addEventListener("WeixinJSBridgeReady", go, false); else go();
  }
  function renderResult() {
    page("pages/order/result", "支付结果", [view("result", [view("ok", ["\u2713"]), view("goods-name", ["支付成功"]), view("goods-sub", ["请留意叫号，餐品将送至 " + TABLE + " 桌"])])]);
  }

  function route() {
    var path = (location.hash.replace(/^#\/?/, "").split("?")[0]) || "pages/index/index";
    var old = document.querySelector("uni-popup"); if (old) old.remove();
    if (path === "pages/order/confirm") renderConfirm();
    else if (path === "pages/order/result") renderResult();
    else renderIndex();
  }
  window.addEventListener("hashchange", route);
  route();
})();
