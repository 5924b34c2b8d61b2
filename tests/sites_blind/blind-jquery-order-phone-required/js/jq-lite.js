/* tiny jQuery-style helper used by the shop pages (selector, events, ajax) */
(function (window, document) {
  function Q(nodes) {
    this.length = nodes.length;
    for (var i = 0; i < nodes.length; i++) this[i] = nodes[i];
  }
  function $(sel) {
    if (typeof sel === 'function') {
      if (document.readyState !== 'loading') sel(); else document.addEventListener('DOMContentLoaded', sel);
      return;
    }
    if (sel instanceof Q) return sel;
    if (sel && (sel.nodeType || sel === window)) return new Q([sel]);
    if (typeof sel === 'string' && sel.trim().charAt(0) === '<') {
      var box = document.createElement('div');
      box.innerHTML = sel.trim();
      return new Q(box.children);
    }
    return new Q(sel ? document.querySelectorAll(sel) : []);
  }
  var fn = Q.prototype;
  fn.each = function (cb) { for (var i = 0; i < this.length; i++) cb.call(this[i], i, this[i]); return this; };
  fn.on = function (type, selector, handler) {
    if (typeof selector === 'function') { handler = selector; selector = null; }
    return this.each(function () {
      var root = this;
      root.addEventListener(type, function (e) {
        if (!selector) { if (handler.call(root, e) === false) { e.preventDefault(); e.stopPropagation(); } return; }
        var t = e.target.closest ? e.target.closest(selector) : null;
        if (t && (root === document || root === window || root.contains(t))) {
          if (handler.call(t, e) === false) { e.preventDefault(); e.stopPropagation(); }
        }
      });
    });
  };
  fn.find = function (sel) { var out = []; this.each(function () { out.push.apply(out, this.querySelectorAll(sel)); }); return new Q(out); };
  fn.closest = function (sel) { var out = []; this.each(function () { var c = this.closest(sel); if (c && out.indexOf(c) < 0) out.push(c); }); return new Q(out); };
  fn.html = function (h) { if (h === undefined) return this[0] ? this[0].innerHTML : ''; return this.each(function () { this.innerHTML = h; }); };
  fn.text = function (t) { if (t === undefined) return this[0] ? this[0].textContent : ''; return this.each(function () { this.textContent = t; }); };
  fn.val = function (v) { if (v === undefined) return this[0] ? this[0].value : ''; return this.each(function () { this.value = v; }); };
  fn.attr = function (k, v) { if (v === undefined) return this[0] ? this[0].getAttribute(k) : null; return this.each(function () { this.setAttribute(k, v); }); };
  fn.data = function (k) { return this[0] ? this[0].getAttribute('data-' + k) : null; };
  fn.prop = function (k, v) { if (v === undefined) return this[0] ? this[0][k] : undefined; return this.each(function () { this[k] = v; }); };
  fn.addClass = function (c) { return this.each(function () { this.classList.add(c); }); };
  fn.removeClass = function (c) { return this.each(function () { this.classList.remove(c); }); };
  fn.toggleClass = function (c, on) { return this.each(function () { this.classList.toggle(c, on); }); };
  fn.hasClass = function (c) { return !!this[0] && this[0].classList.contains(c); };
  fn.show = function () { return this.each(function () { this.style.display = ''; }); };
  fn.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  fn.append = function (x) { return this.each(function () { var p = this; $(x).each(function () { p.appendChild(this); }); }); };
  fn.remove = function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); };

  function encode(obj) {
    return Object.keys(obj).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(obj[k] == null ? '' : obj[k]); }).join('&');
  }
  $.param = encode;
  $.ajax = function (o) {
    var xhr = new XMLHttpRequest();
    var type = (o.type || 'GET').toUpperCase();
    var url = o.url, body = null;
    if (o.data && type === 'GET') url += (url.indexOf('?') < 0 ? '?' : '&') + encode(o.data);
    else if (o.data) body = typeof o.data === 'string' ? o.data : encode(o.data);
    xhr.open(type, url, true);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (body !== null) xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
    xhr.onload = function () {
      var d = xhr.responseText;
      if (o.dataType === 'json') { try { d = JSON.parse(d); } catch (e) { if (o.error) o.error(xhr, 'parsererror'); return; } }
      if (xhr.status >= 200 && xhr.status < 300) { if (o.success) o.success(d); }
      else if (o.error) o.error(xhr, 'error');
      if (o.complete) o.complete(xhr);
    };
    xhr.onerror = function () { if (o.error) o.error(xhr, 'error'); if (o.complete) o.complete(xhr); };
    xhr.send(body);
    return xhr;
  };
  $.getJSON = function (url, data, ok) { return $.ajax({ url: url, data: data, dataType: 'json', success: ok }); };
  window.$ = window.jQuery = $;
})(window, document);
