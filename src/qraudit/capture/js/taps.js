// Injected before any page script, in every frame. Two facts a snapshot cannot read from the DOM alone:
// - which elements a finger can tap: frameworks (uni-app, Vue, jQuery) bind click or touch listeners to plain
//   <div>s and custom elements with no button, role or cursor style, so listeners are noted as they are added;
// - which one-shot timers are due soon: a sheet scheduled 6 s after arrival is not in the DOM yet, but its timer is.
(() => {
  if (window.__qrauditTapsInstalled) return;
  const hidden = (key, value) => Object.defineProperty(window, key, { value, enumerable: false });
  hidden("__qrauditTapsInstalled", true);

  // ------------------------------------------------------------ tap listeners
  const TAP_EVENTS = new Set(["click", "tap", "touchstart", "touchend", "pointerdown", "pointerup", "mousedown", "mouseup"]);
  const tappable = new WeakSet();
  const holders = [];  // elements given a tap listener, in order: where delegated handlers may sit
  const MAX_HOLDERS = 2000;
  const addListener = EventTarget.prototype.addEventListener;
  const wrappedAdd = function addEventListener(type, listener, options) {
    if (TAP_EVENTS.has(type) && this instanceof Element) {
      if (!tappable.has(this) && holders.length < MAX_HOLDERS) holders.push(this);
      tappable.add(this);
    }
    return addListener.call(this, type, listener, options);
  };
  Object.defineProperty(wrappedAdd, "toString", { value: () => addListener.toString() });
  EventTarget.prototype.addEventListener = wrappedAdd;

  const REACT_HANDLERS = ["onClick", "onTouchEnd", "onTouchStart", "onPointerUp", "onMouseDown", "onMouseUp"];
  const reactTappable = (el) => {
    for (const key of Object.keys(el)) {  // own keys only: walking every inherited DOM property is slow
      if (key.startsWith("__reactProps$") || key.startsWith("__reactEventHandlers$")) {
        const props = el[key];
        return !!props && REACT_HANDLERS.some((h) => typeof props[h] === "function");
      }
    }
    return false;
  };
  // jQuery's (and Zepto's) delegated handlers, $("#list").on("click", ".add", fn), sit on an ancestor with a
  // selector: the document, or the list itself.
  const delegatedSelectors = () => {
    const jq = window.jQuery || window.Zepto;
    const pairs = [];
    if (!jq || typeof jq._data !== "function") return pairs;
    for (const holder of [document, document.documentElement, document.body, ...holders]) {
      let events = null;
      try { events = holder && jq._data(holder, "events"); } catch (e) { events = null; }
      for (const type of ["click", "tap", "touchstart", "touchend"]) {
        for (const handler of (events && events[type]) || []) if (handler.selector) pairs.push([holder, handler.selector]);
      }
    }
    return pairs;
  };
  hidden("__qrauditTapTest", () => {
    const pairs = delegatedSelectors();
    return (el) => {
      if (tappable.has(el) || typeof el.onclick === "function" || reactTappable(el)) return true;
      for (const [holder, s] of pairs) {
        try { if (holder !== el && holder.contains(el) && el.matches(s)) return true; } catch (e) { /* a selector jQuery extends */ }
      }
      return false;
    };
  });
  // Some delegated listener on an ancestor (a list, a cart table) that is not the whole page: its button-looking
  // descendants are what it listens for, whatever library did the delegating.
  const reactRoot = (el) => "_reactRootContainer" in el || Object.keys(el).some((k) => k.startsWith("__reactContainer$"));
  // Returns how many levels up that ancestor is (1: the element is one of its items), or 0.
  hidden("__qrauditDelegateHolder", (el) => {
    let n = el.parentElement;
    for (let level = 1; n && level <= 8; n = n.parentElement, level++) {
      // The page, or an app's mount point (React's root listens for everything), is no list's delegate.
      if (n === document.body || n === document.documentElement || reactRoot(n)) return 0;
      // A list delegates for its items; an element with one child (a button around its label) does not.
      if (tappable.has(n)) return n.childElementCount >= 2 ? level : 0;
    }
    return 0;
  });

  // ------------------------------------------------------------ one-shot timers due soon
  // Chains (a timer set by a timer's callback, again and again) are polling or a countdown: after a few
  // links they no longer count, so a page that polls forever does not hold every step for the whole horizon.
  const MIN_MS = 200, MAX_MS = 15000, MAX_CHAIN = 3;
  const due = new Map();  // timer id -> when it fires (performance.now())
  let depth = 0;
  const setTimer = window.setTimeout, clearTimer = window.clearTimeout;
  const wrappedSet = function setTimeout(callback, delay, ...args) {
    const ms = Number(delay) || 0;
    const chain = depth;
    let id;
    const run = typeof callback === "function"
      ? function () {
        due.delete(id);
        const outer = depth;
        depth = chain + 1;
        try { return callback.apply(this, arguments); } finally { depth = outer; }
      }
      : callback;
    id = setTimer.call(window, run, delay, ...args);
    if (ms >= MIN_MS && ms <= MAX_MS && chain < MAX_CHAIN) due.set(id, performance.now() + ms);
    return id;
  };
  const wrappedClear = function clearTimeout(id) { due.delete(id); return clearTimer.call(window, id); };
  Object.defineProperty(wrappedSet, "toString", { value: () => setTimer.toString() });
  Object.defineProperty(wrappedClear, "toString", { value: () => clearTimer.toString() });
  window.setTimeout = wrappedSet;
  window.clearTimeout = wrappedClear;
  // Milliseconds until the next pending one-shot timer, or -1 when none is pending.
  hidden("__qrauditNextTimerMs", () => {
    const now = performance.now();
    let next = -1;
    for (const [id, at] of due) {
      if (at < now - 1000) { due.delete(id); continue; }  // a string callback we could not wrap, long past
      const left = Math.max(0, at - now);
      if (next < 0 || left < next) next = left;
    }
    return next;
  });
})();
