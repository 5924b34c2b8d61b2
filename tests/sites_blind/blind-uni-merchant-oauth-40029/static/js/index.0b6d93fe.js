/* uni-app H5: pages/pay/pay — needs the openid session set by /pay/callback before it can show the amount page */
(function () {
  "use strict";
  var mch = (/[?&]mch=(\d+)/.exec(location.search) || [])[1] || "1688";
  fetch("/api/pay/session?mch=" + mch, { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (res) {
      if (res.code === 401) { location.replace("/pay?mch=" + mch); return; }
      // unreachable without a WeChat-issued code: the backend never sets the session
      document.querySelector(".loading").textContent = res.msg || "加载失败";
    })
    .catch(function () { document.querySelector(".loading").textContent = "网络异常"; });
})();
