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


async def settle(page: Page, network: Network, loads: LoadTracker, since: float, dwell_s: float, deadline: float) -> str:
    """Wait for the step to settle; returns how it ended: settled | busy | deadline."""
    stuck_since: float | None = None
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
            return "settled"
        if now >= dwell_end + EXTRA_AFTER_DWELL_S:  # polling, animating or slow: bounded, not awaited
            return "busy"
        await asyncio.sleep(min(POLL_S, max(0.0, deadline - now)))
