// Evaluated in each frame after settling: what a payer sees, as plain data. Boxes are CSS px relative to
// this frame's viewport. Every element the walker may act on gets a `data-qraudit-ref` attribute.
// Bounded: stops adding elements after opts.budgetMs / opts.maxItems (and says so in `truncated`).
(opts) => {
  const start = performance.now();
  const overBudget = () => performance.now() - start > opts.budgetMs;
  const vw = window.innerWidth, vh = window.innerHeight;
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "META", "LINK", "TITLE", "BR"]);
  const CLOSE = new RegExp(opts.closePattern, "i");
  let truncated = false;

  let state = window.__qrauditState;
  if (!state) {
    state = { seq: 0, first: new WeakMap() };
    Object.defineProperty(window, "__qrauditState", { value: state, enumerable: false });
  }
  const used = new Set();
  const refOf = (el) => {
    let ref = el.getAttribute("data-qraudit-ref");
    if (!ref || used.has(ref)) {
      do { ref = "r" + ++state.seq; } while (used.has(ref));
      el.setAttribute("data-qraudit-ref", ref);
    }
    used.add(ref);
    return ref;
  };
  const clean = (s) => (s || "").replace(/\s+/g, " ").trim();
  const box = (r) => [Math.round(r.x * 10) / 10, Math.round(r.y * 10) / 10,
    Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10];
  const styles = new Map();
  const style = (el) => { let s = styles.get(el); if (!s) { s = getComputedStyle(el); styles.set(el, s); } return s; };
  const visibleCache = new Map();
  const shown = (el) => {
    let v = visibleCache.get(el);
    if (v === undefined) {
      const r = el.getBoundingClientRect();
      v = r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      visibleCache.set(el, v);
    }
    return v;
  };
  const parentOf = (node) => node.parentElement || (node.parentNode && node.parentNode.host) || null;
  const within = (el, container) => { for (let n = el; n; n = parentOf(n)) if (n === container) return true; return false; };
  const shortText = (el) => {
    const raw = el.textContent || "";
    return clean(raw.length < 4000 ? el.innerText || raw : raw.slice(0, 400)).slice(0, 200);
  };
  const classOf = (el) => (typeof el.className === "string" ? el.className : (el.getAttribute("class") || ""));
  // An icon-only close (<i class="van-icon van-icon-cross">, uni-icons uniui-closeempty) is named by its class.
  const CLOSE_CLASS = /(^|[\s_-])(close|closeempty|cross|guanbi|shut)([\s_-]|$)/i;
  // A stepper's + draws its sign in CSS (van-stepper__plus, uni-icons-plusempty, el-icon-plus): named "+".
  const PLUS_CLASS = /(^|[\s_-])(plus|plusempty|plus-circle|add|add-circle|increase|increment|jia)([\s_-]|$)/i;
  // Its − likewise: named so the walker can tell a quantity stepper's + from a dish's "add" +.
  const MINUS_CLASS = /(^|[\s_-])(minus|minusempty|minus-circle|reduce|decrease|decrement|jian)([\s_-]|$)/i;
  const iconName = (el) => {
    for (const n of [el, ...el.querySelectorAll("i, span, svg, uni-icons, uni-text, img")].slice(0, 6)) {
      if (CLOSE_CLASS.test(classOf(n))) return "×";
      if (PLUS_CLASS.test(classOf(n))) return "+";
      if (MINUS_CLASS.test(classOf(n))) return "−";
    }
    return "";
  };
  const nameOf = (el) => clean(el.getAttribute("aria-label") || "") || shortText(el) ||
    clean(el.getAttribute("title") || el.value || "") ||
    clean((el.querySelector && el.querySelector("img[alt]") || {}).alt || "") || iconName(el);
  // A stepper's count is an <input type=tel> (van-stepper, el-input-number, uni-number-box): a quantity, not a phone.
  const STEPPER_CLASS = /(^|[\s_-])(stepper|input-number|inputnumber|number-box|numberbox|numbox|quantity|qty)([\s_-]|$)/i;
  const stepperName = (el) => {
    for (let n = el, i = 0; n && n.nodeType === 1 && i < 3; n = parentOf(n), i++) if (STEPPER_CLASS.test(classOf(n))) return "quantity";
    return "";
  };
  // Frameworks bind taps to plain elements; js/taps.js noted their listeners (absent: nothing noted).
  const listens = window.__qrauditTapTest ? window.__qrauditTapTest() : () => false;
  const delegated = window.__qrauditDelegateHolder || (() => 0);
  // An item of a list that listens for its items' taps (<ul> with one handler for every <li>): a product card.
  // One that holds a tappable element of its own is a row around that control (a sheet's options row), not an item.
  const listItem = (el) => {
    const r = el.getBoundingClientRect();
    const text = shortText(el);
    if (!(r.width * r.height > 0 && r.width * r.height < 0.5 * vw * vh && text.length > 0 && text.length <= 80)) return false;
    if (el.querySelector("button, a[href], input, select, textarea")) return false;
    return ![...el.querySelectorAll("*")].slice(0, 60).some((d) => listens(d) || style(d).cursor === "pointer");
  };
  // What a delegated listener is for: a small box with a few words or an icon, drawn as a button (its own
  // background or border, or round), with no control inside it.
  const BUTTON_MAX_PX = 220, BUTTON_MAX_CHARS = 8;
  const painted = (s) => (s.backgroundColor !== "rgba(0, 0, 0, 0)" && s.backgroundColor !== "transparent") ||
    parseFloat(s.borderTopWidth) > 0 || parseFloat(s.borderRadius) >= 8;
  const buttonLike = (el) => {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || r.width > BUTTON_MAX_PX || r.height > 80) return false;
    const text = shortText(el);
    if (text.length > BUTTON_MAX_CHARS || (!text && !iconName(el))) return false;
    if (el.querySelector("button, a[href], input, select, textarea")) return false;
    return painted(style(el));
  };
  if (!state.groups) { state.groups = new WeakMap(); state.groupSeq = 0; }
  const groupId = (el) => {  // controls that share a parent are one set of options (规格: 大份 中份 小份)
    const parent = parentOf(el);
    if (!parent || parent.nodeType !== 1) return "";
    if (!state.groups.has(parent)) state.groups.set(parent, "g" + ++state.groupSeq);
    return state.groups.get(parent);
  };
  const SELECTED_CLASS = /(^|[\s_-])(is-)?(active|selected|checked|current|cur|on|choosed|chosen)($|[\s_-])/i;
  const isSelected = (el) => ["aria-selected", "aria-pressed", "aria-checked"].some((a) => el.getAttribute(a) === "true") ||
    SELECTED_CLASS.test(classOf(el));
  const DISABLED_CLASS = /(^|[\s_-])(is-)?disabled?($|[\s_-])|--disabled/i;

  // ------------------------------------------------------------ every element, open shadow roots included
  const elements = [], roots = [document];
  const collect = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (elements.length >= opts.maxElements) { truncated = true; return; }
      elements.push(el);
      if (el.shadowRoot) { roots.push(el.shadowRoot); collect(el.shadowRoot); }
    }
  };
  collect(document);

  const RGBA = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/;
  const dimmer = (cs) => {
    const m = RGBA.exec(cs.backgroundColor || "");
    if (!m) return false;
    const alpha = m[4] === undefined ? 1 : Number(m[4]);
    return alpha >= 0.2 && alpha <= 0.95 && Math.max(+m[1], +m[2], +m[3]) < 90;
  };
  // ------------------------------------------------------------ overlays: layers over most of the viewport
  const candidates = [];
  for (const el of elements) {
    if (overBudget()) { truncated = true; break; }
    if (SKIP.has(el.tagName) || el === document.documentElement || el === document.body) continue;
    const cs = style(el);
    const modal = el.tagName === "DIALOG" && el.open;
    if (!modal && cs.position !== "fixed" && cs.position !== "absolute") continue;
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    const iw = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
    const ih = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
    const covers = iw * ih >= 0.5 * vw * vh;
    const sheet = cs.position === "fixed" && r.bottom >= vh - 2 && iw >= 0.9 * vw && ih >= 0.3 * vh;
    // A fixed, translucent dark mask paints over the page even with no z-index (later positioned boxes do).
    const raised = modal || (cs.zIndex !== "auto" && Number(cs.zIndex) > 0) || (cs.position === "fixed" && covers && dimmer(cs));
    if ((covers || sheet) && raised && !candidates.some((c) => within(el, c))) candidates.push(el);
  }
  // A mask often has the dialog as a sibling rather than a child: group them.
  const groups = candidates.map((mask) => {
    const members = [mask];
    const mr = mask.getBoundingClientRect();
    const parent = parentOf(mask);
    for (const sib of parent ? parent.children : []) {
      if (sib === mask || candidates.includes(sib) || SKIP.has(sib.tagName) || !shown(sib)) continue;
      const pos = style(sib).position;
      const r = sib.getBoundingClientRect();
      if ((pos === "fixed" || pos === "absolute") && r.left >= mr.left - 1 && r.right <= mr.right + 1 &&
          r.top >= mr.top - 1 && r.bottom <= mr.bottom + 1) members.push(sib);
    }
    return { mask, members, controls: [], closable: false };
  });
  const groupOf = (el) => groups.find((g) => g.members.some((m) => within(el, m)));

  // ------------------------------------------------------------ controls, fields, checkboxes, images
  const controls = [], fields = [], checkboxes = [], images = [];
  const FIELD_SKIP = new Set(["hidden", "submit", "button", "reset", "image", "checkbox", "file"]);
  const BUTTON_INPUTS = new Set(["submit", "button", "reset", "image"]);
  const ROLES = new Set(["button", "link", "menuitem", "tab", "option"]);
  const labelText = (el) => {
    if (el.labels && el.labels.length) { const t = clean(el.labels[0].innerText); if (t) return t.slice(0, 120); }
    const aria = clean(el.getAttribute("aria-label"));
    if (aria) return aria;
    const by = el.getAttribute("aria-labelledby");
    if (by) { const t = clean(by.split(/\s+/).map((id) => (document.getElementById(id) || {}).innerText || "").join(" ")); if (t) return t; }
    for (let node = el, i = 0; node && i < 3; node = parentOf(node), i++) {
      for (let p = node.previousElementSibling; p; p = p.previousElementSibling) {
        const t = clean(p.innerText);
        if (t) return t.slice(0, 120);
      }
    }
    return "";
  };
  const checkboxLabel = (el, wrapping) => {  // the words are usually after the box, or around it
    if (el.labels && el.labels.length) { const t = clean(el.labels[0].innerText); if (t) return t.slice(0, 200); }
    if (wrapping) { const t = clean(wrapping.innerText); if (t) return t.slice(0, 200); }
    const own = clean(el.getAttribute("aria-label")) || clean(el.innerText);
    if (own) return own.slice(0, 200);
    for (let n = el.nextElementSibling; n; n = n.nextElementSibling) {
      const t = clean(n.innerText);
      if (t) return t.slice(0, 200);
    }
    const around = parentOf(el) ? clean(parentOf(el).innerText) : "";
    return around.length <= 200 ? around : labelText(el);
  };
  const contextText = (el, label) => {
    for (let node = parentOf(el), i = 0; node && i < 4; node = parentOf(node), i++) {
      const t = clean(node.innerText);
      if (t.length > 200) break;
      if (t && t !== label) return t;
    }
    return "";
  };
  const checkboxState = (el) => {
    if (el.tagName === "INPUT") return el.checked;
    const aria = el.getAttribute("aria-checked");
    if (aria !== null) return aria === "true";
    return /(^|[\s_-])(is-)?(checked|active|selected|on)($|[\s_-])/i.test(el.className || "");
  };
  const isCustomCheckbox = (el) => typeof el.className === "string" && /check-?box/i.test(el.className) &&
    !el.querySelector("input[type=checkbox],[role=checkbox]") && !parentOf(el)?.closest?.("[role=checkbox]");

  for (const el of elements) {
    if (overBudget()) { truncated = true; break; }
    if (SKIP.has(el.tagName)) continue;
    if (controls.length + fields.length + checkboxes.length + images.length >= opts.maxItems) { truncated = true; break; }
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute("type") || "").toLowerCase();
    const role = (el.getAttribute("role") || "").toLowerCase();
    if ((tag === "input" && type === "checkbox") || role === "checkbox" || role === "switch" || isCustomCheckbox(el)) {
      const label = el.closest("label");
      const labelEl = (el.labels && el.labels[0]) || label || el;
      const text = checkboxLabel(el, label);
      const checked = checkboxState(el);
      if (!state.first.has(el)) state.first.set(el, checked);  // first sight, before any action of ours
      const visible = shown(el) || (labelEl !== el && shown(labelEl));
      const r = (shown(el) ? el : labelEl).getBoundingClientRect();
      checkboxes.push({ ref: refOf(el), label: text, checked, checked_by_default: state.first.get(el),
        required: !!el.required || el.getAttribute("aria-required") === "true", visible, box: box(r), el });
      continue;
    }
    const editable = el.isContentEditable && !parentOf(el)?.isContentEditable;
    if ((tag === "input" && !FIELD_SKIP.has(type)) || tag === "select" || tag === "textarea" || editable) {
      const label = labelText(el);
      const value = editable ? el.textContent : el.value;
      fields.push({ ref: refOf(el), tag: editable ? "div" : tag, type: tag === "input" ? (type || "text") : tag,
        name: el.getAttribute("name") || el.id || stepperName(el), label, placeholder: el.getAttribute("placeholder") || "",
        autocomplete: el.getAttribute("autocomplete") || "",
        required: !!el.required || el.getAttribute("aria-required") === "true",
        visible: shown(el), filled: type === "radio" ? el.checked : clean(value) !== "",
        box: box(el.getBoundingClientRect()), context: contextText(el, label).slice(0, 200), el });
      continue;
    }
    if (tag === "img") {
      if (shown(el) && images.length < 300) images.push({ src: el.currentSrc || el.src || "", alt: el.alt || "", box: box(el.getBoundingClientRect()), el });
      continue;
    }
    const semantic = tag === "button" || (tag === "a" && el.hasAttribute("href")) || tag === "summary" ||
      (tag === "input" && BUTTON_INPUTS.has(type)) || ROLES.has(role) || el.hasAttribute("onclick");
    if (!semantic) {
      if (!shown(el)) continue;
      if (listens(el)) {
        const r = el.getBoundingClientRect();  // a listener on a whole view is an app's, not a control's
        if (r.width * r.height > 0.5 * vw * vh && shortText(el).length > 40) continue;
      } else if (style(el).cursor === "pointer") {
        const parent = parentOf(el);
        if (parent && parent.nodeType === 1 && style(parent).cursor === "pointer") continue;  // the parent is the control
      } else {
        const level = delegated(el);
        if (!level || !(buttonLike(el) || (level === 1 && listItem(el)))) continue;
      }
    }
    const visible = shown(el);
    const r = el.getBoundingClientRect();
    let covered = false;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    if (visible && cx >= 0 && cy >= 0 && cx < vw && cy < vh) {
      const root = el.getRootNode();
      const hit = root.elementFromPoint ? root.elementFromPoint(cx, cy) : null;
      covered = !!hit && hit !== el && !el.contains(hit) && !hit.contains(el);
    }
    const disabled = !!el.disabled || el.getAttribute("aria-disabled") === "true" || !!el.closest("fieldset:disabled") ||
      (tag.includes("-") && el.hasAttribute("disabled") && el.getAttribute("disabled") !== "false") || DISABLED_CLASS.test(classOf(el));
    controls.push({ ref: refOf(el), text: nameOf(el), tag, role, href: tag === "a" ? el.href : "",
      box: box(r), enabled: !disabled, visible, covered, selected: isSelected(el), group: groupId(el), el });
  }

  // ------------------------------------------------------------ overlay membership and close controls
  for (const c of controls) {
    const g = groupOf(c.el);
    c.in_overlay = !!g;
    if (g) {
      g.controls.push(c.ref);
      const words = c.text + " " + (c.el.getAttribute("aria-label") || "") + " " + (c.el.getAttribute("title") || "");
      const cls = typeof c.el.className === "string" ? c.el.className : "";
      if (c.visible && (CLOSE.test(clean(words)) || /(^|[\s_-])close/i.test(cls))) g.closable = true;
    }
  }

  // ------------------------------------------------------------ visible text, grouped by block
  const blocks = new Map();
  const blockOf = new Map();
  const findBlock = (el) => {
    const chain = [];
    let node = el, found = null;
    while (node) {
      if (blockOf.has(node)) { found = blockOf.get(node); break; }
      chain.push(node);
      const parent = parentOf(node);
      const display = style(node).display;
      if (!parent || parent.nodeType !== 1 || (display !== "inline" && display !== "contents")) { found = node; break; }
      node = parent;
    }
    for (const n of chain) blockOf.set(n, found);
    return found;
  };
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  for (const root of roots) {
    if (truncated && overBudget()) break;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (overBudget() || blocks.size >= opts.maxItems) { truncated = true; break; }
      const text = clean(node.data);
      const parent = node.parentElement;
      if (!text || !parent || SKIP.has(parent.tagName) || !shown(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0 || r.right < 0 || r.bottom < -window.scrollY) continue;
      const block = findBlock(parent);
      let entry = blocks.get(block);
      if (!entry) { entry = { parts: [], l: r.left, t: r.top, r: r.right, b: r.bottom, el: block }; blocks.set(block, entry); }
      entry.parts.push(text);
      entry.l = Math.min(entry.l, r.left); entry.t = Math.min(entry.t, r.top);
      entry.r = Math.max(entry.r, r.right); entry.b = Math.max(entry.b, r.bottom);
    }
  }
  const join = (parts) => parts.reduce((acc, p) => (!acc ? p : cjk.test(acc.slice(-1)) || cjk.test(p[0]) ? acc + p : acc + " " + p), "");
  const texts = [...blocks.values()].map((e) => ({ text: join(e.parts).slice(0, 2000),
    box: box({ x: e.l, y: e.t, width: e.r - e.l, height: e.b - e.t }), el: groupOf(e.el) }));
  texts.forEach((t) => { t.in_overlay = !!t.el; });

  // ------------------------------------------------------------ the page underneath must exist for an overlay
  const overlays = [];
  for (const g of groups) {
    const outside = texts.some((t) => !t.in_overlay) || controls.some((c) => !c.in_overlay && c.visible);
    if (!outside) { // a full-screen app container, not a layer over the page
      texts.forEach((t) => { if (t.el === g) t.in_overlay = false; });
      controls.forEach((c) => { if (g.controls.includes(c.ref)) c.in_overlay = false; });
      continue;
    }
    const text = clean(g.members.map((m) => m.innerText || "").join(" ")).slice(0, 2000);
    overlays.push({ box: box(g.mask.getBoundingClientRect()), text, controls: g.controls, closable: g.closable });
  }

  const storage = [];
  for (const [kind, area] of [["local", "localStorage"], ["session", "sessionStorage"]]) {
    try { const s = window[area]; for (let i = 0; i < s.length; i++) storage.push(kind + ":" + s.key(i)); } catch (e) {}
  }
  const strip = (list) => list.map(({ el, ...rest }) => rest);
  return { url: location.href, title: document.title, viewport: [vw, vh], scroll: [window.scrollX, window.scrollY],
    texts: strip(texts), fields: strip(fields), controls: strip(controls), checkboxes: strip(checkboxes), images: strip(images),
    overlays, storage, truncated, flashes: window.__qrauditTakeFlashes ? window.__qrauditTakeFlashes() : [], elements: elements.length, ms: Math.round(performance.now() - start) };
}
