/*
 * q.js — the shop's own little DOM helper (jQuery-style calls, only what these pages use).
 * $(selector|element|function), .on(type[, childSelector], fn), .show/.hide, .html/.text/.val,
 * .addClass/.removeClass/.hasClass, .attr/.data, .find/.closest, .each, $.getJSON, $.post, $.param.
 */
(function (win, doc) {
  function Q(nodes) {
    this.length = 0;
    for (var i = 0; i < nodes.length; i++) this[this.length++] = nodes[i];
  }

  function $(arg) {
    if (typeof arg === 'function') {
      if (doc.readyState !== 'loading') arg(); else doc.addEventListener('DOMContentLoaded', arg);
      return;
    }
    if (arg instanceof Q) return arg;
    if (typeof arg === 'string') {
      if (/^\s*</.test(arg)) {
        var box = doc.createElement('div');
        box.innerHTML = arg.trim();
        return new Q(box.childNodes);
      }
      return new Q(doc.querySelectorAll(arg));
    }
    if (arg && (arg.nodeType || arg === win)) return new Q([arg]);
    return new Q([]);
  }

  Q.prototype = {
    each: function (fn) {
      for (var i = 0; i < this.length; i++) fn.call(this[i], i, this[i]);
      return this;
    },
    on: function (type, child, fn) {
      if (typeof child === 'function') { fn = child; child = null; }
      return this.each(function () {
        var host = this;
        host.addEventListener(type, function (ev) {
          if (!child) { if (fn.call(host, ev) === false) ev.preventDefault(); return; }
          var t = ev.target;
          while (t && t !== host) {
            if (t.nodeType === 1 && t.matches(child)) {
              if (fn.call(t, ev) === false) ev.preventDefault();
              return;
            }
            t = t.parentNode;
          }
        });
      });
    },
    show: function () { return this.each(function () { this.style.display = this.getAttribute('data-display') || 'block'; }); },
    hide: function () { return this.each(function () { this.style.display = 'none'; }); },
    html: function (s) {
      if (s === undefined) return this[0] ? this[0].innerHTML : '';
      return this.each(function () { this.innerHTML = s; });
    },
    text: function (s) {
      if (s === undefined) return this[0] ? this[0].textContent : '';
      return this.each(function () { this.textContent = s; });
    },
    val: function (s) {
      if (s === undefined) return this[0] ? this[0].value : '';
      return this.each(function () { this.value = s; });
    },
    addClass: function (c) { return this.each(function () { this.classList.add(c); }); },
    removeClass: function (c) { return this.each(function () { this.classList.remove(c); }); },
    hasClass: function (c) { return !!this[0] && this[0].classList.contains(c); },
    attr: function (k, v) {
      if (v === undefined) return this[0] ? this[0].getAttribute(k) : null;
      return this.each(function () { this.setAttribute(k, v); });
    },
    data: function (k) { return this[0] ? this[0].getAttribute('data-' + k) : null; },
    find: function (sel) {
      var out = [];
      this.each(function () { out.push.apply(out, this.querySelectorAll(sel)); });
      return new Q(out);
    },
    closest: function (sel) {
      var out = [];
      this.each(function () { var c = this.closest(sel); if (c) out.push(c); });
      return new Q(out);
    },
    append: function (child) {
      var kids = child instanceof Q ? child : $(child);
      return this.each(function () {
        var host = this;
        kids.each(function () { host.appendChild(this); });
      });
    },
    remove: function () { return this.each(function () { if (this.parentNode) this.parentNode.removeChild(this); }); }
  };

  $.param = function (obj) {
    var parts = [];
    for (var k in obj) if (obj.hasOwnProperty(k)) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(obj[k]));
    return parts.join('&');
  };

  function send(method, url, data, ok, fail) {
    var x = new XMLHttpRequest();
    var body = null;
    if (method === 'GET' && data) url += (url.indexOf('?') < 0 ? '?' : '&') + $.param(data);
    x.open(method, url, true);
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (method === 'POST') {
      x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
      body = data ? $.param(data) : '';
    }
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      if (x.status >= 200 && x.status < 300) {
        var json;
        try { json = JSON.parse(x.responseText); } catch (e) { if (fail) fail(x); return; }
        if (ok) ok(json);
      } else if (fail) {
        fail(x);
      }
    };
    x.send(body);
  }

  $.getJSON = function (url, data, ok, fail) { send('GET', url, data, ok, fail); };
  $.post = function (url, data, ok, fail) { send('POST', url, data, ok, fail); };

  win.$ = win.Q$ = $;
})(window, document);
