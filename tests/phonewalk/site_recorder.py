"""Phone walks recorded by walking a fixture site in real Chromium: taps and typing, recorded as a screen recording.

`record_site_walk(url, steps, out)` opens the URL in a phone-sized, WeChat-like Chromium and does the steps
(Tap, Type, Wait) while Chromium's own screencast (CDP Page.startScreencast) delivers every frame it paints,
with its timestamp: transitions, toasts and pop-ups as they really appeared. The frames are then resampled to a
constant frame rate (each tick shows the last frame painted by then), framed as the phone shows them (status bar,
WeChat's title bar with the page's title of that moment) and encoded as H.264. After each step settles one
framed screenshot is saved too, as a person taking screenshots would.

A page cannot draw WeChat's native cashier sheet, so a stub of the WeChat bridge and JS-SDK is injected: when
the page asks for payment (WeixinJSBridge.invoke('getBrandWCPayRequest') or wx.chooseWXPay) it draws a
native-looking WeChat Pay sheet (￥ amount, 付款给 merchant, 零钱, 确认支付) over a dim mask. 确认支付 answers the
page with ok, × with cancel; every other call succeeds with "name:ok". No traffic leaves 127.0.0.0/8.
"""

from __future__ import annotations

import base64
import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image

from qraudit.capture import find_browser
from tests.phonewalk.recorder import HEIGHT, STATUS_PT, TITLE_PT, WIDTH, PhoneWalk, encode_mp4, phone_frame
from tests.sites.wechat_stub import LAUNCH_ARGS, WECHAT_UA, answer_offsite

PAGE_HEIGHT = HEIGHT - STATUS_PT - TITLE_PT  # the web view under WeChat's bars: 753 CSS px
FPS = 8
SETTLE_S = 0.7  # after a step, before its screenshot: transitions done, a toast still showing
END_HOLD_S = 1.2  # the last screen stays on the recording this long
POLL_S = 0.1


@dataclass(frozen=True)
class Tap:
    """Tap the visible element whose text is `text` (or, when none is and not `exact`, contains it); or the one
    `css` selects. `nth` picks among several matches, in document order."""

    text: str = ""
    exact: bool = False
    nth: int = 0
    css: str = ""


@dataclass(frozen=True)
class Type:
    """Tap a field (by placeholder, or a CSS selector starting with # . or [) and type `text` key by key."""

    field: str
    text: str


@dataclass(frozen=True)
class Wait:
    seconds: float


Step = Tap | Type | Wait


# ------------------------------------------------------------------ the WeChat stub

