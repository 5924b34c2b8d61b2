"""The page clock: how soon a late gate is seen, waited for in real time or jumped over two ways.

    .venv/bin/python benchmarks/clock.py [--repeat 3] [--write]

A fixture page (tests/capture/pages/late.html) shows a follow gate 4 s or 8 s after it loads. Each way
opens it in a fresh context of one browser and reports the real seconds until the page was read, and
whether the gate was in it:
  real         qraudit's session with `--clock real`: the settle loop waits for the announced timer;
  playwright   qraudit's session with `--clock virtual` (the default): Playwright's fake timers, `run_for`;
  bare-clock   a bare page (no qraudit session: no extraction, screenshot or proxy) with Playwright's clock,
               read after one `run_for` over the 15 s horizon: the clock's own cost, to compare with cdp;
  cdp          a bare page under CDP's virtual-time policy (`Emulation.setVirtualTimePolicy`,
               pauseIfNetworkFetchesPending, a 15 s budget), read when the budget has expired.
The cdp way is measured for comparison only: it is Chromium-only, advances every page of the browser's
renderer at once and gives no per-timer control, which is why audits use Playwright's clock.
--write puts the table into the `## Page clock` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from playwright.async_api import async_playwright  # noqa: E402

from benchmarks import doc  # noqa: E402
from qraudit.capture import CaptureOptions, find_browser, open_browser  # noqa: E402
from tests.support.server import FixtureServer  # noqa: E402

PAGES = ROOT / "tests" / "capture" / "pages"
OPTIONS = CaptureOptions(allow_hosts=frozenset({"127.0.0.1"}), dwell_s=2.0, full_page=False, trace=False, har=False)
DELAYS_MS = (4000, 8000)
CDP_BUDGET_MS = 15000
GATE = "() => document.body.innerText.includes('关注公众号')"


async def _session_way(browser, url: str, clock: str) -> tuple[float, bool]:
    began = time.monotonic()
    async with browser.session(None, replace(OPTIONS, clock=clock)) as session:
        snap = await session.goto(url)
    return time.monotonic() - began, any("关注公众号" in o.text for o in snap.overlays)


async def _cdp_way(bare, url: str) -> tuple[float, bool]:
    began = time.monotonic()
    context = await bare.new_context()
    try:
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        expired = asyncio.get_running_loop().create_future()
        cdp.on("Emulation.virtualTimeBudgetExpired", lambda _: expired.done() or expired.set_result(None))
        await page.goto(url, wait_until="load")
        await cdp.send(
            "Emulation.setVirtualTimePolicy", {"policy": "pauseIfNetworkFetchesPending", "budget": CDP_BUDGET_MS}
        )
        await asyncio.wait_for(expired, 30)
        shown = bool(await page.evaluate(GATE))
    finally:
        await context.close()
    return time.monotonic() - began, shown


async def _bare_clock_way(bare, url: str) -> tuple[float, bool]:
    began = time.monotonic()
    context = await bare.new_context()
    try:
        await context.clock.install()
        page = await context.new_page()
        await page.goto(url, wait_until="load")
        await context.clock.run_for(CDP_BUDGET_MS)
        shown = bool(await page.evaluate(GATE))
    finally:
        await context.close()
    return time.monotonic() - began, shown


async def run(repeat: int) -> list[tuple[str, int, list[float], int]]:
    rows = []
    with FixtureServer(root=PAGES) as server:
        # The cdp way gets a plain Chromium of the same build: audits' browser sends pages through the egress proxy.
        async with open_browser(OPTIONS) as browser, async_playwright() as pw:
            bare = await pw.chromium.launch(executable_path=find_browser().path)
            for delay in DELAYS_MS:
                url = server.url(f"/late.html?arrive={delay}")
                for way in ("real", "playwright", "bare-clock", "cdp"):
                    seconds, caught = [], 0
                    for _ in range(repeat):
                        if way == "cdp":
                            took, shown = await _cdp_way(bare, url)
                        elif way == "bare-clock":
                            took, shown = await _bare_clock_way(bare, url)
                        else:
                            took, shown = await _session_way(browser, url, "real" if way == "real" else "virtual")
                        seconds.append(took)
                        caught += shown
                    rows.append((way, delay, seconds, caught))
                    print(
                        f"{way:10} gate at {delay / 1000:.0f} s: "
                        f"{statistics.median(seconds):5.2f} s, caught {caught}/{repeat}",
                        flush=True,
                    )
            await bare.close()
    return rows


def table(rows: list[tuple[str, int, list[float], int]]) -> list[str]:
    out = ["| clock | gate after | seconds until read (median) | gate caught |", "|---|---|---|---|"]
    for way, delay, seconds, caught in rows:
        out.append(f"| {way} | {delay / 1000:.0f} s | {statistics.median(seconds):.2f} | {caught}/{len(seconds)} |")
    return out


def write_section(command: str, rows: list[str], repeat: int) -> None:
    title = "Page clock"
    body = [
        f"## {title}",
        "",
        "Command (a page that shows a follow gate 4 s or 8 s after it loads, opened in a fresh context each time;",
        "seconds from opening the context until the page was read, with the 2 s dwell):",
        "",
        f"    {command}",
        "",
        f"Measured on {time.strftime('%Y-%m-%d')}, {repeat} runs each, in {find_browser().describe()}.",
        "",
        *rows,
        "",
    ]
    doc.write_section(title, body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="write the table into docs/benchmarks.md")
    args = parser.parse_args()
    rows = table(asyncio.run(run(args.repeat)))
    print("\n".join(rows))
    if args.write:
        write_section(" ".join([".venv/bin/python", "benchmarks/clock.py", *sys.argv[1:]]), rows, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
