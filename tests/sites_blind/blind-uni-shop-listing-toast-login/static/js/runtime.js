/* A very small stand-in for the uni-app H5 runtime: element builder, hash router, uni.* helpers. */
(function (global) {
  'use strict';

  var SCOPE = 'data-v-5c1e9a2f';

  // h('uni-view', {class: 'x', onTap: fn, style: '...'}, [children | 'text'])
  function h(tag, props, children) {
    var el = document.createElement(tag);
    el.setAttribute(SCOPE, '');
    props = props || {};
    Object.keys(props).forEach(function (key) {
      var val = props[key];
      if (val === undefined || val === null || val === false) return;
      if (key === 'onTap') {
        el.addEventListener('click', function (ev) {
          ev.stopPropagation();
          val.call(el, ev);
        });
      } else if (key === 'class') {
        el.className = val;
      } else if (key === 'ref') {
        val(el);
      } else {
        el.setAttribute(key, val === true ? '' : val);
      }
    });
    append(el, children);
    return el;
  }

  function append(el, children) {
    if (children === undefined || children === null) return;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      if (typeof child === 'string' || typeof child === 'number') {
        el.appendChild(document.createTextNode(String(child)));
      } else {
        el.appendChild(child);
      }
    });
  }

  // <uni-text> keeps its characters in an inner <span>, as the real component does.
  function text(cls, str, props) {
    var p = props || {};
    p['class'] = cls;
    return h('uni-text', p, [h('span', null, str)]);
  }

  function image(cls, src, mode) {
    var el = h('uni-image', { 'class': cls, 'data-mode': mode || 'aspectFill' });
    var inner = h('img', { src: src, draggable: 'false', alt: '' });
    el.appendChild(inner);
    return el;
  }

  function parseHash() {
    var raw = (location.hash || '#/').replace(/^#/, '') || '/';
    var q = raw.indexOf('?');
    var path = q === -1 ? raw : raw.slice(0, q);
    var query = {};
    if (q !== -1) {
      raw.slice(q + 1).split('&').forEach(function (pair) {
        if (!pair) return;
        var kv = pair.split('=');
        query[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1] || '');
      });
    }
    return { path: path, query: query };
  }

  var toastTimer = null;
  var toastEl = null;

  function hideToast() {
    if (toastTimer) { clearTimeout(toastTimer); toastTimer = null; }
    if (toastEl && toastEl.parentNode) toastEl.parentNode.removeChild(toastEl);
    toastEl = null;
  }

  var uni = {
    request: function (opt) {
      var xhr = new XMLHttpRequest();
      var method = (opt.method || 'GET').toUpperCase();
      var url = opt.url;
      var body = null;
      if (method === 'GET' && opt.data) {
        var qs = Object.keys(opt.data).map(function (k) {
          return encodeURIComponent(k) + '=' + encodeURIComponent(opt.data[k]);
        }).join('&');
        if (qs) url += (url.indexOf('?') === -1 ? '?' : '&') + qs;
      } else if (opt.data) {
        body = JSON.stringify(opt.data);
      }
      xhr.open(method, url, true);
      xhr.setRequestHeader('Content-Type', 'application/json');
      var headers = opt.header || {};
      Object.keys(headers).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
      xhr.onload = function () {
        var data = xhr.responseText;
        try { data = JSON.parse(data); } catch (e) { /* leave as text */ }
        if (opt.success) opt.success({ statusCode: xhr.status, data: data });
        if (opt.complete) opt.complete();
      };
      xhr.onerror = function () {
        if (opt.fail) opt.fail({ errMsg: 'request:fail' });
        if (opt.complete) opt.complete();
      };
      xhr.send(body);
    },

    // Only the "none" icon style is used by this shop: a plain centred black box.
    showToast: function (opt) {
      hideToast();
      toastEl = h('uni-toast', null, [
        h('uni-view', { 'class': 'uni-toast-box' }, [
          h('uni-view', { 'class': 'uni-toast-box__text' }, opt.title)
        ])
      ]);
      document.body.appendChild(toastEl);
      toastTimer = setTimeout(hideToast, opt.duration || 1500);
    },

    getStorageSync: function (key) {
      try { return global.localStorage.getItem(key) || ''; } catch (e) { return ''; }
    },

    navigateTo: function (opt) { location.hash = '#' + opt.url; },
    switchTab: function (opt) { location.hash = '#' + opt.url; },
    navigateBack: function () {
      if (history.length > 1) history.back(); else location.hash = '#/';
    }
  };

  var routes = {};
  var mounted = null;

  function render() {
    var r = parseHash();
    var page = routes[r.path] || routes['/'];
    var root = document.getElementById('app');
    if (mounted && mounted.onUnload) mounted.onUnload();
    hideToast();
    root.innerHTML = '';
    mounted = page;
    root.className = page.tabBar ? 'uni-app--showtabbar' : '';
    page.render(root, r.query);
    window.scrollTo(0, 0);
  }

  global.mini = {
    h: h,
    text: text,
    image: image,
    append: append,
    uni: uni,
    page: function (path, def) { routes[path] = def; },
    start: function () {
      global.addEventListener('hashchange', render);
      render();
    }
  };
  global.uni = uni;
})(window);
