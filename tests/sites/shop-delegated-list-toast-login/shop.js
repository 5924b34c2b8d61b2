// One listener per region, told apart by data attributes: the pattern of hand-written shop pages.
(function () {
  var GOODS = [
    { id: 1, name: "麒麟西瓜 单果约 4kg", price: "￥26.80" },
    { id: 2, name: "阳光玫瑰葡萄 500g", price: "￥19.90" },
    { id: 3, name: "海南贵妃芒 2.5kg", price: "￥32.00" },
    { id: 4, name: "丹东草莓 礼盒", price: "￥45.00" }
  ];
  var state = { goods: null, spec: "", num: 1, cart: [] };
  var $ = function (id) { return document.getElementById(id); };

  function toast(text) {
    var t = document.createElement("div");
    t.className = "toast"; t.textContent = text; document.body.appendChild(t);
    setTimeout(function () { t.remove(); }, 1200);
  }
  function show(view) {
    ["home", "goods", "cart"].forEach(function (v) { $(v).classList.toggle("on", v === view); });
    $("tabs").style.display = view === "goods" ? "none" : "flex";
    Array.prototype.forEach.call($("tabs").children, function (t) { t.classList.toggle("on", t.getAttribute("data-view") === view); });
  }
  function sheet(open) {
    $("mask").style.display = $("sheet").style.display = open ? "block" : "none";
  }
  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); });
  }
  function refused(res) { if (res.code !== 0) toast(res.msg || "网络繁忙"); }

  $("list").innerHTML = GOODS.map(function (g) {
    return '<div class="goods" data-id="' + g.id + '"><div class="pic"></div><div class="name">' + g.name +
      '</div><div class="price">' + g.price + '</div><div class="plus" data-add="' + g.id + '">+</div></div>';
  }).join("");

  $("list").addEventListener("click", function (e) {
    var add = e.target.closest("[data-add]");
    var card = e.target.closest(".goods");
    if (add) { state.cart.push(Number(add.getAttribute("data-add"))); toast("已加入购物车"); return; }
    if (!card) return;
    state.goods = GOODS[Number(card.getAttribute("data-id")) - 1];
    $("gName").textContent = state.goods.name; $("gPrice").textContent = state.goods.price;
    show("goods");
  });
  $("tabs").addEventListener("click", function (e) {
    var tab = e.target.closest("[data-view]");
    if (!tab) return;
    var view = tab.getAttribute("data-view");
    if (view === "mine") { toast("请先登录"); return; }
    if (view === "cart") $("cartBox").textContent = state.cart.length ? "已选 " + state.cart.length + " 件水果" : "购物车里还没有水果";
    show(view);
  });
  document.querySelector(".actions").addEventListener("click", function (e) {
    if (e.target.closest("[data-do=sheet]")) sheet(true);
  });
  $("mask").addEventListener("click", function () { sheet(false); });
  $("sheet").addEventListener("click", function (e) {
    var chip = e.target.closest("[data-spec]");
    var step = e.target.closest("[data-step]");
    if (chip) {
      state.spec = chip.getAttribute("data-spec");
      Array.prototype.forEach.call($("chips").children, function (c) { c.classList.toggle("active", c === chip); });
    } else if (step) {
      state.num = Math.max(1, Math.min(9, state.num + Number(step.getAttribute("data-step"))));
      $("num").textContent = String(state.num);
    } else if (e.target.closest("[data-do=buy]")) {
      if (!state.spec) { toast("请选择规格"); return; }
      post("/api/buy", { goods: state.goods.id, spec: state.spec, num: state.num }).then(refused);
    }
  });
  $("cart").addEventListener("click", function (e) {
    if (!e.target.closest("[data-do=settle]")) return;
    if (!state.cart.length) { toast("购物车是空的"); return; }
    post("/api/cart/settle", { items: state.cart }).then(refused);
  });
})();
