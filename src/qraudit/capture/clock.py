"""The page's clock for one audit: virtual (fast-forwarded) or real (waited for).

With the virtual clock, Playwright's fake timers are installed in the context before any page script runs.
Time still flows at the real rate, so animations and spinners behave, but after each step the settle loop
jumps the page's clock forward (`run_for`): a gate a page schedules 8 s out is there at once. `Date`,
`performance.now`, timers and animation frames all follow the page clock; the network and CSS animations
keep real time. A page whose fake clock cannot be advanced (a jump that does not return, an error) is
waited for in real time from then on: `fallback`.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from playwright.async_api import BrowserContext
from playwright.async_api import Error as PlaywrightError

from qraudit.capture.gone import document_replaced, target_gone
from qraudit.capture.options import ClockMode

# What a step's report says about its clock: fast-forwarded, waited for, or virtual given up for real time.
StepClock = Literal["virtual", "real", "fallback"]
# One jump runs every timer due in it, in page order; a page with a few thousand due callbacks takes well under
# a second here. A jump that has not returned by then is a page the fake clock does not suit.
RUN_FOR_TIMEOUT_S = 3.0
# Our own scripts time the DOM in real time without touching the page's clock: reading the fake
# `performance.now` syncs it, so that timers set later are due before timers the page set just earlier.
REAL_NOW_JS = """(() => {
  if (window.__qrauditRealNow) return;
  Object.defineProperty(window, "__qrauditRealNow", { value: performance.now.bind(performance), enumerable: false });
})();"""


class PageClock:
    def __init__(self, context: BrowserContext, mode: ClockMode):
        self._context = context
        self.mode = mode
        self.broken: str | None = None  # why the virtual clock was given up, for the rest of the audit

    async def install(self) -> None:
        """Before the first page and before our own scripts, so that they wrap the page's (fake) timers."""
        await self._context.add_init_script(script=REAL_NOW_JS)  # before the fake clock: the real one stays ours
        if self.mode == "virtual":
            try:
                await self._context.clock.install()
            except PlaywrightError as exc:  # a remote browser without clock support: the audit still runs
                self.broken = f"the page clock could not be installed: {str(exc).splitlines()[0]}"

    @property
    def virtual(self) -> bool:
        return self.mode == "virtual" and self.broken is None

    async def advance(self, seconds: float) -> bool:
        """Jump the page clock `seconds` forward, firing what falls due; False when the jump failed."""
        if not self.virtual or seconds <= 0:
            return self.virtual
        try:
            await asyncio.wait_for(self._context.clock.run_for(max(1, round(seconds * 1000))), RUN_FOR_TIMEOUT_S)
        except TimeoutError:
            self.broken = f"a {seconds:.1f} s jump of the page clock did not return within {RUN_FOR_TIMEOUT_S:.0f} s"
            return False
        except PlaywrightError as exc:
            if target_gone(exc) or document_replaced(exc):
                return True  # the document went away under the jump: the next document starts its own timers
            self.broken = f"the page clock could not be advanced: {str(exc).splitlines()[0]}"
            return False
        return True
