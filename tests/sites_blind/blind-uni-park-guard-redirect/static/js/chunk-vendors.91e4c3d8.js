/*! uni-h5 runtime (trimmed): showToast, request, router */
(window.webpackJsonp = window.webpackJsonp || []).push([["chunk-vendors"], {}]);
(function (g) {
  "use strict";
  var toastTimer = null;
  function showToast(opt) {
    var el = document.querySelector("uni-toast");
    if (!el) { el = document.createElement("uni-toast"); document.body.appendChild(el); }
    el.innerHTML = '<div class="uni-toast"><p class="uni-toast__content"></p></div>';
    el.querySelector("p").textContent = opt.title;
    el.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { el.hidden = true; }, opt.duration || 1500);
  }
  function getStorageSync(k) { var v = localStorage.getItem(k); try { return v == null ? "" : JSON.parse(v); } catch (e) { return v; } }
  function setStorageSync(k, v) { localStorage.setItem(k, JSON.stringify(v)); }
  function removeStorageSync(k) { localStorage.removeItem(k); }
  function request(opt) {
    var headers = { "Content-Type": "application/json;charset=UTF-8" };
    for (var k in opt.header || {}) headers[k] = opt.header[k];
    return fetch(opt.url, { method: opt.method || "GET", headers: headers, body: opt.data ? JSON.stringify(opt.data) : undefined })
      .then(function (r) { return r.json().then(function (d) { return { statusCode: r.status, data: d }; }); });
  }
  var hooks = [];
  function current() { return location.hash.replace(/^#\/?/, "") || "pages/index/index"; }
  g.uni = {
    showToast: showToast, getStorageSync: getStorageSync, setStorageSync: setStorageSync, removeStorageSync: removeStorageSync,
    request: request,
    navigateTo: function (o) { location.hash = "#/" + o.url.replace(/^\//, ""); },
    redirectTo: function (o) { location.replace("#/" + o.url.replace(/^\//, "")); },
    reLaunch: function (o) { location.replace("#/" + o.url.replace(/^\//, "")); },
    navigateBack: function () { history.back(); },
    addInterceptor: function (fn) { hooks.push(fn); },
    _hooks: hooks, _current: current
  };
})(window);
