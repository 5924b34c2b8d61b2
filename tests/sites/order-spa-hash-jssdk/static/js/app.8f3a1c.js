/* 茶语时光 H5 点单 — bundled */
!function () {
  "use strict";
  var DRINKS = [
    { id: 1, nm: "茉莉奶绿", dsc: "茉莉绿茶 · 鲜奶", pr: 16 },
    { id: 2, nm: "杨枝甘露", dsc: "芒果 · 西柚 · 椰奶", pr: 21 },
    { id: 3, nm: "柠檬红茶", dsc: "手打香水柠檬", pr: 14 }
  ];
  var store = { cart: [], pickup: "dine-in", specFor: null };
  var root = document.getElementById("root");
  var h = function (s) { root.innerHTML = s; };

  function total() { return store.cart.reduce(function (s, c) { return s + c.pr; }, 0); }

  var pages = {
    "": function () {
      var html = '<div class="s-hd"><h1>茶语时光 · 大学路店</h1><p>现做现卖 · 约 6 分钟出杯</p></div><div class="s-list">';
      DRINKS.forEach(function (d) {
        html += '<div class="s-item"><div class="ph"></div><div class="bd"><div class="nm">' + d.nm + '</div><div class="dsc">' + d.dsc +
          '</div><div class="ft"><span class="pr">¥' + d.pr + '</span><button class="s-spec" data-id="' + d.id + '">选规格</button></div></div></div>';
      });
      html += '</div><div class="s-bar"><div class="tt' + (store.cart.length ? '' : ' empty') + '">' +
        (store.cart.length ? '¥' + total() + ' · ' + store.cart.length + ' 杯' : '未选购商品') + '</div>' +
        '<button data-go="#/confirm"' + (store.cart.length ? '' : ' disabled') + '>选好了</button></div>';
      if (store.specFor) html += specPopup(store.specFor);
      h(html);
    },
    confirm: function () {
      if (!store.cart.length) { location.replace("#/"); return; }
      var html = '<div class="s-page-hd"><a href="#/">‹</a>确认订单</div><div class="s-sec">';
      store.cart.forEach(function (c) { html += '<div class="s-row"><span>' + c.nm + '（' + c.spec + '）</span><span>¥' + c.pr + '</span></div>'; });
      html += '</div><div class="s-sec"><div class="s-row"><span>取餐方式</span></div><div class="s-seg">' +
        '<label><input type="radio" name="pickup" value="dine-in" checked><span>堂食</span></label>' +
        '<label><input type="radio" name="pickup" value="takeaway"><span>外带</span></label></div></div>' +
        '<div class="s-confirm"><div class="sum">实付 <b>¥' + total() + '</b></div><button id="pay">确认支付</button></div>';
      h(html);
    },
    done: function () { h('<div class="s-done"><h2>支付成功</h2><p>取茶号 <b>086</b>，请留意叫号屏</p></div>'); }
  };

  function specPopup(id) {
    var d = DRINKS.filter(function (x) { return x.id === id; })[0];
    return '<div class="s-pop-mask" data-close="1"></div><div class="s-pop"><span class="close" data-close="1">×</span><h3>' + d.nm + '</h3>' +
      '<div class="s-opt"><div class="lb">杯型</div><label><input type="radio" name="size" value="中杯" checked><span>中杯</span></label><label><input type="radio" name="size" value="大杯"><span>大杯 +¥3</span></label></div>' +
      '<div class="s-opt"><div class="lb">甜度</div><label><input type="radio" name="sugar" value="标准糖" checked><span>标准糖</span></label><label><input type="radio" name="sugar" value="少糖"><span>少糖</span></label><label><input type="radio" name="sugar" value="不另外加糖"><span>不另外加糖</span></label></div>' +
      '<button class="add" data-add="' + d.id + '">加入购物车</button></div>';
  }

  function route() { var name = (location.hash.replace(/^#\/?/, "").split("?")[0]); (pages[name] || pages[""])(); }

  root.addEventListener("click", function (e) {
    var t = e.target;
    if (t.classList.contains("s-spec")) { store.specFor = +t.dataset.id; route(); }
    else if (t.dataset.close) { store.specFor = null; route(); }
    else if (t.dataset.add) {
      var d = DRINKS.filter(function (x) { return x.id === +t.dataset.add; })[0];
      var size = root.querySelector('input[name=size]:checked').value, sugar = root.querySelector('input[name=sugar]:checked').value;
      store.cart.push({ id: d.id, nm: d.nm, spec: size + "/" + sugar, pr: d.pr + (size === "大杯" ? 3 : 0) });
      store.specFor = null; route();
    }
    else if (t.dataset.go) location.hash = t.dataset.go;
    else if (t.id === "pay") pay();
  });

  function pay() {
    store.pickup = root.querySelector("input[name=pickup]:checked").value;
    fetch("/api/tea/orders", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ items: store.cart.map(function (c) { return { id: c.id, spec: c.spec }; }), pickup: store.pickup }) })
      .then(function (r) { return r.json(); })
      .then(function (o) {
        wx.ready(function () {
          wx.chooseWXPay({ timestamp: o.pay.timeStamp, nonceStr: o.pay.nonceStr, package: o.pay.package, signType: o.pay.signType, paySign: o.pay.paySign,
            success: function () { location.hash = "#/done"; }, cancel: function () { alert("已取消支付"); } });
        });
      });
  }

  fetch("/api/wx/signature?url=" + encodeURIComponent(location.href.split("#")[0])).then(function (r) { return r.json(); }).then(function (c) {
    wx.config({ debug: false, appId: c.appId, timestamp: c.timestamp, nonceStr: c.nonceStr, signature: c.signature, jsApiList: ["chooseWXPay", "hideMenuItems"] });
  });
  window.addEventListener("hashchange", route);
  route();
}();
