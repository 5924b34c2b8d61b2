"""The settle loop's reads stay out of the evidence trace (capture/probe.py)."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

from tests.capture.conftest import LOCAL


def _calls(trace_zip) -> list[str]:
    with zipfile.ZipFile(trace_zip) as zf:
        lines = [line for name in zf.namelist() if name.endswith(".trace") for line in zf.read(name).splitlines()]
    return [e.get("method", "") for e in map(json.loads, lines) if e.get("type") == "before"]


def test_a_busy_step_is_read_many_times_but_traced_once(harness, site, tmp_path):
    # The countdown never lets the page go quiet: the step is polled every 0.2 s until the busy bound.
    options = replace(LOCAL, trace=True, clock="real")
    snap = harness.capture(site().url("/toast.html"), options=options, evidence_dir=tmp_path)[0]
    assert snap.wall_s >= 3.0  # the settle loop polled for seconds
    calls = _calls(next(tmp_path.rglob("trace.zip")))
    assert calls.count("evaluateExpression") <= 2  # the extraction, not the polls: each would be a DOM snapshot
    assert "screenshot" in calls  # the evidence itself is still traced


def _probe_run(harness, site, body):
    """`body(probe, page)` on the still toast page, in a fresh session of the shared browser."""
    from qraudit.capture.probe import PageProbe

    url = site().url("/toast.html?still")

    async def run(session):
        await session.goto(url)
        probe = PageProbe(session.page)
        try:
            return await body(probe, session.page)
        finally:
            await probe.close()

    return harness.session_run(run)


def test_a_probe_whose_cdp_session_went_away_still_reads_the_page(harness, site):
    async def body(probe, page):
        first = await probe("() => document.title")
        await probe._cdp.detach()  # as when the browser drops the session mid-step
        return first, await probe("() => document.title"), probe._cdp

    first, second, cdp = _probe_run(harness, site, body)
    assert first == second == "toasts"
    assert cdp is None  # fell back to the page's own evaluate for the rest of the step


def test_a_probe_on_a_crashed_page_fails_at_once_instead_of_waiting(harness, site):
    import asyncio
    import time

    from playwright.async_api import Error as PlaywrightError

    async def body(probe, page):
        assert await probe("() => 1 + 1") == 2
        crashed = asyncio.get_running_loop().create_future()
        page.once("crash", lambda _page: crashed.set_result(True))
        try:
            await page.goto("chrome://crash", timeout=2000)
        except PlaywrightError:
            pass
        await asyncio.wait_for(crashed, 5)
        started = time.monotonic()
        try:
            await probe("() => 1", timeout_s=10)
        except PlaywrightError as exc:
            return time.monotonic() - started, str(exc)
        return time.monotonic() - started, "answered"

    elapsed, outcome = _probe_run(harness, site, body)
    assert outcome != "answered"
    assert elapsed < 5  # CDP would have waited the whole 10 s on the dead renderer


def test_playwright_error_words_are_sorted_into_gone_and_replaced():
    from qraudit.capture.gone import document_replaced, target_gone

    assert target_gone(Exception("Target page, context or browser has been closed"))
    assert target_gone(Exception("Protocol error: Session detached"))
    assert document_replaced(Exception("Execution context was destroyed, most likely because of a navigation"))
    assert not target_gone(Exception("ReferenceError: foo is not defined"))
    assert not document_replaced(Exception("ReferenceError: foo is not defined"))
