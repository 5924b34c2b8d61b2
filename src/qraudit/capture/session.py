"""One audit: a fresh context, steps (navigate or act, settle, snapshot), evidence, hard bounds.

Every step ends with a Snapshot, whatever the page does: a refused document, a crashed renderer or a
script stuck in a loop end the session with `Snapshot.error` set; later calls return at once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from playwright.async_api import Browser, Page
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame as PwFrame

from qraudit.capture import evidence
from qraudit.capture.actions import ACT_TIMEOUT_MS, ACTIONS, ActContext, perform
from qraudit.capture.codes import page_codes
from qraudit.capture.extract import Extracted, extract
from qraudit.capture.known_hosts import known_host
from qraudit.capture.options import CaptureOptions
from qraudit.capture.profiles import Profile, get_profile
from qraudit.capture.settle import StepTiming, Unresponsive, settle
from qraudit.capture.wiring import CLOSE_TIMEOUT_S, Wiring, open_context
from qraudit.errors import QrauditError, UnsafeTargetError
from qraudit.models import Action, Snapshot

GRACE_S = 10.0  # beyond the step deadline, for the last screenshot and files; then the step is abandoned
EXTRACT_TIMEOUT_S = 15.0


class Session:
    def __init__(self, wiring: Wiring, options: CaptureOptions, profile: Profile, evidence_dir: Path | None):
        self._w = wiring
        self.options = options
        self.profile = profile
        self.evidence_dir = evidence_dir
        self.snapshots: list[Snapshot] = []
        self.user_agent = profile.user_agent
        self._deadline = time.monotonic() + options.budget.session_timeout_s
        self._ended: str | None = None
        self._refs: dict[str, tuple[PwFrame, str]] = {}  # from the last snapshot, for act()
        self._title = ""

    @classmethod
    async def open(cls, browser: Browser, evidence_dir: Path | None, options: CaptureOptions) -> Session:
        profile = get_profile(options.profile)
        wiring = await open_context(browser, options, profile, evidence_dir)
        return cls(wiring, options, profile, evidence_dir)

    @property
    def page(self) -> Page:
        """The Playwright page, for callers that need more than snapshots (tests, debugging)."""
        return self._w.page

    # ------------------------------------------------------------ public steps
    async def goto(self, url: str) -> Snapshot:
        await self._check_target(url)
        return await self._step(lambda deadline: self._open(url))

    async def act(self, action: Action) -> Snapshot:
        if action.kind not in ACTIONS:
            raise QrauditError(f"unknown action kind {action.kind!r}; known: {', '.join(ACTIONS)}")
        if action.kind == "goto" and action.value:
            await self._check_target(action.value)
        ctx = ActContext(self._w.page, self._refs, ACT_TIMEOUT_MS, self._open, self.options.keypad)
        return await self._step(lambda deadline: perform(ctx, action))

    async def close(self) -> None:
        """Stop the trace and close the context (which writes the HAR, then corrected here); never hangs."""
        context = self._w.context
        if self.evidence_dir is not None and self.options.trace:
            await _bounded(context.tracing.stop(path=str(self.evidence_dir / evidence.TRACE_FILE)))
        await _bounded(context.close())
        for task in list(self._w.tasks):
            task.cancel()
        if self._w.egress is not None:
            await _bounded(self._w.egress.close())
        if self.evidence_dir is not None and self.options.har:
            evidence.har_as_sent(self.evidence_dir / evidence.HAR_FILE, self.profile.client_hints())

    # ------------------------------------------------------------ the step machine
    async def _check_target(self, url: str) -> None:
        if known_host(url) is not None:
            return  # answered locally, never contacted
        problem = await self._w.network.guard.problem(url)
        if problem:
            raise UnsafeTargetError(
                f"refusing to open {url}: {problem}",
                hint="allow_private_network or allow_hosts lets internal targets through",
            )

    async def _open(self, url: str) -> str | None:
        step = self._w.recorder.step
        try:
            await self._w.page.goto(url, wait_until="commit", timeout=self.options.nav_timeout_s * 1000)
        except PlaywrightError as exc:
            message = str(exc).splitlines()[0]
            if "ERR_BLOCKED_BY_CLIENT" in message or "ERR_ABORTED" in message:
                return None if self._w.recorder.error_of(step) else f"navigation to {url} did not complete"
            if self._w.recorder.error_of(step) is None:
                self._w.recorder.top_error(f"could not open {url}: {message}")
        return None

    async def _step(self, perform_step: Callable[[float], Awaitable[str | None]]) -> Snapshot:
        step = self._w.recorder.step
        now = time.monotonic()
        if self._ended is None and step > self.options.budget.session_steps:
            self._ended = f"the audit reached its limit of {self.options.budget.session_steps} steps"
        if self._ended is None and now >= self._deadline:
            self._ended = f"the audit reached its deadline of {self.options.budget.session_timeout_s:.0f} s"
        if self._ended is not None:
            return self._keep(self._bare(step, self._ended))
        deadline = min(now + self.options.step_timeout_s, self._deadline)
        try:
            snapshot = await asyncio.wait_for(self._run(step, perform_step, deadline), deadline - now + GRACE_S)
        except TimeoutError:
            self._ended = f"step {step} did not finish within {deadline - now + GRACE_S:.0f} s"
            snapshot = self._bare(step, self._ended)
        return self._keep(snapshot)

    def _keep(self, snapshot: Snapshot) -> Snapshot:
        if self.evidence_dir is not None and snapshot.screenshot is None:
            snapshot = evidence.write_step(self.evidence_dir, snapshot, evidence.Shots(), None)
        self.snapshots.append(snapshot)
        self._w.recorder.step = snapshot.step + 1
        return snapshot

    async def _run(
        self, step: int, perform_step: Callable[[float], Awaitable[str | None]], deadline: float
    ) -> Snapshot:
        page = self._w.page
        began = time.monotonic()
        try:
            action_error = await perform_step(deadline)
            dwell = self.options.dwell_s
            for attempt in (1, 2):  # a navigation can pull the document away while it is being read
                try:
                    settled = await settle(
                        page,
                        self._w.network,
                        self._w.loads,
                        self._w.clock,
                        time.monotonic(),
                        dwell,
                        deadline,
                        self.options.late_wall_s,
                    )
                    wall = time.monotonic() - began
                    timing = StepTiming(settled.clock, round(wall, 2), round(wall + settled.jumped_s, 2))
                    extracted = await self._extract(deadline)
                    return await self._snapshot(step, extracted, action_error, deadline, timing)
                except PlaywrightError as exc:
                    if self._w.crashed or page.is_closed():
                        raise
                    if attempt == 2:
                        return self._bare(step, f"could not read the page: {str(exc).splitlines()[0]}")
                    dwell = 0.0
        except Unresponsive as exc:
            # a crashed renderer also stops answering; its crash event may come only after our probe gave up
            self._ended = self._w.crashed[0] if self._w.crashed else f"page stopped responding: {exc}"
        except (TimeoutError, PlaywrightError) as exc:
            if not (self._w.crashed or page.is_closed()):
                self._ended = f"browser error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
            else:
                self._ended = self._w.crashed[0] if self._w.crashed else f"page closed ({str(exc).splitlines()[0]})"
        return self._bare(step, self._ended or "the step ended")

    async def _extract(self, deadline: float) -> Extracted:
        """Extract within the step's time; a page that cannot be read in time is stuck."""
        timeout = max(1.0, min(EXTRACT_TIMEOUT_S, deadline - time.monotonic()))
        try:
            return await extract(self._w.page, timeout)
        except TimeoutError:
            raise Unresponsive(f"reading the page took over {timeout:.0f} s") from None

    async def _snapshot(
        self, step: int, ex: Extracted, action_error: str | None, deadline: float, timing: StepTiming
    ) -> Snapshot:
        page, w = self._w.page, self._w
        keep_files = self.evidence_dir is not None
        timeout = max(2.0, min(15.0, deadline - time.monotonic()))
        shots = await evidence.screenshots(
            page, keep_files or not self.options.full_page, self.options.full_page, timeout
        )
        png, is_full = shots.for_codes
        codes = await asyncio.to_thread(page_codes, png, ex.scroll if is_full else (0.0, 0.0)) if png else ()
        html = await evidence.dom_html(page, timeout) if keep_files else None
        cookies = await asyncio.wait_for(w.context.cookies(), timeout)
        self._refs.clear()
        self._refs.update(ex.refs)
        self._title = ex.title
        snapshot = Snapshot(
            step=step,
            url=page.url,
            title=ex.title,
            viewport=self.profile.viewport,
            frames=tuple(ex.frames),
            texts=tuple(ex.texts),
            fields=tuple(ex.fields),
            controls=tuple(ex.controls),
            checkboxes=tuple(ex.checkboxes),
            overlays=tuple(ex.overlays),
            images=tuple(ex.images),
            page_codes=codes,
            cookies=tuple(sorted(f"{c['name']}@{c['domain']}" for c in cookies)),
            storage_keys=tuple(ex.storage_keys),
            error=w.recorder.error_of(step),
            action_error=action_error,
            truncated=ex.truncated,
            clock=timing.clock,
            wall_s=timing.wall_s,
            page_s=timing.page_s,
            **w.recorder.parts(step),
        )
        if keep_files:
            snapshot = evidence.write_step(self.evidence_dir, snapshot, shots, html)  # type: ignore[arg-type]
        return snapshot

    def _bare(self, step: int, error: str) -> Snapshot:
        """A snapshot from what was recorded, without asking the page anything (it may be hung or gone)."""
        url = self._w.page.url if not self._w.page.is_closed() else ""
        return Snapshot(
            step=step,
            url=url,
            title=self._title,
            viewport=self.profile.viewport,
            error=error,
            **self._w.recorder.parts(step),
        )


async def _bounded(awaitable: Awaitable[object]) -> None:
    try:
        await asyncio.wait_for(awaitable, CLOSE_TIMEOUT_S)
    except (TimeoutError, PlaywrightError):
        pass
