/* h5 runtime: element helpers, hash router, toast/loading, request */
(function (w) {
  'use strict';
  var d = document;

  function append(el, kids) {
    if (kids == null || kids === false) return;
    if (!Array.isArray(kids)) kids = [kids];
    for (var i = 0; i < kids.length; i++) {
      var c = kids[i];
      if (c == null || c === false) continue;
      if (Array.isArray(c)) append(el, c);
      else el.appendChild(typeof c === 'object' ? c : d.createTextNode(String(c)));
    }
  }

  function h(tag, props, kids) {
    var el = d.createElement(tag);
    props = props || {};
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v == null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'style') el.setAttribute('style', v);
      else if (k === 'onTap') el.addEventListener('click', v);
      else if (k.indexOf('on') === 0 && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
      else el.setAttribute(k, v === true ? 'true' : v);
    });
    append(el, kids);
    return el;
  }

  // <uni-text><span>..</span></uni-text>
  function text(str, cls) {
    return h('uni-text', cls ? { 'class': cls } : null, h('span', null, str));
  }

  function button(label, props) {
    props = props || {};
    var el = h('uni-button', { 'class': props['class'] || '', type: props.type || 'default', disabled: props.disabled ? 'true' : null }, label);
    if (props.onTap) {
      el.addEventListener('click', function (e) {
        if (el.getAttribute('disabled') === 'true') return;
        props.onTap.call(el, e);
      });
    }
    return el;
  }

  /* ---------------- router ---------------- */
  var pages = {};
  var homePath = '/';
  var timers = [];
  var current = null;
  var appRoot = null;
  var depth = 0;

  function parseHash() {
    var raw = location.hash.replace(/^#/, '') || '/';
    var qi = raw.indexOf('?');
    var path = qi < 0 ? raw : raw.slice(0, qi);
    var query = {};
    if (qi >= 0) {
      raw.slice(qi + 1).split('&').forEach(function (pair) {
        if (!pair) return;
        var eq = pair.indexOf('=');
        var key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
        query[key] = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      });
    }
    return { path: path, query: query };
  }

  function pageTimeout(fn, ms) { var t = setTimeout(fn, ms); timers.push(t); return t; }
  function clearPageTimers() { timers.forEach(clearTimeout); timers = []; }

  function header(title, showBack, theme) {
    theme = theme || { bg: '#ffffff', fg: '#000000' };
    var back = showBack ? h('div', { 'class': 'uni-page-head-btn', onTap: function () { history.back(); } },
      h('i', { 'class': 'uni-btn-icon', style: 'color:' + theme.fg + ';font-size:27px;' }, '\u2039')) : null;
    return h('uni-page-head', { 'uni-page-head-type': 'default' }, [
      h('div', { 'class': 'uni-page-head', style: 'background-color:' + theme.bg + ';color:' + theme.fg + ';' }, [
        h('div', { 'class': 'uni-page-head-hd' }, back),
        h('div', { 'class': 'uni-page-head-bd' }, h('div', { 'class': 'uni-page-head__title', style: 'font-size:16px;opacity:1;' }, title)),
        h('div', { 'class': 'uni-page-head-ft' })
      ]),
      h('div', { 'class': 'uni-placeholder' })
    ]);
  }

  function render() {
    var r = parseHash();
    var def = pages[r.path];
    if (!def) { location.replace('#' + homePath); return; }
    clearPageTimers();
    hideToast();
    if (current && current.def.onUnload) { try { current.def.onUnload(); } catch (e) { console.error(e); } }
    var body = h('uni-page-body');
    var page = h('uni-page', { 'data-page': r.path.replace(/^\//, '') }, [
      header(def.title, r.path !== homePath, def.theme),
      h('uni-page-wrapper', null, body)
    ]);
    appRoot.innerHTML = '';
    appRoot.appendChild(page);
    d.title = def.title;
    w.scrollTo(0, 0);
    current = { def: def, el: page, body: body, query: r.query, path: r.path };
    def.onLoad(body, r.query, page);
  }

  var uni = {
    pages: pages,
    definePage: function (path, def) { pages[path] = def; },
    start: function (home) {
      homePath = home;
      var mount = d.getElementById('app');
      appRoot = h('uni-app', { 'class': 'uni-app--maxwidth' });
      mount.parentNode.replaceChild(appRoot, mount);
      w.addEventListener('hashchange', render);
      render();
    },
    navigateTo: function (o) { depth++; location.hash = o.url; },
    redirectTo: function (o) { location.replace('#' + o.url); },
    reLaunch: function (o) { location.replace('#' + o.url); },
    navigateBack: function () { history.back(); },
    currentPage: function () { return current; },
    setTimeout: pageTimeout,
    getStorageSync: function (k) { try { var v = localStorage.getItem(k); return v == null ? '' : JSON.parse(v); } catch (e) { return ''; } },
    setStorageSync: function (k, v) { localStorage.setItem(k, JSON.stringify(v)); },
    removeStorageSync: function (k) { localStorage.removeItem(k); },
    showToast: showToast,
    hideToast: hideToast,
    showLoading: function (o) { showToast({ title: (o && o.title) || '加载中', icon: 'loading', duration: 60000, mask: true }); },
    hideLoading: hideToast,
    request: request
  };

  /* ---------------- toast ---------------- */
  var toastEl = null, toastTimer = null;
  function hideToast() {
    if (toastTimer) { clearTimeout(toastTimer); toastTimer = null; }
    if (toastEl && toastEl.parentNode) toastEl.parentNode.removeChild(toastEl);
    toastEl = null;
  }
  function showToast(o) {
    hideToast();
    var icon = o.icon || 'success';
    var box = h('div', { 'class': 'uni-toast' + (icon === 'none' ? ' uni-toast--text' : '') }, [
      icon === 'none' ? null : h('i', { 'class': 'uni-icon-' + icon + ' uni-toast__icon' }, icon === 'loading' ? '' : (icon === 'success' ? '\u2713' : '!')),
      h('p', { 'class': 'uni-toast__content' }, o.title || '')
    ]);
    toastEl = h('uni-toast', null, [o.mask ? h('div', { 'class': 'uni-mask' }) : null, box]);
    d.body.appendChild(toastEl);
    toastTimer = setTimeout(hideToast, o.duration || 1500);
  }

  /* ---------------- request ---------------- */
  function request(o) {
    var method = (o.method || 'GET').toUpperCase();
    var url = o.url;
    var init = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (o.data) {
      if (method === 'GET') {
        var qs = Object.keys(o.data).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(o.data[k]); }).join('&');
        url += (url.indexOf('?') < 0 ? '?' : '&') + qs;
      } else {
        init.headers['Content-Type'] = 'application/json;charset=UTF-8';
        init.body = JSON.stringify(o.data);
      }
    }
    return fetch(url, init).then(function (res) {
      return res.json().then(function (data) { return { statusCode: res.status, data: data }; });
    });
  }

  w.__h = h;
  w.__text = text;
  w.__button = button;
  w.uni = uni;
})(window);