SHEET_JS = r"""
(function () {
  if (window.__qrWalkSheet) return;
  function money(s) { var n = parseFloat(String(s).replace(/,/g, '')); return isFinite(n) ? n : null; }
  // The amount the page shows: the largest visible price (a bill's total is its largest figure).
  function pageAmount() {
    var text = '';
    try { text = document.body ? document.body.innerText : ''; } catch (e) {}
    var best = null, m;
    var patterns = [/[¥￥]\s*(\d+(?:,\d{3})*(?:\.\d{1,2})?)/g, /(\d+(?:\.\d{1,2})?)\s*元/g, /(?:CNY|RMB)\s*(\d+(?:\.\d{1,2})?)/gi];
    patterns.forEach(function (re) {
      while ((m = re.exec(text))) { var v = money(m[1]); if (v !== null && v > 0 && (best === null || v > best)) best = v; }
    });
    return (best === null ? 10 : best).toFixed(2);
  }
  function merchant() {
    var t = (document.title || '').split(/\s*[-–—|·_｜]\s*/)[0].trim();
    if (!t) { var h = document.querySelector('h1, h2'); t = h ? h.textContent.trim() : ''; }
    return (t || '商户').slice(0, 18);
  }
  window.__qrWalkSheet = function (done) {
    var host = document.createElement('div');
    host.id = '__qrwalk-wxpay';
    host.style.cssText = 'all:initial;position:fixed;inset:0;z-index:2147483647;';
    var root = host.attachShadow({mode: 'open'});
    root.innerHTML =
      '<style>' +
      '*{box-sizing:border-box;margin:0;padding:0;font-family:"PingFang SC","Noto Sans CJK SC",sans-serif}' +
      '.mask{position:fixed;inset:0;background:rgba(0,0,0,.6);opacity:0;transition:opacity .25s}' +
      '.sheet{position:fixed;left:0;right:0;bottom:0;background:#fff;border-radius:12px 12px 0 0;padding:18px 24px 34px;' +
      'transform:translateY(100%);transition:transform .3s ease-out;color:#111}' +
      '.on .mask{opacity:1}.on .sheet{transform:none}' +
      '.close{position:absolute;left:16px;top:10px;font-size:26px;color:#333;line-height:1;cursor:pointer}' +
      '.head{text-align:center;font-size:15px;color:#333;margin-top:2px}' +
      '.to{text-align:center;font-size:14px;color:#888;margin-top:26px}' +
      '.amount{text-align:center;font-size:36px;font-weight:600;margin:6px 0 22px}' +
      '.row{display:flex;justify-content:space-between;font-size:15px;padding:14px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}' +
      '.row span:first-child{color:#888}' +
      '.btn{display:block;margin:30px auto 0;width:184px;height:46px;line-height:46px;border-radius:8px;background:#07c160;color:#fff;' +
      'font-size:17px;font-weight:500;text-align:center;cursor:pointer}' +
      '</style>' +
      '<div class="wrap"><div class="mask"></div><div class="sheet" role="dialog" aria-label="微信支付">' +
      '<span class="close" role="button" aria-label="关闭">×</span><div class="head">微信支付</div>' +
      '<div class="to"></div><div class="amount"></div>' +
      '<div class="row"><span>付款方式</span><span>零钱 ›</span></div>' +
      '<div class="btn" role="button">确认支付</div></div></div>';
    root.querySelector('.to').textContent = '付款给 ' + merchant();
    root.querySelector('.amount').textContent = '￥' + pageAmount();
    function finish(ok) {
      var wrap = root.querySelector('.wrap'); wrap.classList.remove('on');
      setTimeout(function () { host.remove(); done(ok); }, 320);
    }
    root.querySelector('.btn').onclick = function () { finish(true); };
    root.querySelector('.close').onclick = function () { finish(false); };
    document.documentElement.appendChild(host);
    requestAnimationFrame(function () { requestAnimationFrame(function () { root.querySelector('.wrap').classList.add('on'); }); });
  };
})();
"""

BRIDGE_JS = (
    SHEET_JS
    + r"""
(function () {
  window.__qrWalkPayments = [];
  function later(f) { setTimeout(f, 0); }
  window.WeixinJSBridge = {
    invoke: function (name, args, cb) {
      window.__qrWalkPayments.push({bridge: 'WeixinJSBridge', name: name});
      if (name === 'getBrandWCPayRequest') {
        window.__qrWalkSheet(function (ok) { if (cb) cb({err_msg: 'get_brand_wcpay_request:' + (ok ? 'ok' : 'cancel')}); });
        return;
      }
      if (cb) later(function () { cb({err_msg: name + ':ok'}); });
    },
    on: function () {}, call: function () {}, log: function () {}
  };
  document.addEventListener('DOMContentLoaded', function () { document.dispatchEvent(new Event('WeixinJSBridgeReady')); });

  // The JS-SDK (jweixin) as res.wx.qq.com would give it: installed when the page loads that script.
  window.__qrWalkInstallWx = function () {
    var ready = [], isReady = false;
    function answer(name, o, extra) {
      later(function () {
        var res = Object.assign({errMsg: name + ':ok'}, extra || {});
        if (o && typeof o.success === 'function') o.success(res);
        if (o && typeof o.complete === 'function') o.complete(res);
      });
    }
    var base = {
      config: function () { later(function () { isReady = true; ready.splice(0).forEach(function (f) { f(); }); }); },
      ready: function (f) { if (isReady) f(); else ready.push(f); },
      error: function () {},
      checkJsApi: function (o) {
        var result = {}; ((o && o.jsApiList) || []).forEach(function (n) { result[n] = true; });
        answer('checkJsApi', o, {checkResult: result});
      },
      chooseWXPay: function (o) {
        window.__qrWalkPayments.push({bridge: 'wx', name: 'chooseWXPay'});
        window.__qrWalkSheet(function (ok) {
          var res = {errMsg: 'chooseWXPay:' + (ok ? 'ok' : 'cancel')};
          if (ok && o && o.success) o.success(res);
          if (!ok && o && o.cancel) o.cancel(res);
          if (o && o.complete) o.complete(res);
        });
      },
      getLocation: function (o) { answer('getLocation', o, {latitude: 31.23, longitude: 121.47, accuracy: 30}); },
      getNetworkType: function (o) { answer('getNetworkType', o, {networkType: 'wifi'}); }
    };
    // Any other API (share, menu, scanQRCode, ...) succeeds as a normal WeChat would.
    window.wx = window.jWeixin = new Proxy(base, {
      get: function (target, key) {
        if (key in target) return target[key];
        if (typeof key !== 'string' || key === 'then' || key === 'toJSON') return undefined;
        return function (o) { answer(key, o); };
      }
    });
  };
})();
"""
)

