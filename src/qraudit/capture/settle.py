"""Waiting until a step has settled: loaded, network idle, DOM quiet, a dwell and the late timers. Always bounded.

With the virtual clock (capture/clock.py) the dwell and the timers pass in page time, jumped over at once; the
network, rendering and the quiet window still take real time. A page that will not go quiet under the
virtual clock is settled again in real time (`fallback`), as `--clock real` settles every step.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import cast

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from qraudit.capture.clock import PageClock, StepClock
from qraudit.capture.network import Network
from qraudit.capture.options import LATE_HORIZON_S
from qraudit.capture.probe import PROBE_TIMEOUT_S, PageProbe, Unresponsive

POLL_S = 0.2
DWELL_TICK_S = 0.5  # re-check the dwell's end this often: a new page load moves it
NET_IDLE_S = 0.5  # no request in flight for this long
DOM_QUIET_MS = 300  # no mutation for this long
EXTRA_AFTER_DWELL_S = 4.0  # how long past the dwell a busy page (polling, animating) is waited for
UNRESPONSIVE_S = 10.0  # no answer for this long: a script is stuck (a 200,000-element build takes ~5 s here)
QUIET_PROBE = (
    "() => [window.__qrauditQuietMs ? window.__qrauditQuietMs() : 1e9, document.readyState,"
    " window.__qrauditMutations ? window.__qrauditMutations() : 0]"
)
# Late walls: a pop-up scheduled seconds after arrival (js/taps.js tracks one-shot timers), or a slow API
# call the page waits on, is waited for up to LATE_HORIZON_S after the step began; then the step is read.
TIMER_PROBE = "() => window.__qrauditNextTimerMs ? window.__qrauditNextTimerMs() : -1"
TIMER_MARGIN_S = 0.35  # after the timer fires, for the pop-up's own render and transition
MAX_TIMER_FRAMES = 4
# Virtual clock: a page still changing this long after the last jump (an endless animation, polling that
# re-renders) is not going to settle in page time; it is settled in real time instead.
VIRTUAL_BUSY_S = 2.0
VIRTUAL_MAX_S = 8.0


@dataclass
class LoadTracker:
    """When the main frame last fired `load`: the dwell counts from there."""

    load_at: float = 0.0

    def load(self) -> None:
        self.load_at = time.monotonic()


async def next_timer_s(probe: PageProbe) -> float | None:
    """Seconds until the next one-shot timer due in the page or its first frames; None when none is pending."""
    found: list[float] = []
    for i, frame in enumerate(probe.page.frames[:MAX_TIMER_FRAMES]):  # the main frame's through the probe
        try:
            ms = await (
                probe(TIMER_PROBE, PROBE_TIMEOUT_S / 2)
                if i == 0
                else asyncio.wait_for(frame.evaluate(TIMER_PROBE), PROBE_TIMEOUT_S / 2)
            )
        except (TimeoutError, PlaywrightError, Unresponsive):
            continue
        if isinstance(ms, (int, float)) and ms >= 0:
            found.append(float(ms) / 1000)
    return min(found, default=None)


@dataclass(frozen=True)
class StepTiming:
    """A step's two clocks, from its start until the page was read: real seconds and page seconds."""

    clock: StepClock
    wall_s: float
    page_s: float


@dataclass(frozen=True)
class Settled:
    how: str  # settled | busy | deadline
    clock: StepClock
    jumped_s: float = 0.0  # page seconds jumped over in this step (virtual clock)


@dataclass
class _Watch:
    """Reads the page's state; tells a page that is navigating from one that is stuck."""

    probe: PageProbe
    stuck_since: float | None = None
    count: int | None = None  # DOM mutations seen at the last probe
    changed_at: float = 0.0  # when that count last changed (real time)

    async def read(self, now: float) -> tuple[float, bool, float] | None:
        """(quiet ms by the page's clock, loaded, quiet ms in real time), or None while navigating."""
        try:
            reply = await self.probe(QUIET_PROBE)
            quiet, ready, count = cast("tuple[float, str, int]", reply)
            self.stuck_since = None
        except Unresponsive:
            self.stuck_since = self.stuck_since or now
            if time.monotonic() - self.stuck_since >= UNRESPONSIVE_S or self.probe.page.is_closed():
                raise
            return None
        except PlaywrightError:  # navigating: the document went away under the probe
            return 0.0, False, 0.0
        if count != self.count:
            self.count, self.changed_at = count, now
        return float(quiet), ready == "complete", (now - self.changed_at) * 1000


