/*! chunk-vendors — vue-runtime shim + vant components (subset) */
(function (global) {
  'use strict';
  var zIndex = 2000;
  var uid = 0;

  function cls(v) {
    if (!v) return '';
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(cls).filter(Boolean).join(' ');
    return Object.keys(v).filter(function (k) { return v[k]; }).join(' ');
  }

  // h(tag, props, children...) — props: class, style, on, domProps, and plain attributes
  function h(tag, props) {
    var el = document.createElement(tag);
    props = props || {};
    var scope = h.scope;
    if (scope) el.setAttribute(scope, '');
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') { var c = cls(v); if (c) el.className = c; }
      else if (k === 'style') { if (typeof v === 'string') el.style.cssText = v; else Object.assign(el.style, v); }
      else if (k === 'on') { Object.keys(v).forEach(function (ev) { el.addEventListener(ev, v[ev]); }); }
      else if (k === 'domProps') { Object.assign(el, v); }
      else if (k === 'html') { el.innerHTML = v; }
      else el.setAttribute(k, v === true ? '' : v);
    });
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    if (typeof child === 'string' || typeof child === 'number') el.appendChild(document.createTextNode(String(child)));
    else el.appendChild(child);
  }
  // withScope('data-v-xxxxxxxx', fn): every element made by h inside fn carries the scope attribute
  function withScope(scope, fn) {
    var prev = h.scope; h.scope = scope;
    try { return fn(); } finally { h.scope = prev; }
  }
  function svg(markup, vb) {
    var wrap = document.createElement('span');
    wrap.innerHTML = '<svg viewBox="' + (vb || '0 0 24 24') + '" aria-hidden="true">' + markup + '</svg>';
    return wrap.firstChild;
  }

  var ICONS = {
    'arrow-left': '<path d="M15 4l-8 8 8 8"/>',
    'arrow': '<path d="M9 4l8 8-8 8"/>',
    'cross': '<path d="M5 5l14 14M19 5L5 19"/>',
    'clear': '<circle cx="12" cy="12" r="10" fill="#c8c9cc" stroke="none"/><path d="M8.5 8.5l7 7M15.5 8.5l-7 7" stroke="#fff"/>',
    'shopping-cart-o': '<path d="M2 3h3l2.4 11.2a2 2 0 002 1.6h8.2a2 2 0 002-1.5L21 7H6"/><circle cx="9.5" cy="20" r="1.4"/><circle cx="17.5" cy="20" r="1.4"/>',
    'success': '<path d="M4 12.5l5 5L20 6.5"/>',
    'passed': '<circle cx="12" cy="12" r="10"/><path d="M7 12.5l3.5 3.5L17 9"/>',
    'warning-o': '<circle cx="12" cy="12" r="10"/><path d="M12 7v6M12 16.5v.5"/>',
    'fail': '<path d="M6 6l12 12M18 6L6 18"/>',
    'location-o': '<path d="M12 22s7-6.3 7-12a7 7 0 10-14 0c0 5.7 7 12 7 12z"/><circle cx="12" cy="10" r="2.5"/>',
    'clock-o': '<circle cx="12" cy="12" r="10"/><path d="M12 6.5V12l3.5 2.5"/>',
    'info-o': '<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7.5v.5"/>',
    'volume-o': '<path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 8.5a5 5 0 010 7"/>',
    'link-o': '<path d="M10 14a4 4 0 005.7 0l3-3a4 4 0 00-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 00-5.7 0l-3 3a4 4 0 005.7 5.7l1-1"/>',
    'search': '<circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/>',
    'bill-o': '<path d="M5 3h14v18l-3-2-2 2-2-2-2 2-2-2-3 2z"/><path d="M8.5 8h7M8.5 12h7"/>',
    'shop-o': '<path d="M3 9l2-5h14l2 5"/><path d="M3 9a3 3 0 006 0 3 3 0 006 0 3 3 0 006 0"/><path d="M5 12v8h14v-8"/>',
    'delete-o': '<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/>',
    'edit': '<path d="M4 20h4L19 9l-4-4L4 16z"/>',
    'phone-o': '<path d="M5 3h4l2 5-2.5 1.5a11 11 0 006 6L16 13l5 2v4a2 2 0 01-2 2A17 17 0 013 5a2 2 0 012-2z"/>',
    'replay': '<path d="M4 12a8 8 0 108-8H8"/><path d="M10 1L7 4l3 3"/>'
  };
  function Icon(name, extra) {
    var el = h('i', { class: ['van-icon', 'van-icon-' + name, extra && extra.class], style: extra && extra.style, on: extra && extra.on });
    if (ICONS[name]) el.appendChild(svg(ICONS[name]));
    return el;
  }

  function Loading(opts) {
    opts = opts || {};
    var el = h('div', { class: ['van-loading', 'van-loading--circular', opts.class] });
    var sp = h('span', { class: 'van-loading__spinner van-loading__spinner--circular', style: opts.size ? 'width:' + opts.size + ';height:' + opts.size : null });
    sp.appendChild(svg('<circle cx="50" cy="50" r="20" fill="none"></circle>', '25 25 50 50'));
    sp.firstChild.setAttribute('class', 'van-loading__circular');
    el.appendChild(sp);
    if (opts.text) el.appendChild(h('span', { class: 'van-loading__text' }, opts.text));
    return el;
  }

  function Button(o) {
    var type = o.type || 'default';
    var size = o.size || 'normal';
    var el = h('button', {
      type: o.nativeType || 'button',
      class: ['van-button', 'van-button--' + type, 'van-button--' + size, {
        'van-button--block': o.block, 'van-button--round': o.round, 'van-button--plain': o.plain,
        'van-button--disabled': o.disabled, 'van-button--loading': o.loading, 'van-button--square': o.square,
        'van-button--hairline': o.hairline, 'van-hairline--surround': o.hairline
      }, o.class],
      style: o.color ? 'color:#fff;background:' + o.color + ';border-color:' + o.color : o.style,
      disabled: o.disabled || o.loading
    });
    var content = h('div', { class: 'van-button__content' });
    if (o.loading) content.appendChild(Loading({ class: 'van-button__loading', size: '20px' }));
    if (o.icon) content.appendChild(Icon(o.icon, { class: 'van-button__icon' }));
    if (!o.loading || o.loadingText) content.appendChild(h('span', { class: 'van-button__text' }, o.loading ? o.loadingText : o.text));
    el.appendChild(content);
    if (o.onClick) el.addEventListener('click', function (e) { if (!o.disabled && !o.loading) o.onClick(e); });
    return el;
  }

  function Cell(o) {
    var el = h('div', {
      class: ['van-cell', { 'van-cell--clickable': o.isLink || o.clickable, 'van-cell--required': o.required, 'van-cell--center': o.center, 'van-cell--borderless': o.border === false, 'van-cell--large': o.large }, o.class],
      role: o.isLink ? 'button' : null, tabindex: o.isLink ? '0' : null
    });
    if (o.icon) el.appendChild(Icon(o.icon, { class: 'van-cell__left-icon' }));
    if (o.title !== undefined) {
      var t = h('div', { class: ['van-cell__title', o.titleClass], style: o.titleStyle }, typeof o.title === 'string' ? h('span', null, o.title) : o.title);
      if (o.label) t.appendChild(h('div', { class: 'van-cell__label' }, o.label));
      el.appendChild(t);
    }
    if (o.value !== undefined) el.appendChild(h('div', { class: ['van-cell__value', { 'van-cell__value--alone': o.title === undefined }, o.valueClass] }, typeof o.value === 'string' || typeof o.value === 'number' ? h('span', null, String(o.value)) : o.value));
    if (o.isLink) el.appendChild(Icon('arrow', { class: 'van-cell__right-icon' }));
    if (o.onClick) el.addEventListener('click', o.onClick);
    return el;
  }
  function CellGroup(o) {
    var wrap = [];
    if (o.title) wrap.push(h('div', { class: 'van-cell-group__title' }, o.title));
    wrap.push(h('div', { class: ['van-cell-group', { 'van-cell-group--inset': o.inset, 'van-hairline--top-bottom': !o.inset && o.border !== false }, o.class] }, o.children));
    return wrap.length === 1 ? wrap[0] : h('div', { class: o.wrapClass }, wrap);
  }

  function Field(o) {
    var id = 'van-field-' + (++uid) + '-input';
    var input = o.type === 'textarea'
      ? h('textarea', { id: id, class: 'van-field__control van-field__control--min-height', placeholder: o.placeholder, rows: o.rows || 2, maxlength: o.maxlength, name: o.name })
      : h('input', { type: o.type || 'text', id: id, class: 'van-field__control', placeholder: o.placeholder, maxlength: o.maxlength, name: o.name, readonly: o.readonly, inputmode: o.inputmode, autocomplete: o.autocomplete });
    if (o.value) input.value = o.value;
    var err = h('div', { class: 'van-field__error-message', style: 'display:none' });
    var body = h('div', { class: 'van-field__body' }, input, o.button ? h('div', { class: 'van-field__button' }, o.button) : null);
    var el = h('div', { class: ['van-cell', 'van-field', { 'van-cell--required': o.required, 'van-cell--center': o.center }, o.class] },
      o.label ? h('div', { class: 'van-cell__title van-field__label' }, h('label', { for: id }, o.label)) : null,
      h('div', { class: 'van-cell__value van-field__value' }, body, err,
        o.showWordLimit && o.maxlength ? h('div', { class: 'van-field__word-limit' }, h('span', { class: 'van-field__word-num' }, '0'), '/' + o.maxlength) : null));
    input.addEventListener('input', function () {
      if (o.showWordLimit) el.querySelector('.van-field__word-num').textContent = input.value.length;
      setError('');
      if (o.onInput) o.onInput(input.value);
    });
    function setError(msg) {
      err.textContent = msg || '';
      err.style.display = msg ? '' : 'none';
      el.classList.toggle('van-field--error', !!msg);
    }
    return { el: el, input: input, setError: setError, get value() { return input.value; } };
  }

  function NavBar(o) {
    var left = h('div', { class: 'van-nav-bar__left' });
    if (o.leftArrow) left.appendChild(Icon('arrow-left', { class: 'van-nav-bar__arrow' }));
    if (o.leftText) left.appendChild(h('span', { class: 'van-nav-bar__text' }, o.leftText));
    if (o.onClickLeft) left.addEventListener('click', o.onClickLeft);
    var content = h('div', { class: 'van-nav-bar__content' },
      o.leftArrow || o.leftText ? left : null,
      h('div', { class: 'van-nav-bar__title van-ellipsis' }, o.title),
      o.right ? h('div', { class: 'van-nav-bar__right' }, typeof o.right === 'string' ? h('span', { class: 'van-nav-bar__text' }, o.right) : o.right) : null);
    if (o.right && o.onClickRight) content.lastChild.addEventListener('click', o.onClickRight);
    return h('div', { class: ['van-nav-bar', 'van-hairline--bottom', { 'van-nav-bar--fixed': o.fixed }, o.class], style: o.style }, content);
  }

  // Stepper: showMinus/showInput may be functions of the value (v-show in templates)
  function Stepper(o) {
    var value = o.value || 0;
    var min = o.min === undefined ? 1 : o.min;
    var max = o.max === undefined ? Infinity : o.max;
    var minus = h('button', { type: 'button', class: 'van-stepper__minus' });
    var plus = h('button', { type: 'button', class: 'van-stepper__plus' });
    var input = h('input', { type: 'tel', role: 'spinbutton', inputmode: 'numeric', class: 'van-stepper__input', readonly: o.disableInput });
    var el = h('div', { class: ['van-stepper', { 'van-stepper--round': o.theme === 'round' }, o.class] }, minus, input, plus);
    function show(which, v) { var s = o[which]; return typeof s === 'function' ? s(v) : s !== false; }
    function sync() {
      input.value = value;
      input.setAttribute('aria-valuenow', value);
      minus.classList.toggle('van-stepper__minus--disabled', value <= min);
      plus.classList.toggle('van-stepper__plus--disabled', value >= max);
      minus.style.display = show('showMinus', value) ? '' : 'none';
      input.style.display = show('showInput', value) ? '' : 'none';
    }
    function set(v, how) {
      v = Math.max(min, Math.min(max, v));
      if (v === value) { if (how === 'plus' && o.onOverlimit) o.onOverlimit('plus'); return; }
      value = v; sync();
      if (o.onChange) o.onChange(value, how);
    }
    minus.addEventListener('click', function (e) { e.stopPropagation(); if (value > min) set(value - (o.step || 1), 'minus'); });
    plus.addEventListener('click', function (e) { e.stopPropagation(); if (value < max) set(value + (o.step || 1), 'plus'); else if (o.onOverlimit) o.onOverlimit('plus'); });
    input.addEventListener('change', function () { set(parseInt(input.value, 10) || min, 'input'); });
    sync();
    return { el: el, set: function (v) { value = v; sync(); }, get value() { return value; } };
  }

  // ---------- overlays ----------
  function Overlay(o) {
    var el = h('div', { class: ['van-overlay', 'van-fade-enter-active', o && o.class], style: 'z-index:' + (++zIndex) + (o && o.style ? ';' + o.style : '') });
    if (o && o.onClick) el.addEventListener('click', o.onClick);
    return el;
  }
  var lockCount = 0;
  function lock() { if (!lockCount++) document.body.classList.add('van-overflow-hidden'); document.body.style.overflow = 'hidden'; }
  function unlock() { if (lockCount && !--lockCount) { document.body.classList.remove('van-overflow-hidden'); document.body.style.overflow = ''; } }

  // Popup({ position, round, closeable, content, onClose, closeOnClickOverlay, teleport }) → { el, close }
  function Popup(o) {
    var position = o.position || 'center';
    var closed = false;
    var overlay = o.overlay === false ? null : Overlay({ onClick: function () { if (o.closeOnClickOverlay !== false) close('overlay'); } });
    var el = h('div', {
      class: ['van-popup', 'van-popup--' + position, { 'van-popup--round': o.round, 'van-popup--safe-area-inset-bottom': o.safeAreaInsetBottom }, position === 'bottom' ? 'van-popup-slide-bottom-enter-active' : 'van-fade-enter-active', o.class],
      style: 'z-index:' + (++zIndex) + (o.style ? ';' + o.style : ''),
      role: o.role || null
    }, o.content);
    if (o.closeable) {
      el.appendChild(Icon(o.closeIcon || 'cross', { class: 'van-popup__close-icon van-popup__close-icon--top-right', on: { click: function () { close('close-icon'); } } }));
      el.lastChild.setAttribute('role', 'button'); el.lastChild.setAttribute('tabindex', '0');
    }
    var host = o.teleport || document.body;
    if (overlay) host.appendChild(overlay);
    host.appendChild(el);
    lock();
    function close(reason) {
      if (closed) return; closed = true;
      if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
      if (el.parentNode) el.parentNode.removeChild(el);
      unlock();
      if (o.onClose) o.onClose(reason);
    }
    return { el: el, overlay: overlay, close: close, get closed() { return closed; } };
  }

  // Dialog — promise style (Dialog.alert / Dialog.confirm) and component style via Dialog.open
  function Dialog(o) {
    return new Promise(function (resolve, reject) {
      var inst = Dialog.open(Object.assign({}, o, {
        onConfirm: function () { inst.close(); resolve('confirm'); },
        onCancel: function () { inst.close(); reject('cancel'); }
      }));
    });
  }
  Dialog.open = function (o) {
    var titleId = 'van-dialog-title-' + (++uid);
    var body = [];
    if (o.title) body.push(h('div', { class: ['van-dialog__header', { 'van-dialog__header--isolated': !o.message && !o.content }], id: titleId }, o.title));
    if (o.content) body.push(h('div', { class: 'van-dialog__content' }, o.content));
    else if (o.message) body.push(h('div', { class: 'van-dialog__content' }, h('div', { class: ['van-dialog__message', { 'van-dialog__message--has-title': o.title }, o.messageAlign ? 'van-dialog__message--' + o.messageAlign : null] }, o.message)));
    var footer = h('div', { class: 'van-hairline--top van-dialog__footer' });
    if (o.showCancelButton) footer.appendChild(Button({ type: 'default', size: 'large', text: o.cancelButtonText || '取消', class: 'van-dialog__cancel', style: o.cancelButtonColor ? 'color:' + o.cancelButtonColor : null, onClick: function () { o.onCancel && o.onCancel(); } }));
    if (o.showConfirmButton !== false) footer.appendChild(Button({ type: 'default', size: 'large', text: o.confirmButtonText || '确认', class: ['van-dialog__confirm', { 'van-hairline--left': o.showCancelButton }], style: o.confirmButtonColor ? 'color:' + o.confirmButtonColor : null, onClick: function () { o.onConfirm && o.onConfirm(); } }));
    body.push(footer);
    if (o.extra) body.push(o.extra);
    var popup = Popup({
      position: 'center', class: ['van-dialog', 'van-dialog-bounce-enter-active', o.className], content: body, role: 'dialog',
      closeOnClickOverlay: !!o.closeOnClickOverlay, onClose: o.onClose, teleport: o.teleport
    });
    popup.el.setAttribute('aria-labelledby', o.title ? titleId : '');
    popup.el.setAttribute('tabindex', '0');
    if (o.width) popup.el.style.width = o.width;
    return popup;
  };
  Dialog.alert = function (o) { return Dialog(Object.assign({ showCancelButton: false }, o)); };
  Dialog.confirm = function (o) { return Dialog(Object.assign({ showCancelButton: true }, o)); };

  // Toast
  var current = null;
  function Toast(o) {
    if (typeof o === 'string') o = { message: o };
    Toast.clear();
    var type = o.type || 'text';
    var children = [];
    if (type === 'loading') children.push(Loading({ class: 'van-toast__loading' }));
    else if (type === 'success' || type === 'fail') children.push(Icon(type, { class: 'van-toast__icon' }));
    if (o.message) children.push(h('div', { class: 'van-toast__text' }, o.message));
    var el = h('div', {
      class: ['van-popup', 'van-popup--center', 'van-toast', 'van-toast--middle', 'van-toast--' + type, { 'van-toast--unclickable': o.forbidClick }],
      style: 'z-index:' + (++zIndex), role: 'status'
    }, children);
    document.body.appendChild(el);
    if (o.forbidClick) document.body.classList.add('van-toast--unclickable');
    var duration = o.duration === undefined ? 2000 : o.duration;
    var timer = duration > 0 ? setTimeout(function () { Toast.clear(); }, duration) : null;
    current = { el: el, timer: timer };
    return current;
  }
  Toast.clear = function () {
    if (!current) return;
    clearTimeout(current.timer);
    if (current.el.parentNode) current.el.parentNode.removeChild(current.el);
    document.body.classList.remove('van-toast--unclickable');
    current = null;
  };
  Toast.loading = function (o) { if (typeof o === 'string') o = { message: o }; return Toast(Object.assign({ type: 'loading', duration: 0 }, o)); };
  Toast.success = function (o) { if (typeof o === 'string') o = { message: o }; return Toast(Object.assign({ type: 'success' }, o)); };
  Toast.fail = function (o) { if (typeof o === 'string') o = { message: o }; return Toast(Object.assign({ type: 'fail' }, o)); };

  // NumberKeyboard({ keys: [{text, type, wider, className}], sidebar: [...], title, closeButtonText, onPress(key), show })
  var DELETE_SVG = '<path d="M28.016 0A3.991 3.991 0 0132 3.987v14.026c0 2.2-1.787 3.987-3.98 3.987H10.382c-.509 0-.996-.206-1.374-.573L.89 13.08C.33 12.52 0 11.76 0 10.98s.33-1.54.89-2.1L9.01.573C9.38.206 9.87 0 10.38 0h17.636zm0 1.53H10.382a.44.44 0 00-.307.127L1.96 9.96a1.47 1.47 0 000 2.08l8.115 8.303a.44.44 0 00.307.128h17.634a2.45 2.45 0 002.454-2.457V3.987a2.45 2.45 0 00-2.454-2.457zm-5.35 4.44l1.08 1.08L20.82 10l2.93 2.95-1.08 1.08-2.93-2.94-2.96 2.94-1.08-1.08 2.96-2.95-2.96-2.95 1.08-1.08 2.96 2.95 2.93-2.95z" fill="currentColor" stroke="none"/>';
  function Key(k, onPress) {
    var inner;
    if (k.type === 'spacer') return h('div', { class: 'van-key__wrapper van-key__wrapper--spacer', style: k.wrapStyle, 'aria-hidden': 'true' });
    if (k.type === 'delete') {
      inner = h('div', { role: 'button', tabindex: '0', class: ['van-key', 'van-key--delete', k.className] });
      if (k.text) inner.appendChild(document.createTextNode(k.text));
      else { var s = svg(DELETE_SVG, '0 0 32 22'); s.setAttribute('class', 'van-key__delete-icon'); inner.appendChild(s); }
    } else {
      inner = h('div', { role: 'button', tabindex: '0', class: ['van-key', { 'van-key--blue': k.color === 'blue', 'van-key--large': k.large, 'van-key--disabled': k.disabled }, k.className], style: k.style }, k.text);
    }
    var wrap = h('div', { class: ['van-key__wrapper', { 'van-key__wrapper--wider': k.wider }], style: k.wrapStyle }, inner);
    function press(e) { e.preventDefault(); inner.classList.add('van-key--active'); setTimeout(function () { inner.classList.remove('van-key--active'); }, 120); onPress(k, e); }
    inner.addEventListener('click', press);
    return wrap;
  }
  function NumberKeyboard(o) {
    var el = h('div', { class: ['van-number-keyboard', { 'van-number-keyboard--with-title': !!o.title, 'van-number-keyboard--unfit': o.safeAreaInsetBottom === false }, o.class], style: 'z-index:' + (o.zIndex || 100) + (o.show === false ? ';display:none' : '') });
    if (o.title || o.closeButtonText) {
      var header = h('div', { class: 'van-number-keyboard__header' });
      if (o.title) header.appendChild(h('h2', { class: 'van-number-keyboard__title' }, o.title));
      if (o.closeButtonText) header.appendChild(h('button', { type: 'button', class: 'van-haptics-feedback van-number-keyboard__close', on: { click: function () { o.onClose && o.onClose(); } } }, o.closeButtonText));
      el.appendChild(header);
    }
    var body = h('div', { class: 'van-number-keyboard__body' });
    var keys = h('div', { class: 'van-number-keyboard__keys' });
    function render(list) {
      keys.innerHTML = '';
      list.forEach(function (k) { keys.appendChild(Key(k, function (key, e) { o.onPress && o.onPress(key, e); })); });
    }
    render(o.keys || []);
    body.appendChild(keys);
    if (o.sidebar) {
      var side = h('div', { class: 'van-number-keyboard__sidebar' });
      o.sidebar.forEach(function (k) { side.appendChild(Key(k, function (key, e) { o.onPress && o.onPress(key, e); })); });
      body.appendChild(side);
    }
    el.appendChild(body);
    return { el: el, setKeys: render, show: function () { el.style.display = ''; }, hide: function () { el.style.display = 'none'; } };
  }

  // Tiny hash router (vue-router "hash" mode)
  function Router(routes, onChange) {
    function current() {
      var raw = location.hash.replace(/^#/, '') || '/';
      var q = raw.indexOf('?');
      var path = q >= 0 ? raw.slice(0, q) : raw;
      var query = {};
      if (q >= 0) raw.slice(q + 1).split('&').forEach(function (p) { if (!p) return; var kv = p.split('='); query[decodeURIComponent(kv[0])] = decodeURIComponent((kv[1] || '').replace(/\+/g, ' ')); });
      return { path: path, query: query, matched: routes[path] || routes['*'] };
    }
    var r = {
      push: function (path) { if (location.hash === '#' + path) onChange(current()); else location.hash = path; },
      replace: function (path) { history.replaceState(null, '', location.pathname + location.search + '#' + path); onChange(current()); },
      current: current
    };
    window.addEventListener('hashchange', function () { onChange(current()); });
    return r;
  }

  function request(method, url, data) {
    var init = { method: method, credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } };
    if (data !== undefined) { init.headers['Content-Type'] = 'application/json;charset=UTF-8'; init.body = JSON.stringify(data); }
    return fetch(url, init).then(function (r) {
      return r.text().then(function (t) {
        var body; try { body = JSON.parse(t); } catch (e) { body = { raw: t }; }
        body.__status = r.status;
        return body;
      });
    });
  }

  global.Vant = {
    h: h, withScope: withScope, Icon: Icon, Loading: Loading, Button: Button, Cell: Cell, CellGroup: CellGroup, Field: Field,
    NavBar: NavBar, Stepper: Stepper, Overlay: Overlay, Popup: Popup, Dialog: Dialog, Toast: Toast, NumberKeyboard: NumberKeyboard,
    version: "4.8.11"
  };
  global.__vendor = { Router: Router, http: { get: function (u) { return request('GET', u); }, post: function (u, d) { return request('POST', u, d === undefined ? {} : d); } } };
})(window);
