"""Capture cost: a 3-step checkout flow with all evidence, against a bare Playwright script doing the same clicks.

    .venv/bin/python benchmarks/capture.py [--repeat 3] [--per-round 3] [--flows 8] [--dwell 3.0] [--json out.json]

The browser is the one audits use (capture/browser.py: the headless shell when there is one); set
QRAUDIT_CHROMIUM to measure another build.

CPU is summed over the whole process tree of this script (Python, Playwright's node driver, every Chromium
process) from /proc, user + system, including children that exited and were reaped inside the tree.
Peak memory is the largest sum of RSS over that tree, sampled every 0.1 s (the sampler's own CPU is taken
out). All flows run in the same run, each kind with its own fresh browser, alternating, on fixture pages
served on 127.0.0.1 (tests/capture/pages). Two baselines: the bare clicks, and the bare clicks staying on
each page as long as qraudit's dwell (Chromium finishes deferred work only if a page is kept open). Each
baseline runs twice: with Playwright's default switches (the plain script), and with qraudit's lean switches
(capture/flags.py), so that what qraudit saves by its switches is shown apart from what it adds by recording.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from playwright.async_api import async_playwright  # noqa: E402

from qraudit.capture import CaptureOptions, find_browser, open_browser  # noqa: E402
from qraudit.capture.flags import LEAN_ARGS  # noqa: E402
from qraudit.capture.profiles import get_profile  # noqa: E402
from qraudit.models import Action, Snapshot  # noqa: E402
from tests.support.server import FixtureServer  # noqa: E402

PAGES = ROOT / "tests" / "capture" / "pages"
# bare: Playwright defaults; -lean: qraudit's switches; -dwell: kept on each page as long as qraudit's dwell
# qraudit-noevidence: the same walk with no evidence kept (no trace, HAR, full-page PNG, DOM or files):
# what qraudit costs over it is the evidence (issue 16: at most 1.5x).
KINDS = ("bare", "bare-dwell", "bare-lean", "bare-lean-dwell", "qraudit-noevidence", "qraudit")
TICK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# ---------------------------------------------------------------- the process tree, from /proc


def _stat(pid: int) -> tuple[str, int, float, int] | None:
    """(comm, ppid, cpu seconds incl. reaped children, rss bytes)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    comm = raw[raw.index("(") + 1 : raw.rindex(")")]
    fields = raw[raw.rindex(")") + 2 :].split()
    ppid = int(fields[1])
    utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
    rss = int(fields[21]) * PAGE_SIZE
    return comm, ppid, (utime + stime + cutime + cstime) / TICK, rss


def tree() -> dict[int, tuple[str, float, int]]:
    """pid -> (role, cpu s, rss) for this process and all its descendants."""
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st:
                stats[int(entry)] = st
    me = os.getpid()
    keep, frontier = {me}, [me]
    while frontier:
        parent = frontier.pop()
        for pid, st in stats.items():
            if st[1] == parent and pid not in keep:
                keep.add(pid)
                frontier.append(pid)
    out = {}
    for pid in keep:
        comm, _, cpu, rss = stats[pid]
        if pid == me:  # our own reaped children (e.g. `chromium --version`) are not part of the flow
            times = os.times()
            cpu = times.user + times.system
        role = "python" if pid == me else "node" if "node" in comm else "chromium" if "chrom" in comm else "other"
        out[pid] = (role, cpu, rss)
    return out


def cpu_by_role() -> dict[str, float]:
    totals: dict[str, float] = {}
    for role, cpu, _ in tree().values():
        totals[role] = totals.get(role, 0.0) + cpu
    return totals


class PeakRss:
    """Samples the tree's RSS in a thread; `own_cpu` is what the sampling cost, to subtract from the flows'."""

    def __init__(self) -> None:
        self.peak = 0
        self.own_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(rss for _, _, rss in tree().values()))
            self.own_cpu = time.thread_time()
            self._stop.wait(0.1)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Cost:
    wall: float
    cpu: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.cpu.values())


def _delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: round(after.get(k, 0.0) - before.get(k, 0.0), 3) for k in set(before) | set(after)}


# ---------------------------------------------------------------- the two flows


def _control(snapshot: Snapshot, text: str) -> str:
    return next(c.ref for c in snapshot.controls if c.text == text)


async def qraudit_flow(browser, base: str, options: CaptureOptions, evidence: Path | None) -> None:
    async with browser.session(evidence, options) as session:
        menu = await session.goto(base + "/bench-menu.html")
        order = await session.act(Action("click", ref=_control(menu, "选好了，去下单")))
        paid = await session.act(Action("click", ref=_control(order, "确认支付")))
        assert paid.title == "支付成功", paid


async def bare_flow(browser, base: str, profile: str, dwell_s: float = 0.0) -> None:
    """The same clicks with plain Playwright; `dwell_s` > 0 also stays on each page as long as qraudit does."""
    context = await browser.new_context(**get_profile(profile).context_options())
    page = await context.new_page()
    await page.goto(base + "/bench-menu.html")
    await asyncio.sleep(dwell_s)
    await page.click("text=选好了，去下单")
    await page.wait_for_url("**/bench-order.html")
    await asyncio.sleep(dwell_s)
    await page.click("#pay")
    await page.wait_for_url("**/paid.html")
    await asyncio.sleep(dwell_s)
    await context.close()