async def settle(
    page: Page,
    network: Network,
    loads: LoadTracker,
    clock: PageClock,
    since: float,
    dwell_s: float,
    deadline: float,
    late_s: float = LATE_HORIZON_S,
) -> Settled:
    """Wait for the step to settle, in page time when the clock is virtual, else in real time."""
    jumped, probe = 0.0, PageProbe(page)
    try:
        if clock.virtual:
            virtual = await _settle_virtual(probe, network, loads, clock, since, dwell_s, deadline, late_s)
            if isinstance(virtual, Settled):
                return virtual
            jumped = virtual
        how = await _settle_real(probe, network, loads, since, dwell_s, deadline, late_s)
        return Settled(how, "fallback" if clock.mode == "virtual" else "real", jumped)
    finally:
        await probe.close()


async def _settle_virtual(
    probe: PageProbe,
    network: Network,
    loads: LoadTracker,
    clock: PageClock,
    since: float,
    dwell_s: float,
    deadline: float,
    late_s: float,
) -> Settled | float:
    """Settled, or the page seconds jumped before the virtual clock was given up for this step."""
    watch, jumped, last_jump = _Watch(probe), 0.0, since
    dwelled_load: float | None = None  # the document whose dwell has been jumped over
    while True:
        now = time.monotonic()
        if now >= deadline:
            return Settled("deadline", "virtual", jumped)
        state = await watch.read(now)
        net_idle = network.inflight == 0 and now - network.last_activity >= NET_IDLE_S
        if state is None or not (state[1] and net_idle and state[2] >= DOM_QUIET_MS):
            waiting_on_server = network.inflight > 0 and now < since + late_s  # a spinner for a slow API call
            # Time spent on an answer the page waited for is not the page being busy; a page that keeps
            # fetching and changing is given up on after VIRTUAL_MAX_S all the same.
            progress = max(last_jump, network.last_activity)
            if not waiting_on_server and (now - progress >= VIRTUAL_BUSY_S or now - since >= VIRTUAL_MAX_S):
                return jumped
            await asyncio.sleep(min(POLL_S, max(0.0, deadline - now)))
            continue
        if dwelled_load != loads.load_at:  # the first document, or a new one: its dwell passes in page time
            dwelled_load = loads.load_at
            jump = dwell_s
        else:
            timer = await next_timer_s(probe)
            if timer is None or (now - since) + jumped + timer > late_s:
                return Settled("settled", "virtual", jumped)
            jump = timer + TIMER_MARGIN_S
        if not await clock.advance(jump):
            return jumped
        jumped, last_jump = jumped + jump, time.monotonic()


async def _settle_real(
    probe: PageProbe,
    network: Network,
    loads: LoadTracker,
    since: float,
    dwell_s: float,
    deadline: float,
    late_s: float,
) -> str:
    """Returns how the step ended: settled | busy | deadline."""
    watch = _Watch(probe)
    horizon = min(deadline, since + late_s)
    while True:
        now = time.monotonic()
        if now >= deadline:
            return "deadline"
        dwell_end = max(since, loads.load_at) + dwell_s
        if now < dwell_end:  # nothing to ask the page before the dwell is over: asking costs CPU on both sides
            await asyncio.sleep(min(dwell_end - now, deadline - now, DWELL_TICK_S))
            continue
        state = await watch.read(now)
        if state is None:
            continue
        quiet_ms, loaded, _ = state
        net_idle = network.inflight == 0 and now - network.last_activity >= NET_IDLE_S
        if loaded and net_idle and quiet_ms >= DOM_QUIET_MS:
            timer = await next_timer_s(probe) if now < horizon else None
            if timer is None or now + timer > horizon:
                return "settled"
            await asyncio.sleep(min(timer + TIMER_MARGIN_S, max(0.0, deadline - now)))
            continue
        waiting_on_server = network.inflight > 0 and now < horizon  # a slow API call the page shows a spinner for
        if now >= dwell_end + EXTRA_AFTER_DWELL_S and not waiting_on_server:  # polling, animating: bounded
            return "busy"
        await asyncio.sleep(min(POLL_S, max(0.0, deadline - now)))
