"""Campaign throughput: the same 60 fixture audits with --jobs 1, 2 and 4, in one run.

    .venv/bin/python benchmarks/campaign.py [--audits 60] [--jobs 1 2 4] [--dwell 2.0]

Each round serves the labelled fixture sites (tests/sites) on 127.0.0.1 and audits `--audits` distinct
URLs (sites repeated with a query string, so every URL is its own case) through `run_campaign`, the code
behind `qraudit audit` (campaign.db, JSON reports, no trace or HAR), into a fresh folder. It prints audits
per minute, the speedup over the first --jobs value and the peak resident memory of the process tree
(Python, Playwright's driver and every Chromium process, sampled from /proc). Target: --jobs 2 at least
1.6x --jobs 1 on the 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from qraudit.capture import CaptureOptions  # noqa: E402
from qraudit.pipeline import AuditOptions  # noqa: E402
from qraudit.rules import load_ruleset  # noqa: E402
from qraudit.runner import Batch, run_campaign  # noqa: E402
from qraudit.targets import url_target  # noqa: E402
from tests.sites.catalog import load_sites, start_site  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss() -> int:
    """Resident bytes of this process and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * PAGE
    keep, frontier = {os.getpid()}, [os.getpid()]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in keep]
        keep.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in keep)


class PeakMemory:
    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            self.peak = max(self.peak, tree_rss())

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def one_round(jobs: int, audits: int, dwell: float, ruleset) -> tuple[float, int, dict[str, int]]:
    sites = load_sites()
    servers = [start_site(site) for site in sites]
    try:
        batch = Batch()
        for n in range(audits):
            site, server = sites[n % len(sites)], servers[n % len(sites)]
            url = server.url(site.start_path) + ("&" if "?" in site.start_path else "?") + f"bench={n}"
            batch.targets.append(url_target(url))
        batch.links = list(batch.targets)
        capture = replace(CaptureOptions(), allow_hosts=frozenset({"127.0.0.1"}), dwell_s=dwell, trace=False, har=False, full_page=False)
        with tempfile.TemporaryDirectory() as out:
            options = AuditOptions(out_dir=Path(out), capture=capture, formats=("json",))
            with PeakMemory() as memory:
                started = time.monotonic()
                outcomes, _ = run_campaign(batch, ruleset, options, jobs, resume=False, shard=None)
                seconds = time.monotonic() - started
    finally:
        for server in servers:
            server.stop()
    verdicts: dict[str, int] = {}
    for o in outcomes:
        verdicts[o.report.verdict] = verdicts.get(o.report.verdict, 0) + 1
    return seconds, memory.peak, verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audits", type=int, default=60)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--dwell", type=float, default=2.0)
    args = parser.parse_args()
    ruleset = load_ruleset()
    base = None
    print(f"{args.audits} audits, dwell {args.dwell} s, {os.cpu_count()} cores")
    print("| --jobs | seconds | audits per minute | speedup | peak RSS (tree) | verdicts |")
    print("|---|---|---|---|---|---|")
    for jobs in args.jobs:
        seconds, peak, verdicts = one_round(jobs, args.audits, args.dwell, ruleset)
        rate = args.audits / seconds * 60
        base = base or rate
        counts = ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items()))
        print(f"| {jobs} | {seconds:.0f} | {rate:.1f} | {rate / base:.2f}x | {peak / 2**30:.2f} GiB | {counts} |", flush=True)


if __name__ == "__main__":
    main()