async def measure(kind: str, base: str, options: CaptureOptions, flows: int, parallel: int) -> tuple[Cost, int]:
    """Run `flows` flows, `parallel` at a time, in a fresh browser; cost of the flows only (not the launch)."""
    with tempfile.TemporaryDirectory() as tmp:
        if kind.startswith("bare"):
            dwell = options.dwell_s if kind.endswith("-dwell") else 0.0
            args = list(LEAN_ARGS) if kind.startswith("bare-lean") else ["--disable-quic"]
            async with async_playwright() as pw:
                browser = await pw.chromium.launch(executable_path=find_browser().path, args=args)
                cost, peak = await _timed(lambda i: bare_flow(browser, base, options.profile, dwell), flows, parallel)
                await browser.close()
        else:
            keep = kind == "qraudit"
            if not keep:
                options = replace(options, trace=False, har=False, full_page=False)
            async with open_browser(options) as browser:
                cost, peak = await _timed(
                    lambda i: qraudit_flow(browser, base, options, Path(tmp) / f"flow{i}" if keep else None),
                    flows,
                    parallel,
                )
    return cost, peak


async def _timed(flow, flows: int, parallel: int) -> tuple[Cost, int]:
    limit = asyncio.Semaphore(parallel)

    async def one(i: int) -> None:
        async with limit:
            await flow(i)

    await flow(-1)  # warm-up: first-context costs (fonts, caches) are not per-flow costs
    before, start = cpu_by_role(), time.monotonic()
    with PeakRss() as peak:
        await asyncio.gather(*(one(i) for i in range(flows)))
    cpu = _delta(before, cpu_by_role())
    cpu["python"] = round(cpu.get("python", 0.0) - peak.own_cpu, 3)
    return Cost(time.monotonic() - start, cpu), peak.peak


# ---------------------------------------------------------------- report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="alternating bare/qraudit rounds for the ratio")
    parser.add_argument("--per-round", type=int, default=3, help="flows per measurement in each round")
    parser.add_argument("--flows", type=int, default=8, help="flows per throughput run")
    parser.add_argument("--dwell", type=float, default=3.0, help="CaptureOptions.dwell_s")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    options = CaptureOptions(allow_hosts=frozenset({"127.0.0.1"}), dwell_s=args.dwell)
    build = find_browser().describe()  # every kind runs this one (QRAUDIT_CHROMIUM picks another)
    print(f"browser: {build}")
    results: dict[str, object] = {"dwell_s": args.dwell, "cpus": os.cpu_count(), "browser": build}
    with FixtureServer(PAGES) as server:
        base = server.base_url
        rounds = []
        for _ in range(args.repeat):  # alternating, so that load from elsewhere hits every kind alike
            rounds.append({kind: asyncio.run(measure(kind, base, options, args.per_round, 1))[0] for kind in KINDS})
        cpu = {k: statistics.median(r[k].total for r in rounds) / args.per_round for k in rounds[0]}
        wall = {k: statistics.median(r[k].wall for r in rounds) / args.per_round for k in rounds[0]}
        roles = {
            r: statistics.median(x["qraudit"].cpu.get(r, 0.0) for x in rounds) / args.per_round
            for r in ("python", "node", "chromium")
        }
        results["flow"] = {
            "cpu_s": {k: round(v, 2) for k, v in cpu.items()},
            "wall_s": {k: round(v, 1) for k, v in wall.items()},
            "cpu_ratio_of_qraudit_to": {k: round(cpu["qraudit"] / cpu[k], 2) for k in KINDS if k != "qraudit"},
            "qraudit_cpu_by_process_s": {k: round(v, 2) for k, v in roles.items()},
        }
        print(
            f"3-step flow, median of {args.repeat} rounds of {args.per_round}, CPU-s per flow "
            f"{results['flow']['cpu_s']}; qraudit's CPU as a multiple of each "
            f"{results['flow']['cpu_ratio_of_qraudit_to']}; wall s per flow {results['flow']['wall_s']}; "
            f"qraudit CPU by process {results['flow']['qraudit_cpu_by_process_s']}"
        )
        rows = []
        for parallel in (1, 2, 4):
            cost, peak = asyncio.run(measure("qraudit", base, replace(options), args.flows, parallel))
            rows.append(
                {
                    "contexts": parallel,
                    "flows": args.flows,
                    "wall_s": round(cost.wall, 1),
                    "flows_per_min": round(args.flows / cost.wall * 60, 1),
                    "cpu_s_per_flow": round(cost.total / args.flows, 2),
                    "peak_rss_mb": round(peak / 2**20),
                }
            )
            print(f"{parallel} context(s): {rows[-1]}")
        results["throughput"] = rows
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
