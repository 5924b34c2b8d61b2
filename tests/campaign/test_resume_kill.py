"""kill -9 in the middle of a run loses no finished audit and repeats none (real SIGKILL of a real process)."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from qraudit.campaign import CampaignStore
from tests.campaign.writer import PHASES, case_ids

REPO = Path(__file__).resolve().parents[2]


def run_writer(out: Path, count: int, log: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "tests.campaign.writer", str(out), str(count), str(log), *extra]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=240)


def log_events(log: Path) -> list[tuple[str, str]]:
    return [tuple(line.split(" ", 1)) for line in log.read_text(encoding="utf-8").splitlines()]  # type: ignore[misc]


def check_store_consistent(out: Path) -> set[str]:
    """Every recorded audit is whole: folder present, walls and artifacts as in its report and manifest."""
    with CampaignStore.open(out) as store:
        db = store.connection()
        for case_id, folder, report_json in db.execute("SELECT case_id, folder, report_json FROM audits"):
            report = json.loads(report_json)
            assert (out / folder).is_dir() and not folder.endswith(".partial")
            assert json.loads((out / folder / "report.json").read_text(encoding="utf-8"))["case_id"] == case_id
            walls = db.execute("SELECT count(*) FROM walls WHERE case_id = ?", (case_id,)).fetchone()[0]
            assert walls == len(report["walls"])
            manifest = json.loads((out / folder / "manifest.json").read_text(encoding="utf-8"))
            stored = dict(db.execute("SELECT path, sha256 FROM artifacts WHERE case_id = ?", (case_id,)).fetchall())
            assert stored == {f["path"]: f["sha256"] for f in manifest["files"]}
        return store.done_case_ids()


@pytest.mark.parametrize("phase", PHASES)
def test_crash_at_each_phase_then_resume(tmp_path: Path, phase: str):
    out, log, count, crash_index = tmp_path / "campaign", tmp_path / "log", 6, 3
    first = run_writer(out, count, log, "--crash", f"{phase}:{crash_index}")
    assert first.returncode == -signal.SIGKILL, first.stderr
    finished_before = {case for event, case in log_events(log) if event == "done"}
    assert finished_before == set(case_ids(count)[:crash_index])
    if phase == "partial":
        assert (out / f"{case_ids(count)[crash_index]}.partial").is_dir()  # the garbage the next run must clear

    started_before = len(log_events(log))
    second = run_writer(out, count, log, "--resume")
    assert second.returncode == 0, second.stderr
    assert not list(out.glob("*.partial"))
    resumed = [case for event, case in log_events(log)[started_before:] if event == "start"]
    # Nothing finished is repeated. An audit whose folder was renamed (or committed) before the kill is
    # adopted or already recorded; only one that was still `.partial` is done again.
    assert not set(resumed) & finished_before
    crashed = case_ids(count)[crash_index]
    assert (crashed in resumed) == (phase == "partial")
    assert resumed == [c for c in case_ids(count)[crash_index:] if c != crashed or phase == "partial"]
    assert check_store_consistent(out) == set(case_ids(count))


def test_random_kills_until_done(tmp_path: Path):
    """Kill the writer from outside at random moments, resume each time; every audit ends up done exactly once."""
    out, log, count = tmp_path / "campaign", tmp_path / "log", 30
    rng = random.Random(20260311)
    durable: set[str] = set()
    kills = 0
    while True:
        mark = len(log_events(log)) if log.exists() else 0
        cmd = [
            sys.executable,
            "-m",
            "tests.campaign.writer",
            str(out),
            str(count),
            str(log),
            "--resume",
            "--pause",
            "0.01",
        ]
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for = rng.randint(1, 6)
        seen = 0
        for line in proc.stdout:  # type: ignore[union-attr]
            seen += line.startswith("done ")
            if seen >= wait_for and kills < 6:
                proc.send_signal(signal.SIGKILL)
                kills += 1
                break
        proc.wait(timeout=120)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
        events = log_events(log)[mark:]
        repeated = {case for event, case in events if event == "start"} & durable
        assert not repeated, f"audited again after it was finished: {sorted(repeated)}"
        durable |= {case for event, case in events if event in ("renamed", "done")}
        done = check_store_consistent(out)
        assert {case for event, case in log_events(log) if event == "done"} <= done  # nothing finished is lost
        if proc.returncode == 0:
            break
    assert kills >= 1
    assert done == set(case_ids(count))
    starts = [case for event, case in log_events(log) if event == "start"]
    dones = [case for event, case in log_events(log) if event == "done"]
    assert sorted(set(starts)) == sorted(case_ids(count))
    assert len(dones) == len(set(dones))  # no audit recorded twice
