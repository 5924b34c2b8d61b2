"""Campaign throughput: the same 60 fixture audits with --jobs 1, 2, 4 and 0 (auto), in one run.

    .venv/bin/python benchmarks/campaign.py [--audits 60] [--jobs 1 2 4 0] [--dwell 2.0] [--clock virtual]

Each round serves the labelled fixture sites (tests/sites) on 127.0.0.1 and audits `--audits` distinct
URLs (sites repeated with a query string, so every URL is its own case) through `run_campaign`, the code
behind `qraudit audit` (campaign.db, JSON reports, no trace or HAR), into a fresh folder. It prints audits
per minute, the speedup over the first --jobs value and the peak resident memory of the process tree
(Python, Playwright's driver and every Chromium process, sampled from /proc). Targets on the 2-core
machine: --jobs 2 at least 1.6x --jobs 1; --jobs 0 at 80% of the CPU-bound limit or more.

Against the CPU: the machine's busy CPU seconds during each round (/proc/stat: everything but idle,
iowait and niced user time, on a machine running nothing else at normal priority) give CPU-seconds per
audit, and the CPU-bound limit is cores x 60 / that, in audits per minute. A round at 100% of its limit
kept every core busy. `--jobs 0` is what `qraudit audit` chooses by itself (cli/audit.py default_jobs).
Memory per context is the growth of the peak RSS over the first round, divided by the extra contexts.
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
from qraudit.cli.audit import default_jobs  # noqa: E402
from qraudit.pipeline import AuditOptions  # noqa: E402
from qraudit.rules import load_ruleset  # noqa: E402
from qraudit.runner import Batch, run_campaign  # noqa: E402
from qraudit.targets import url_target  # noqa: E402
from tests.sites.catalog import load_sites, start_site  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def machine_busy_s() -> float:
    """CPU seconds all cores have spent busy since boot (user, system, irq, softirq, steal). Niced user time
    is left out, so that a `nice -n 19` job on the same machine does not count as the audits' CPU."""
    fields = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
    user, _nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + system + irq + softirq + steal) / TICK


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

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def one_round(jobs: int, audits: int, dwell: float, clock: str, ruleset) -> tuple[float, float, int, dict[str, int]]:
    sites = load_sites()
    servers = [start_site(site) for site in sites]
    try:
        batch = Batch()
        for n in range(audits):
            site, server = sites[n % len(sites)], servers[n % len(sites)]
            url = server.url(site.start_path) + ("&" if "?" in site.start_path else "?") + f"bench={n}"
            batch.targets.append(url_target(url))
        batch.links = list(batch.targets)
        capture = replace(
            CaptureOptions(),
            allow_hosts=frozenset({"127.0.0.1"}),
            dwell_s=dwell,
            clock=clock,
            trace=False,
            har=False,
            full_page=False,
        )
        with tempfile.TemporaryDirectory() as out:
            options = AuditOptions(out_dir=Path(out), capture=capture, formats=("json",))
            with PeakMemory() as memory:
                started, busy = time.monotonic(), machine_busy_s()
                outcomes, _ = run_campaign(batch, ruleset, options, jobs, resume=False, shard=None)
                seconds, cpu = time.monotonic() - started, machine_busy_s() - busy
    finally:
        for server in servers:
            server.stop()
    verdicts: dict[str, int] = {}
    for o in outcomes:
        verdicts[o.report.verdict] = verdicts.get(o.report.verdict, 0) + 1
    return seconds, cpu, memory.peak, verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audits", type=int, default=60)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4, 0], help="0: what qraudit audit picks")
    parser.add_argument("--dwell", type=float, default=2.0)
    parser.add_argument("--clock", choices=("virtual", "real"), default="virtual")
    args = parser.parse_args()
    ruleset = load_ruleset()
    cores = os.cpu_count() or 1
    base = first_peak = None
    print(f"{args.audits} audits, dwell {args.dwell} s, {args.clock} clock, {cores} cores")
    print(
        "| --jobs | contexts | seconds | audits per minute | speedup | CPU-s per audit | CPU limit (audits/min) "
        "| % of limit | peak RSS (tree) | RSS per extra context | verdicts |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for asked in args.jobs:
        jobs = asked or default_jobs()
        seconds, cpu, peak, verdicts = one_round(jobs, args.audits, args.dwell, args.clock, ruleset)
        rate = args.audits / seconds * 60
        per_audit = cpu / args.audits
        limit = cores * 60 / per_audit
        base, first_peak = base or rate, first_peak or (peak, jobs)
        extra = f"{(peak - first_peak[0]) / (jobs - first_peak[1]) / 2**20:.0f} MiB" if jobs > first_peak[1] else "-"
        counts = ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items()))
        print(
            f"| {asked} | {jobs} | {seconds:.0f} | {rate:.1f} | {rate / base:.2f}x | {per_audit:.2f} | {limit:.0f} "
            f"| {rate / limit:.0%} | {peak / 2**30:.2f} GiB | {extra} | {counts} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