JWEIXIN_JS = "window.__qrWalkInstallWx && window.__qrWalkInstallWx();"


def _route(route) -> None:
    parts = urlsplit(route.request.url)
    if parts.hostname == "res.wx.qq.com" and parts.path.endswith(".js"):
        route.fulfill(status=200, body=JWEIXIN_JS, content_type="application/javascript")
    else:
        answer_offsite(route)  # loopback passes (3xx made script navigations), OAuth and cashier hosts answered


# ------------------------------------------------------------------ recording


@dataclass
class _Tape:
    """What the screencast delivered: (timestamp s, PNG bytes); and the page's title over time."""

    frames: list[tuple[float, bytes]] = field(default_factory=list)
    titles: list[tuple[float, str]] = field(default_factory=list)
    offset: float | None = None  # screencast clock -> time.time()

    def add_frame(self, params: dict) -> None:
        now = time.time()
        stamp = (params.get("metadata") or {}).get("timestamp")
        if self.offset is None:
            # Chromium stamps frames in seconds since the epoch; anything else is tied to the arrival clock.
            self.offset = 0.0 if stamp is not None and abs(stamp - now) < 30 else (now - stamp if stamp else 0.0)
        when = stamp + self.offset if stamp is not None else now
        self.frames.append((when, base64.b64decode(params["data"])))

    def title_at(self, when: float) -> str:
        title = self.titles[0][1] if self.titles else ""
        for at, text in self.titles:
            if at > when + POLL_S:
                break
            title = text
        return title


def _title(page) -> str | None:
    try:
        return page.title()
    except Exception:  # noqa: BLE001 - mid-navigation the title cannot be read; the next poll can
        return None


def _pause(page, tape: _Tape, seconds: float) -> None:
    """Wait in Playwright's own clock (so screencast events keep arriving and are acknowledged), noting the title."""
    end = time.time() + seconds
    while True:
        title = _title(page)
        if title is not None:
            tape.titles.append((time.time(), title))
        left = end - time.time()
        if left <= 0:
            break
        page.wait_for_timeout(int(min(POLL_S, left) * 1000) or 1)


def _visible(locator):
    return locator.filter(visible=True)


def _target(page, step: Tap):
    """The element to tap, searched in the page and then in its frames (a pop-up may live in an iframe)."""
    frames = [page.main_frame, *[f for f in page.frames if f is not page.main_frame]]
    # An element whose whole text is the words first (the button, not the sentence that mentions it), then one
    # that contains them.
    for exact in (True,) if step.exact or step.css else (True, False):
        for frame in frames:
            found = _visible(frame.locator(step.css) if step.css else frame.get_by_text(step.text, exact=exact))
            if found.count() > step.nth:
                return found.nth(step.nth)
    return None


def _do(page, tape: _Tape, step: Step) -> None:
    if isinstance(step, Wait):
        _pause(page, tape, step.seconds)
        return
    if isinstance(step, Tap):
        deadline = time.time() + 5
        target = _target(page, step)
        while target is None and time.time() < deadline:
            _pause(page, tape, 0.2)
            target = _target(page, step)
        if target is None:
            raise AssertionError(f"nothing visible to tap for {step} on {page.url}")
        target.click(timeout=5000)
    elif isinstance(step, Type):
        box = page.locator(step.field) if step.field[:1] in "#.[" else page.get_by_placeholder(step.field)
        box = _visible(box).first
        box.click(timeout=5000)
        box.press_sequentially(step.text, delay=70)
    else:
        raise TypeError(f"not a step: {step!r}")
    try:
        page.wait_for_load_state("load", timeout=5000)
    except Exception:  # noqa: BLE001 - a step that starts no page load has nothing to wait for
        pass
    _pause(page, tape, SETTLE_S)


