/* vendors: tiny view helpers + toast + request */
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
      else if (k === 'html') el.innerHTML = v;
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
      xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (body) resolve(body); else reject(new Error('网络异常(' + xhr.status + ')'));
      };
      xhr.onerror = function () { reject(new Error('网络异常，请稍后重试')); };
      xhr.send(data ? JSON.stringify(data) : null);
    });
  }

  /* Vant keys answer to touch; on desktop the touch emulator turns mouse clicks into the same press. */
  function bindPress(el, fn) {
    var touched = false;
    el.addEventListener('touchstart', function (e) { e.stopPropagation(); touched = true; el.classList.add('van-key--active'); }, { passive: true });
    el.addEventListener('touchmove', function () { touched = false; el.classList.remove('van-key--active'); }, { passive: true });
    el.addEventListener('touchend', function (e) {
      el.classList.remove('van-key--active');
      if (touched) { touched = false; e.preventDefault(); fn(e); }
    });
    el.addEventListener('touchcancel', function () { touched = false; el.classList.remove('van-key--active'); });
    el.addEventListener('click', function (e) { fn(e); });
  }

  w.__vendor = { h: h, Toast: Toast, request: request, bindPress: bindPress };
})(window);
