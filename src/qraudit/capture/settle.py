"""Waiting until a step has settled: loaded, network idle, DOM quiet, and a minimum dwell. Always bounded."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError, Page

from qraudit.capture.network import Network

POLL_S = 0.2
DWELL_TICK_S = 0.5  # re-check the dwell's end this often: a new page load moves it
NET_IDLE_S = 0.5  # no request in flight for this long
DOM_QUIET_MS = 300  # no mutation for this long
EXTRA_AFTER_DWELL_S = 4.0  # how long past the dwell a busy page (polling, animating) is waited for
PROBE_TIMEOUT_S = 2.0
UNRESPONSIVE_S = 10.0  # no answer for this long: a script is stuck (a 200,000-element build takes ~5 s here)
QUIET_PROBE = "() => [window.__qrauditQuietMs ? window.__qrauditQuietMs() : 1e9, document.readyState]"
# Late walls: a pop-up scheduled seconds after arrival (js/taps.js tracks one-shot timers), or a slow API
# call the page waits on, is waited for up to LATE_HORIZON_S after the step began; then the step is read.
LATE_HORIZON_S = 10.0
TIMER_PROBE = "() => window.__qrauditNextTimerMs ? window.__qrauditNextTimerMs() : -1"
TIMER_MARGIN_S = 0.35  # after the timer fires, for the pop-up's own render and transition
MAX_TIMER_FRAMES = 4


class Unresponsive(Exception):
    """The renderer stopped answering (a script in an endless loop)."""


@dataclass
class LoadTracker:
    """When the main frame last fired `load`: the dwell counts from there."""

    load_at: float = 0.0

    def load(self) -> None:
        self.load_at = time.monotonic()


async def probe(page: Page, script: str, timeout_s: float = PROBE_TIMEOUT_S) -> object:
    """Evaluate `script`; raise Unresponsive when the page cannot answer within `timeout_s`."""
    try:
        return await asyncio.wait_for(page.evaluate(script), timeout_s)
    except asyncio.TimeoutError:
        raise Unresponsive(f"page did not answer within {timeout_s:.0f} s (a script is busy)") from None


async def next_timer_s(page: Page) -> float | None:
    """Seconds until the next one-shot timer due in the page or its first frames; None when none is pending."""
    found: list[float] = []
    for frame in page.frames[:MAX_TIMER_FRAMES]:
        try:
            ms = await asyncio.wait_for(frame.evaluate(TIMER_PROBE), PROBE_TIMEOUT_S / 2)
        except (PlaywrightError, asyncio.TimeoutError):
            continue
        if isinstance(ms, (int, float)) and ms >= 0:
            found.append(float(ms) / 1000)
    return min(found, default=None)


async def settle(
    page: Page, network: Network, loads: LoadTracker, since: float, dwell_s: float, deadline: float,
    late_s: float = LATE_HORIZON_S,
) -> str:
    """Wait for the step to settle; returns how it ended: settled | busy | deadline."""
    stuck_since: float | None = None
    horizon = min(deadline, since + late_s)
    while True:
        now = time.monotonic()
        if now >= deadline:
            return "deadline"
        dwell_end = max(since, loads.load_at) + dwell_s
        if now < dwell_end:  # nothing to ask the page before the dwell is over: asking costs CPU on both sides
            await asyncio.sleep(min(dwell_end - now, deadline - now, DWELL_TICK_S))
            continue
        try:
            quiet, ready = await probe(page, QUIET_PROBE)  # type: ignore[misc]
            quiet_ms, loaded = float(quiet), ready == "complete"
            stuck_since = None
        except Unresponsive:
            stuck_since = stuck_since or now
            if time.monotonic() - stuck_since >= UNRESPONSIVE_S or page.is_closed():
                raise
            continue
        except PlaywrightError:  # navigating: the document went away under the probe
            quiet_ms, loaded = 0.0, False
        net_idle = network.inflight == 0 and now - network.last_activity >= NET_IDLE_S
        if now >= dwell_end and loaded and net_idle and quiet_ms >= DOM_QUIET_MS:
            timer = await next_timer_s(page) if now < horizon else None
            if timer is None or now + timer > horizon:
                return "settled"
            await asyncio.sleep(min(timer + TIMER_MARGIN_S, max(0.0, deadline - now)))
            continue
        waiting_on_server = network.inflight > 0 and now < horizon  # a slow API call the page shows a spinner for
        if now >= dwell_end + EXTRA_AFTER_DWELL_S and not waiting_on_server:  # polling, animating: bounded
            return "busy"
        await asyncio.sleep(min(POLL_S, max(0.0, deadline - now)))