def _screenshot(page) -> Image.Image:
    return Image.open(io.BytesIO(page.screenshot())).convert("RGB")


def _walk(url: str, steps: list[Step], scale: int) -> tuple[_Tape, list[tuple[Image.Image, str]], float, float]:
    from playwright.sync_api import sync_playwright

    tape = _Tape()
    shots: list[tuple[Image.Image, str]] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_browser().path, args=LAUNCH_ARGS)
        try:
            context = browser.new_context(
                user_agent=WECHAT_UA,
                viewport={"width": WIDTH, "height": PAGE_HEIGHT},
                device_scale_factor=scale,
                is_mobile=True,
                has_touch=True,
                locale="zh-CN",
            )
            context.add_init_script(BRIDGE_JS)
            context.route("**/*", _route)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            cdp = context.new_cdp_session(page)

            def on_frame(params: dict) -> None:
                tape.add_frame(params)
                try:
                    cdp.send("Page.screencastFrameAck", {"sessionId": params["sessionId"]})
                except Exception:  # noqa: BLE001 - the last frames may arrive while the session closes
                    pass

            cdp.on("Page.screencastFrame", on_frame)
            cdp.send(
                "Page.startScreencast",
                {"format": "png", "maxWidth": WIDTH * scale, "maxHeight": PAGE_HEIGHT * scale, "everyNthFrame": 1},
            )
            started = time.time()
            page.goto(url, wait_until="load")
            _pause(page, tape, SETTLE_S)
            shots.append((_screenshot(page), _title(page) or ""))
            for step in steps:
                _do(page, tape, step)
                shots.append((_screenshot(page), _title(page) or ""))
            _pause(page, tape, END_HOLD_S)
            ended = time.time()
            cdp.send("Page.stopScreencast")
            if errors:
                raise AssertionError(f"script errors while walking {url}: {errors}")
        finally:
            browser.close()
    if not tape.frames:
        raise AssertionError("the screencast delivered no frame")
    return tape, shots, started, ended


def _fit(png: bytes, size: tuple[int, int]) -> Image.Image:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return image if image.size == size else image.resize(size, Image.LANCZOS)


def _blank(png: bytes) -> bool:
    low, high = Image.open(io.BytesIO(png)).convert("L").reduce(8).getextrema()
    return high - low < 8


def record_site_walk(
    url: str,
    steps: list[Step],
    out: Path,
    title: str | None = None,
    scale: int = 2,
    app: str = "wechat",
    fps: int = FPS,
) -> PhoneWalk:
    """Walk `url` with `steps` and save out/walk.mp4 (a screencast resampled to `fps`) and out/screenshots/."""
    out.mkdir(parents=True, exist_ok=True)
    tape, shots, started, ended = _walk(url, steps, scale)
    size = (WIDTH * scale, PAGE_HEIGHT * scale)
    frames = sorted(tape.frames, key=lambda f: f[0])
    # The recording starts with the page's first paint, not the blank tab before it.
    first = next((i for i, (_, png) in enumerate(frames) if not _blank(png)), 0)
    frames = frames[first:]
    begin = max(started, frames[0][0])
    ticks = int((ended - begin) * fps) + 1
    framed: list[Image.Image] = []
    cache: dict[tuple[int, str], Image.Image] = {}  # a frame held over many ticks is framed once
    j = 0
    for k in range(ticks):
        at = begin + k / fps
        while j + 1 < len(frames) and frames[j + 1][0] <= at:
            j += 1
        shown = title if title is not None else tape.title_at(at)
        key = (j, shown)
        if key not in cache:
            cache[key] = phone_frame(_fit(frames[j][1], size), shown, scale, app)
        framed.append(cache[key])
    video = encode_mp4(framed, out / "walk.mp4", fps=fps, hold_s=1 / fps)
    folder = out / "screenshots"
    folder.mkdir(exist_ok=True)
    paths = []
    for i, (image, page_title) in enumerate(shots, 1):
        path = folder / f"IMG_{i:04d}.PNG"
        phone_frame(image, title if title is not None else page_title, scale, app).save(path)
        paths.append(path)
    stats = out / "recording.txt"
    stats.write_text(
        f"screencast frames {len(frames)}, used {len(cache)}, video frames {ticks} at {fps} fps, "
        f"{ticks / fps:.1f} s, screenshots {len(paths)}\n",
        encoding="utf-8",
    )
    return PhoneWalk(video, tuple(paths))
