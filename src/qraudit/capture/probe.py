"""Small reads of the page while a step settles, kept out of the evidence trace.

Playwright's trace takes a DOM snapshot before and after every `page.evaluate`. The settle loop reads the
page every 0.2 s, so those snapshots were most of what the evidence cost in CPU, and they showed nothing
a reader of the trace needs. The reads go through the page's own CDP session instead, which the trace
records without snapshots. The clicks, the extraction and the screenshots keep theirs.
"""

from __future__ import annotations

import asyncio

from playwright.async_api import CDPSession, Page
from playwright.async_api import Error as PlaywrightError

from qraudit.capture.gone import target_gone

PROBE_TIMEOUT_S = 2.0


class Unresponsive(Exception):
    """The renderer stopped answering (a script in an endless loop)."""


class PageProbe:
    """Evaluates small scripts (`() => value`) in the page's main frame; one per settling step."""

    def __init__(self, page: Page):
        self.page = page
        self._cdp: CDPSession | None = None
        self._opened = False
        self._crashed = False  # CDP waits on a crashed renderer; Playwright's evaluate says so at once
        page.on("crash", self._on_crash)

    def _on_crash(self, _page: Page) -> None:
        self._crashed = True

    async def __call__(self, script: str, timeout_s: float = PROBE_TIMEOUT_S) -> object:
        """The script's value; Unresponsive when the page cannot answer within `timeout_s`."""
        try:
            return await asyncio.wait_for(self._evaluate(script), timeout_s)
        except TimeoutError:
            raise Unresponsive(f"page did not answer within {timeout_s:.0f} s (a script is busy)") from None

    async def _evaluate(self, script: str) -> object:
        if not self._opened:
            self._opened = True
            try:
                self._cdp = await self.page.context.new_cdp_session(self.page)
            except PlaywrightError:  # a browser without CDP: plain evaluate, snapshots and all
                self._cdp = None
        if self._cdp is None or self._crashed:
            return await self.page.evaluate(script)
        try:
            reply = await self._cdp.send("Runtime.evaluate", {"expression": f"({script})()", "returnByValue": True})
        except PlaywrightError as exc:
            if self.page.is_closed() or not target_gone(exc):
                raise  # a navigation replaced the document under the read: the caller waits for the next one
            self._cdp = None  # the session went away, the page did not: it may still answer plainly
            return await self.page.evaluate(script)
        if "exceptionDetails" in reply:  # e.g. the document was replaced under the read
            text = reply["exceptionDetails"].get("text", "script error")
            raise PlaywrightError(f"probe failed: {text}")
        return reply.get("result", {}).get("value")

    async def close(self) -> None:
        try:
            self.page.remove_listener("crash", self._on_crash)
        except (KeyError, ValueError):
            pass
        if self._cdp is not None:
            try:  # bounded: a renderer stuck in a script may never answer
                await asyncio.wait_for(self._cdp.detach(), PROBE_TIMEOUT_S)
            except (TimeoutError, PlaywrightError):
                pass
            self._cdp = None
