/* jq.mini 0.9 — 停车项目内部精简版选择器/事件/ajax 封装 */
(function (win, doc) {
  var slice = Array.prototype.slice, readyList = [], isReady = false;

  function J(sel, ctx) { return new Init(sel, ctx); }

  function Init(sel, ctx) {
    var nodes = [];
    if (!sel) { nodes = []; }
    else if (typeof sel === 'function') { isReady ? sel(J) : readyList.push(sel); nodes = [doc]; }
    else if (sel instanceof Init) { return sel; }
    else if (typeof sel === 'string') {
      if (/^\s*</.test(sel)) { var box = doc.createElement('div'); box.innerHTML = sel.trim(); nodes = slice.call(box.children); }
      else { nodes = slice.call((ctx || doc).querySelectorAll(sel)); }
    }
    else if (sel.nodeType || sel === win) { nodes = [sel]; }
    else if (sel.length != null) { nodes = slice.call(sel); }
    for (var i = 0; i < nodes.length; i++) this[i] = nodes[i];
    this.length = nodes.length;
  }
  J.fn = Init.prototype;

  J.fn.each = function (fn) { for (var i = 0; i < this.length; i++) fn.call(this[i], i, this[i]); return this; };
  J.fn.eq = function (i) { return J(this[i < 0 ? this.length + i : i] ? [this[i < 0 ? this.length + i : i]] : []); };
  J.fn.find = function (s) { var out = []; this.each(function () { out = out.concat(slice.call(this.querySelectorAll(s))); }); return J(out); };
  J.fn.closest = function (s) { var out = []; this.each(function () { var n = this.closest(s); if (n && out.indexOf(n) < 0) out.push(n); }); return J(out); };
  J.fn.index = function () { var n = this[0]; return n ? slice.call(n.parentNode.children).indexOf(n) : -1; };
  J.fn.hasClass = function (c) { return !!this[0] && this[0].classList.contains(c); };
  J.fn.addClass = function (c) { return this.each(function () { this.classList.add.apply(this.classList, c.split(' ')); }); };
  J.fn.removeClass = function (c) { return this.each(function () { this.classList.remove.apply(this.classList, c.split(' ')); }); };
  J.fn.toggleClass = function (c, on) { return this.each(function () { this.classList.toggle(c, on); }); };
  J.fn.attr = function (k, v) { if (v === undefined) return this[0] ? this[0].getAttribute(k) : null; return this.each(function () { this.setAttribute(k, v); }); };
  J.fn.data = function (k) { return this.attr('data-' + k); };
  J.fn.text = function (t) { if (t === undefined) return this[0] ? this[0].textContent : ''; return this.each(function () { this.textContent = t; }); };
  J.fn.html = function (h) { if (h === undefined) return this[0] ? this[0].innerHTML : ''; return this.each(function () { this.innerHTML = h; }); };
  J.fn.val = function (v) { if (v === undefined) return this[0] ? this[0].value : ''; return this.each(function () { this.value = v; }); };
  J.fn.show = function () { return this.each(function () { this.style.display = this.getAttribute('data-display') || 'block'; }); };
  J.fn.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  J.fn.on = function (type, sel, fn) {
    if (typeof sel === 'function') { fn = sel; sel = null; }
    return this.each(function () {
      var host = this;
      host.addEventListener(type, function (e) {
        if (!sel) { if (fn.call(host, e) === false) e.preventDefault(); return; }
        var t = e.target && e.target.closest ? e.target.closest(sel) : null;
        if (!t && e.target && e.target.parentElement) t = e.target.parentElement.closest(sel);
        if (t && (host === doc || host.contains(t))) { if (fn.call(t, e) === false) e.preventDefault(); }
      });
    });
  };

  J.param = function (o) { var a = []; for (var k in o) if (o[k] != null) a.push(encodeURIComponent(k) + '=' + encodeURIComponent(o[k])); return a.join('&'); };
  J.ajax = function (opt) {
    var xhr = new XMLHttpRequest(), type = (opt.type || 'GET').toUpperCase(), url = opt.url, body = null;
    var q = opt.data ? (typeof opt.data === 'string' ? opt.data : J.param(opt.data)) : '';
    if (type === 'GET' && q) url += (url.indexOf('?') < 0 ? '?' : '&') + q; else body = q || null;
    xhr.open(type, url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (type !== 'GET') xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    xhr.onload = function () {
      var res = null;
      try { res = JSON.parse(xhr.responseText); } catch (e) { opt.error && opt.error(xhr); return; }
      if (xhr.status >= 200 && xhr.status < 300) opt.success && opt.success(res); else opt.error && opt.error(xhr);
    };
    xhr.onerror = function () { opt.error && opt.error(xhr); };
    xhr.send(body);
    return xhr;
  };
  J.getJSON = function (url, data, ok) { return J.ajax({ url: url, data: data, success: ok }); };
  J.post = function (url, data, ok) { return J.ajax({ url: url, type: 'POST', data: data, success: ok }); };
  J.query = function (k) { var m = new RegExp('[?&]' + k + '=([^&#]*)').exec(location.search); return m ? decodeURIComponent(m[1].replace(/\+/g, ' ')) : ''; };

  function fire() { if (isReady) return; isReady = true; readyList.forEach(function (f) { f(J); }); readyList = []; }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', fire); else setTimeout(fire, 0);
  win.jQuery = win.$ = J;
})(window, document);
