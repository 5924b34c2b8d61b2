/* vendors: view helpers, vant-style Toast / Dialog, request */
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

  var zIndex = 2000;
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

  function vanButton(text, cls) {
    return h('button', { type: 'button', class: 'van-button ' + cls }, [
      h('div', { class: 'van-button__content' }, [h('span', { class: 'van-button__text', text: text })])
    ]);
  }

  /* Dialog: {title, message|content(node), cancelButtonText, confirmButtonText, beforeClose(action, done)} */
  function Dialog(opts) {
    var overlay = h('div', { class: 'van-overlay', style: 'z-index:' + (++zIndex) });
    var cancel = opts.showCancelButton === false ? null : vanButton(opts.cancelButtonText || '取消', 'van-button--default van-button--large van-dialog__cancel');
    var confirm = vanButton(opts.confirmButtonText || '确认', 'van-button--default van-button--large van-dialog__confirm' + (cancel ? ' van-hairline--left' : ''));
    var dialog = h('div', { role: 'dialog', 'aria-labelledby': opts.title || '', class: 'van-dialog', style: 'z-index:' + (++zIndex) }, [
      opts.title ? h('div', { class: 'van-dialog__header', text: opts.title }) : null,
      h('div', { class: 'van-dialog__content' }, [opts.content || h('div', { class: 'van-dialog__message', text: opts.message || '' })]),
      h('div', { class: 'van-hairline--top van-dialog__footer' }, [cancel, confirm])
    ]);
    var api = { el: dialog, open: true };
    function close() {
      if (!api.open) return;
      api.open = false;
      overlay.remove(); dialog.remove();
    }
    function setLoading(btn, on) {
      btn.classList.toggle('van-button--loading', on);
      var content = btn.querySelector('.van-button__content');
      var spin = content.querySelector('.van-button__loading');
      if (on && !spin) content.insertBefore(h('div', { class: 'van-loading van-button__loading' }), content.firstChild);
      if (!on && spin) spin.remove();
      content.querySelector('.van-button__text').style.display = on ? 'none' : '';
    }
    function act(action, btn) {
      if (btn.classList.contains('van-button--loading')) return;
      if (!opts.beforeClose) { close(); if (opts['on' + action]) opts['on' + action](); return; }
      setLoading(btn, true);
      opts.beforeClose(action, function (ok) {
        setLoading(btn, false);
        if (ok !== false) { close(); if (opts['on' + action]) opts['on' + action](); }
      });
    }
    if (cancel) cancel.addEventListener('click', function () { act('cancel', cancel); });
    confirm.addEventListener('click', function () { act('confirm', confirm); });
    document.body.appendChild(overlay);
    document.body.appendChild(dialog);
    api.close = close;
    return api;
  }

  function request(method, url, data) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url, true);
      xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (body) resolve(body); else reject(new Error('服务异常(' + xhr.status + ')'));
      };
      xhr.onerror = function () { reject(new Error('网络异常，请检查网络后重试')); };
      xhr.send(data ? JSON.stringify(data) : null);
    });
  }

  w.__vendor = { h: h, Toast: Toast, Dialog: Dialog, request: request, vanButton: vanButton };
})(window);
