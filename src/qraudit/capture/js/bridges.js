// Injected before any page script, in every frame. Makes the page look like WeChat / Alipay on a phone
// and records every in-app API call through the `__qrauditRecord` binding (page globals die on navigation,
// the binding's Python side does not). Config: {app, navigator: {platform, vendor, max_touch_points, ua_data}}.
(() => {
  const CFG = __QRAUDIT_CONFIG__;
  if (window.__qrauditInstalled) return;
  const hidden = (obj, key, value) =>
    Object.defineProperty(obj, key, { value, enumerable: false, configurable: false, writable: false });
  hidden(window, "__qrauditInstalled", true);

  // ------------------------------------------------------------ recording
  let sink = null;
  const clone = (value) => {
    try {
      const text = JSON.stringify(value === undefined ? null : value, (k, v) =>
        typeof v === "function" ? "[function]" : v);
      return text && text.length > 20000 ? text.slice(0, 20000) : JSON.parse(text);
    } catch (e) {
      return String(value);
    }
  };
  const record = (bridge, method, args) => {
    sink = sink || window.__qrauditRecord;
    if (typeof sink === "function") {
      try { sink({ bridge, method: String(method), args: clone(args) }); } catch (e) { /* page closing */ }
    }
  };
  const later = (fn) => setTimeout(fn, 0);

  // ------------------------------------------------------------ navigator: a phone, not headless Linux
  const nav = CFG.navigator || {};
  const getter = (key, value) => {
    try { Object.defineProperty(Navigator.prototype, key, { get: () => value, configurable: true }); } catch (e) {}
  };
  if (nav.platform !== undefined) getter("platform", nav.platform);
  if (nav.vendor !== undefined) getter("vendor", nav.vendor);
  if (nav.max_touch_points !== undefined) getter("maxTouchPoints", nav.max_touch_points);
  getter("webdriver", false);
  if (nav.ua_data === null) {
    try { delete Navigator.prototype.userAgentData; } catch (e) {}
  } else if (nav.ua_data) {
    const brands = (nav.ua_data.brands || []).map(([brand, version]) => ({ brand, version }));
    const data = { brands, mobile: !!nav.ua_data.mobile, platform: nav.ua_data.platform,
      getHighEntropyValues: async () => ({ brands, mobile: !!nav.ua_data.mobile, platform: nav.ua_data.platform }),
      toJSON() { return { brands, mobile: !!nav.ua_data.mobile, platform: nav.ua_data.platform }; } };
    getter("userAgentData", data);
  }
  // Location requests are evidence of data collection; the browser denies them (no permission granted).
  if (navigator.geolocation) {
    for (const name of ["getCurrentPosition", "watchPosition"]) {
      const original = Geolocation.prototype[name];
      Geolocation.prototype[name] = function (...args) {
        record("navigator", "geolocation." + name, null);
        return original.apply(this, args);
      };
    }
  }

  // ------------------------------------------------------------ answers shared by all bridges
  const PAYMENT = new Set(CFG.paymentMethods || []);  // capture/payment.py's PAYMENT_CALLS
  const DENIED = new Set(["getLocation", "geoLocation", "openLocation", "getAuthUserInfo"]);
  const CANCELLED = new Set(["scanQRCode", "scan", "chooseImage", "chooseVideo", "startRecord"]);
  const outcome = (name, args) => {
    if (PAYMENT.has(name)) return "ok";
    if (name === "getAuthCode") {
      const scopes = [].concat((args && (args.scopes || args.scopeNicks)) || "auth_base");
      return scopes.every((s) => s === "auth_base") ? "ok" : "cancel";
    }
    if (DENIED.has(name)) return "fail";
    if (CANCELLED.has(name)) return "cancel";
    return "ok";
  };
  const WX_ERR = { getBrandWCPayRequest: "get_brand_wcpay_request", editAddress: "edit_address" };
  let codes = 0;
  const syntheticCode = () => "QRAUDIT_SYNTHETIC_AUTH_CODE_" + String(++codes).padStart(4, "0");

  // ------------------------------------------------------------ WeixinJSBridge
  const handlers = {};
  const weixinBridge = {
    invoke(name, args, callback) {
      record("WeixinJSBridge", name, args);
      const result = outcome(name, args);
      const res = { err_msg: (WX_ERR[name] || name) + ":" + result };
      if (typeof callback === "function") later(() => callback(res));
    },
    call(name, args, callback) {
      record("WeixinJSBridge", name, args);
      if (typeof callback === "function") later(() => callback({ err_msg: name + ":ok" }));
    },
    on(event, callback) {
      record("WeixinJSBridge", "on", { event });
      (handlers[event] = handlers[event] || []).push(callback);
    },
    log(message) { record("WeixinJSBridge", "log", message); },
  };

  // ------------------------------------------------------------ wx (JS-SDK): built when jweixin-*.js loads
  const sdkCallbacks = (api, name, opts, result, data) => {
    opts = opts || {};
    const res = Object.assign({ errMsg: name + ":" + result }, data || {});
    later(() => {
      const cb = result === "ok" ? opts.success : result === "cancel" ? (opts.cancel || opts.fail) : opts.fail;
      if (typeof cb === "function") cb(res);
      if (typeof opts.complete === "function") opts.complete(res);
    });
  };
  const proxied = (bridge, target, call) => new Proxy(target, {
    get(t, key) {
      if (key in t || typeof key !== "string" || key === "then" || key === "toJSON") return t[key];
      return (opts, callback) => call(key, opts, callback);
    },
  });
  const makeWx = () => {
    let configured = false; const ready = []; const errors = [];
    const inWechat = CFG.app === "wechat";
    const call = (name, opts) => {
      record("wx", name, opts);
      const result = inWechat ? outcome(name, opts) : "fail";
      const data = name === "scanQRCode" ? {} : name === "checkJsApi" ? { checkResult: {} } : {};
      sdkCallbacks("wx", name, opts, result, data);
    };
    return proxied("wx", {
      config(opts) {
        record("wx", "config", opts);
        configured = true;
        later(() => (inWechat ? ready : errors).splice(0).forEach((cb) =>
          cb(inWechat ? undefined : { errMsg: "config:fail, not in WeChat" })));
      },
      ready(cb) { record("wx", "ready", null); ready.push(cb); if (configured && inWechat) later(() => ready.splice(0).forEach((f) => f())); },
      error(cb) { record("wx", "error", null); errors.push(cb); },
      miniProgram: proxied("wx.miniProgram", { getEnv(cb) { record("wx", "miniProgram.getEnv", null); if (cb) later(() => cb({ miniprogram: false })); } },
        (name, opts) => { record("wx", "miniProgram." + name, opts); sdkCallbacks("wx", name, opts, "ok"); }),
    }, call);
  };
  hidden(window, "__qrauditMakeWx", makeWx);

  // ------------------------------------------------------------ AlipayJSBridge and ap
  const alipayAnswer = (name, args) => {
    const result = outcome(name, args);
    if (PAYMENT.has(name)) return { resultCode: "9000", memo: "", result: "" };
    if (name === "getAuthCode") return result === "ok" ? { authCode: syntheticCode() } : { error: 11, errorMessage: "用户取消授权" };
    if (result !== "ok") return { error: 11, errorMessage: "用户拒绝" };
    return { success: true };
  };
  const alipayBridge = {
    call(name, args, callback) {
      if (typeof args === "function") { callback = args; args = undefined; }
      record("AlipayJSBridge", name, args);
      if (typeof callback === "function") later(() => callback(alipayAnswer(name, args)));
    },
    on(event, callback) { record("AlipayJSBridge", "on", { event }); },
  };
  const makeAp = () => proxied("ap", {}, (name, opts, callback) => {
    record("ap", name, opts);
    const res = CFG.app === "alipay" ? alipayAnswer(name, opts) : { error: 3, errorMessage: "not in Alipay" };
    const failed = res.error !== undefined;
    later(() => {
      if (typeof callback === "function") callback(res);
      if (opts && typeof opts === "object") {
        const cb = failed ? opts.fail : opts.success;
        if (typeof cb === "function") cb(res);
        if (typeof opts.complete === "function") opts.complete(res);
      }
    });
    const handled = typeof callback === "function" || (opts && (opts.fail || opts.complete));
    return failed && !handled ? Promise.reject(res) : Promise.resolve(res);
  });
  hidden(window, "__qrauditMakeAp", makeAp);

  // ------------------------------------------------------------ install and announce
  const announce = (event) => later(() => document.dispatchEvent(new Event(event, { bubbles: true })));
  const whenReady = (fn) => (document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", fn) : fn());
  if (CFG.app === "wechat") {
    hidden(window, "WeixinJSBridge", weixinBridge);
    whenReady(() => announce("WeixinJSBridgeReady"));
  } else if (CFG.app === "alipay") {
    hidden(window, "AlipayJSBridge", alipayBridge);
    whenReady(() => announce("AlipayJSBridgeReady"));
  }

  // ------------------------------------------------------------ settling: when did the DOM last change?
  const realNow = window.__qrauditRealNow || (() => performance.now());  // see clock.py REAL_NOW_JS
  let lastMutation = realNow();
  let mutations = 0;  // counted, so that quiet can be timed in real time when the page clock is virtual

  // ------------------------------------------------------------ flashes: short texts that appear, e.g. toasts
  // A toast ("请先关注公众号后再下单") can vanish before the step settles; what the visitor saw is evidence.
  // The first look is on the page's clock, due at once: a toast's removal timer, set by the page just before,
  // comes after it even when the clock jumps (unless the page clock lagged by more than the toast's life).
  // The second look catches fade-ins.
  const FLASH_MAX = 40, FLASH_LEN = 300, RECHECK_MS = [0, 400];
  const WATCHED = new Set(["style", "class", "hidden", "open", "aria-hidden"]);
  const SKIP = new Set(["SCRIPT", "STYLE", "LINK", "META", "TEMPLATE", "NOSCRIPT", "HEAD", "TITLE"]);
  let flashes = [];  // {el, text, key}
  let pending = new Set();
  // Fading in counts as shown: CSS transitions run in real time, while the page's timers may be jumped past
  // the moment the fade ends (virtual clock) or fire late on a loaded machine, removing the toast unseen.
  const animating = (el) => {
    try { return el.getAnimations().some((a) => a.playState === "running"); } catch (e) { return false; }
  };
  const shown = (el, orAppearing) => {
    if (!el.isConnected || !el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && (parseFloat(style.opacity || "1") > 0.1 || (orAppearing && animating(el)));
  };
  const fixed = (el) => {  // a toast is a layer over the page
    for (let e = el, i = 0; e && e.nodeType === 1 && i < 4; e = e.parentElement, i++) {
      if (getComputedStyle(e).position === "fixed") return true;
    }
    return false;
  };
  const textOf = (el) => (el.innerText || "").replace(/\s+/g, " ").trim();
  const keyOf = (text) => text.replace(/\d+/g, "#");  // a countdown is one flash, not one a second
  const gone = (f) => !shown(f.el) || keyOf(textOf(f.el)) !== f.key;
  const look = (els, again) => {
    for (const el of els) {
      if (SKIP.has(el.tagName)) continue;
      const raw = el.textContent;  // no layout: a whole re-rendered view is dropped before innerText
      if (!raw || raw.length > FLASH_LEN * 4) continue;
      const text = textOf(el);
      if (!text || text.length > FLASH_LEN) continue;
      if (!shown(el, true)) { if (again) again.add(el); continue; }
      const key = keyOf(text);
      if (flashes.some((f) => f.key === key)) continue;
      if (flashes.length >= FLASH_MAX) flashes = flashes.filter(gone);  // still on screen: the snapshot has it
      if (flashes.length < FLASH_MAX) flashes.push({ el, text, key, layer: fixed(el) });
    }
  };
  const flush = () => {
    const batch = pending, retry = new Set();
    pending = new Set();
    look(batch, retry);
    if (retry.size) setTimeout(() => look(retry, null), RECHECK_MS[1]);
  };
  const note = (record) => {
    if (record.type === "childList") return record.addedNodes.forEach((n) => n.nodeType === 1 && pending.add(n));
    if (record.type === "attributes" && !WATCHED.has(record.attributeName)) return;
    const el = record.type === "characterData" ? record.target.parentElement : record.target;
    if (el && el.nodeType === 1 && el !== document.documentElement && el !== document.body) pending.add(el);
  };
  const observe = () => {
    try {
      new MutationObserver((records) => {  // our own ref attributes are not the page changing
        const page = records.filter((r) => r.attributeName !== "data-qraudit-ref");
        if (!page.length) return;
        lastMutation = realNow();
        mutations += 1;
        if (pending.size > 200) return;
        const empty = !pending.size;
        page.forEach(note);
        if (empty && pending.size) setTimeout(flush, RECHECK_MS[0]);
      })
        .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    } catch (e) {}
  };
  observe();
  hidden(window, "__qrauditQuietMs", () => realNow() - lastMutation);
  hidden(window, "__qrauditMutations", () => mutations);
  // What appeared since the last call and is gone now; the list starts again.
  hidden(window, "__qrauditTakeFlashes", () => { const out = flashes.filter(gone).map((f) => ({ text: f.text, layer: f.layer })); flashes = []; return out; });
})();
