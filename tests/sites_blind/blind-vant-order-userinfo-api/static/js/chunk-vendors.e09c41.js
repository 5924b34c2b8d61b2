/* vendors: view helpers, vant-style toast, axios-like request, hash router */
(function (w) {
  'use strict';
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    attrs = attrs || {};
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v == null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2).toLowerCase(), v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    [].concat(children || []).forEach(function (c) {
      if (c == null) return;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }

  var toastEl = null, toastTimer = null;
  function clearToast() {
    if (toastTimer) { clearTimeout(toastTimer); toastTimer = null; }
    if (toastEl && toastEl.parentNode) toastEl.parentNode.removeChild(toastEl);
    toastEl = null;
  }
  function Toast(opts) {
    if (typeof opts === 'string') opts = { message: opts };
    clearToast();
    var type = opts.type || 'text';
    toastEl = h('div', { class: 'van-toast van-toast--middle van-toast--' + type, role: 'alert' }, [
      type === 'loading' ? h('div', { class: 'van-loading van-loading--circular' }) : null,
      h('div', { class: 'van-toast__text', text: opts.message || '' })
    ]);
    document.body.appendChild(toastEl);
    var duration = opts.duration == null ? 2000 : opts.duration;
    if (duration > 0) toastTimer = setTimeout(clearToast, duration);
  }
  Toast.loading = function (m) { Toast({ type: 'loading', message: m || '加载中...', duration: 0 }); };
  Toast.clear = clearToast;

  function request(method, url, data) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (body) resolve(body); else reject(new Error('服务繁忙(' + xhr.status + ')'));
      };
      xhr.onerror = function () { reject(new Error('网络开小差了，请稍后再试')); };
      xhr.send(data ? JSON.stringify(data) : null);
    });
  }

  function Router(routes, view) {
    this.routes = routes; this.view = view;
    var self = this;
    w.addEventListener('hashchange', function () { self.render(); });
  }
  Router.prototype.current = function () { return (location.hash.replace(/^#/, '') || '/').split('?')[0]; };
  Router.prototype.push = function (path) { if (this.current() === path) this.render(); else location.hash = '#' + path; };
  Router.prototype.render = function () {
    var path = this.current();
    var make = this.routes[path] || this.routes['*'];
    this.view.innerHTML = '';
    this.view.appendChild(make());
    w.scrollTo(0, 0);
  };

  w.__vendor = { h: h, Toast: Toast, request: request, Router: Router };
})(window);
