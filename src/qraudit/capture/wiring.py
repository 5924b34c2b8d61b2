"""A fresh browser context for one audit, with every listener the evidence needs already attached.

Nothing persists: no profile directory, no storage shared with other audits. Permissions are all
denied, downloads refused, service workers blocked (they would fetch behind the route's back).
"""

from __future__ import annotations

import asyncio
import json
from contextlib import suppress
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page
from playwright.async_api import Dialog as PwDialog
from playwright.async_api import Download as PwDownload
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Request as PwRequest

from qraudit.capture.clock import PageClock
from qraudit.capture.egress import Egress
from qraudit.capture.events import Recorder
from qraudit.capture.evidence import HAR_FILE
from qraudit.capture.fonts import cjk_font_families
from qraudit.capture.guard import Guard
from qraudit.capture.network import Network
from qraudit.capture.options import CaptureOptions
from qraudit.capture.payment import PAYMENT_METHODS
from qraudit.capture.profiles import Profile
from qraudit.capture.settle import LoadTracker

BRIDGES_JS = resources.files("qraudit.capture").joinpath("js/bridges.js").read_text(encoding="utf-8")
TAPS_JS = resources.files("qraudit.capture").joinpath("js/taps.js").read_text(encoding="utf-8")
POPUP_WAIT_S = 3.0
CLOSE_TIMEOUT_S = 30.0  # closing a context (it writes the HAR) may take this long, then it is abandoned
# DOM snapshots make the trace show each action's page; benchmarks/capture.py found them within noise
# of a trace without them (the tracing itself is what costs).
TRACE_SNAPSHOTS = True


@dataclass
class Wiring:
    context: BrowserContext
    page: Page
    recorder: Recorder
    network: Network
    loads: LoadTracker
    clock: PageClock
    egress: Egress | None = None
    crashed: list[str] = field(default_factory=list)
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)


def bridges_script(profile: Profile) -> str:
    config = json.dumps(
        {"app": profile.app, "navigator": profile.navigator, "paymentMethods": list(PAYMENT_METHODS)},
        ensure_ascii=False,
    )
    return BRIDGES_JS.replace("__QRAUDIT_CONFIG__", config)


async def open_context(
    browser: Browser, options: CaptureOptions, profile: Profile, evidence_dir: Path | None
) -> Wiring:
    extra: dict[str, Any] = {}
    if evidence_dir is not None and options.har:
        evidence_dir.mkdir(parents=True, exist_ok=True)
        extra = {"record_har_path": str(evidence_dir / HAR_FILE), "record_har_content": "omit"}
    guard = Guard(options)
    egress = None
    if not options.browser_endpoint:  # a remote browser's driver could not reach this machine's loopback
        egress = Egress(guard.pinned, options.nav_timeout_s)
        await egress.start()
        extra["proxy"] = egress.proxy
    context: BrowserContext | None = None
    try:
        context = await browser.new_context(
            **profile.context_options(), accept_downloads=False, service_workers="block", **extra
        )
        return await _wire(context, guard, egress, options, profile, evidence_dir)
    except BaseException:  # nothing half-open is left behind: no context, no listening proxy
        try:
            if context is not None:
                with suppress(PlaywrightError, asyncio.TimeoutError):
                    await asyncio.wait_for(context.close(), CLOSE_TIMEOUT_S)
        finally:
            if egress is not None:
                await egress.close()
        raise


async def _wire(
    context: BrowserContext,
    guard: Guard,
    egress: Egress | None,
    options: CaptureOptions,
    profile: Profile,
    evidence_dir: Path | None,
) -> Wiring:
    context.set_default_timeout(options.nav_timeout_s * 1000)
    context.set_default_navigation_timeout(options.nav_timeout_s * 1000)
    recorder, loads = Recorder(), LoadTracker()
    holder: dict[str, Page] = {}

    def is_main(request: PwRequest) -> bool:
        try:
            frame = request.frame
        except PlaywrightError:  # service worker or detached frame
            return False
        return frame.parent_frame is None and frame.page is holder.get("page")

    def top_url() -> str:
        page = holder.get("page")
        return page.url if page is not None else ""

    network = Network(guard, recorder, options, is_main, top_url, profile.request_headers, context.request)
    clock = PageClock(context, options.clock)
    await clock.install()  # first: our scripts then wrap the page's (fake) timers, as the page sees them
    await context.expose_binding("__qrauditRecord", lambda source, payload: _bridge_call(recorder, payload))
    await context.add_init_script(script=bridges_script(profile))
    await context.add_init_script(script=TAPS_JS)
    await context.route("**/*", network.handle)
    await context.route_web_socket("**/*", network.handle_websocket)
    if evidence_dir is not None and options.trace:
        await context.tracing.start(snapshots=TRACE_SNAPSHOTS, screenshots=False, sources=False)
    page = await context.new_page()
    holder["page"] = page
    wiring = Wiring(context, page, recorder, network, loads, clock, egress)
    _listen(wiring)
    await _watch_page(context, page, network)
    return wiring


def _bridge_call(recorder: Recorder, payload: Any) -> None:
    if isinstance(payload, dict):
        recorder.bridge_call(str(payload.get("bridge", "")), str(payload.get("method", "")), payload.get("args"))


def _spawn(wiring: Wiring, coro: Any) -> None:
    task = asyncio.ensure_future(coro)
    wiring.tasks.add(task)
    task.add_done_callback(wiring.tasks.discard)


def _listen(w: Wiring) -> None:
    page, recorder = w.page, w.recorder
    page.on("load", lambda _: w.loads.load())
    page.on("crash", lambda _: w.crashed.append("renderer crashed"))
    page.on("request", w.network.on_request)
    page.on("console", lambda m: recorder.console_error(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: recorder.console_error(f"uncaught: {e}"))
    page.on("dialog", lambda d: _spawn(w, _dialog(recorder, d)))
    page.on("download", lambda d: _spawn(w, _download(recorder, d)))
    w.context.on("page", lambda p: None if p is page else _spawn(w, _popup(recorder, p)))


async def _dialog(recorder: Recorder, dialog: PwDialog) -> None:
    recorder.dialog(dialog.type, dialog.message)
    try:
        if dialog.type == "beforeunload":  # "stay on this page?": leave, or the audit is held hostage
            await dialog.accept()
        else:
            await dialog.dismiss()
    except PlaywrightError:
        pass


async def _download(recorder: Recorder, download: PwDownload) -> None:
    recorder.download(download.url, download.suggested_filename)
    try:
        await download.cancel()
    except PlaywrightError:
        pass


async def _popup(recorder: Recorder, popup: Page) -> None:
    """Record where a pop-up window was going, then close it."""
    try:
        if popup.url in ("", "about:blank"):
            await asyncio.wait_for(popup.wait_for_event("framenavigated"), POPUP_WAIT_S)
    except (TimeoutError, PlaywrightError):
        pass
    recorder.popup(popup.url)
    try:
        await asyncio.wait_for(popup.close(), POPUP_WAIT_S)
    except (TimeoutError, PlaywrightError):
        pass


async def _watch_page(context: BrowserContext, page: Page, network: Network) -> None:
    """Through CDP (optional, Chromium only): why the renderer navigated (script, meta refresh), and the
    default fonts of Chinese text, the same in every build (fonts.py)."""
    try:
        cdp = await context.new_cdp_session(page)
        cdp.on(
            "Page.frameRequestedNavigation", lambda e: network.note_navigation(e.get("url", ""), e.get("reason", ""))
        )
        await cdp.send("Page.enable")
        await cdp.send("Page.setFontFamilies", cjk_font_families())
    except PlaywrightError:
        pass
