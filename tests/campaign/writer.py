"""A stand-in for an audit run, without a browser: writes audits through CampaignStore exactly as the runner
does (`.partial` folder, rename, record_audit), and can SIGKILL itself at a chosen point.

    python -m tests.campaign.writer OUT COUNT LOG [--resume] [--crash PHASE:INDEX] [--pause SECONDS]

LOG gets `start ID`, `renamed ID` and `done ID` lines, each fsynced before the next step, so the test knows
what had become durable when the process died. Phases: partial (half the files written), renamed (after the
rename, before recording), in-tx (inside the record_audit transaction, after the audit row), committed
(after the commit, before the `done` line).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from qraudit.campaign import CampaignStore
from tests.campaign.factory import finish, make_report, photo_result, write_partial

PHASES = ("partial", "renamed", "in-tx", "committed")


def case_ids(count: int) -> list[str]:
    return [f"lot-{i:03d}-{i * 7919 % 100000:05x}" for i in range(count)]


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def log_line(handle, text: str) -> None:
    handle.write(text + "\n")
    handle.flush()
    os.fsync(handle.fileno())


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("log", type=Path)
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--crash", default="")
    parser.add_argument("--pause", type=float, default=0.0)
    args = parser.parse_args(argv)
    crash_phase, _, crash_index = args.crash.partition(":")
    crash_at = int(crash_index) if crash_index else -1

    store = CampaignStore.open(args.out)
    done = store.prepare_resume() if args.resume else set()
    with args.log.open("a", encoding="utf-8") as log:
        for index, case_id in enumerate(case_ids(args.count)):
            if case_id in done:
                continue
            crash = index == crash_at
            log_line(log, f"start {case_id}")
            report = make_report(
                case_id,
                gps=(30 + index / 100, 120 + index / 100),
                photo_name=f"IMG_{index:04d}.jpg",
                walls=(("follow", True), ("personal_data", index % 2 == 0)),
            )
            store.record_photo(photo_result(report))
            store.link(report.target.sha256, case_id, report.target.source)
            work = write_partial(args.out, report)
            if crash and crash_phase == "partial":
                (work / "report.json").unlink()  # as if killed halfway through writing the folder
                die()
            time.sleep(args.pause)  # widens the window for a kill from outside
            folder = finish(work)
            log_line(log, f"renamed {case_id}")
            if crash and crash_phase == "renamed":
                die()
            if crash and crash_phase == "in-tx":
                # SIGKILL from inside SQLite, between the audit row and the artifact rows of one transaction.
                store.connection().set_trace_callback(
                    lambda sql: die() if sql.startswith("INSERT INTO artifacts") else None
                )
            store.record_audit(report, folder)
            if crash and crash_phase == "committed":
                die()
            log_line(log, f"done {case_id}")
            print(f"done {case_id}", flush=True)
    store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
