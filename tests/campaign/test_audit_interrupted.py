"""A real `qraudit audit` process on a mixed batch (a folder of photos and a URL list), stopped in the
middle by Ctrl-C or kill -9, then `--resume`: nothing finished is lost or audited again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qraudit.campaign import CampaignStore
from qraudit.exitcodes import ExitCode
from tests.audit.conftest import write_photo
from tests.campaign.test_resume_kill import check_store_consistent
from tests.sites.catalog import load_sites, personal_data_seen, start_site

REPO = Path(__file__).resolve().parents[2]
SITES = {site.id: site for site in load_sites()}
BATCH = ("park-shadow-follow", "park-marketing-prechecked", "park-userinfo-302", "en-parking-simple")


@pytest.fixture
def mixed_batch(tmp_path: Path) -> Iterator[list[str]]:
    """Two sites reached from photos in a folder, two from a URL list file."""
    servers = [start_site(SITES[site_id]) for site_id in BATCH]
    urls = [server.url(SITES[site_id].start_path) for server, site_id in zip(servers, BATCH)]
    photos = tmp_path / "photos" / "day1"
    photos.mkdir(parents=True)
    for i, url in enumerate(urls[:2]):
        write_photo(photos / f"IMG_{i}.jpg", [url])
    url_list = tmp_path / "urls.txt"
    url_list.write_text("# submitted\n" + "\n".join(urls[2:]) + "\n", encoding="utf-8")
    try:
        yield [str(tmp_path / "photos"), f"@{url_list}"]
    finally:
        for server in servers:
            assert personal_data_seen(server) == []
            server.stop()


def audit_process(targets: list[str], out: Path, *extra: str) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "qraudit",
        "audit",
        *targets,
        "--out",
        str(out),
        "--jobs",
        "1",
        "--dwell",
        "1.0",
        "--allow-host",
        "127.0.0.1",
        "--format",
        "json",
        *extra,
    ]
    # Its own session: the kill -9 test must also end the Chromium the process started.
    return subprocess.Popen(
        cmd,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def wait_for_finished(out: Path, proc: subprocess.Popen, count: int, timeout_s: float = 300) -> set[str]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[1]
        if (out / "campaign.db").is_file():
            with CampaignStore.open(out) as store:
                done = store.done_case_ids()
            if len(done) >= count:
                return done
        time.sleep(0.2)
    raise AssertionError("no audit finished in time")


def group_ends(pgid: int, within_s: float = 15) -> bool:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def finished_at(out: Path, cases: set[str]) -> dict[str, str]:
    return {c: json.loads((out / c / "report.json").read_text(encoding="utf-8"))["finished_at"] for c in cases}


def resume_and_check(targets: list[str], out: Path, before: dict[str, str]) -> None:
    again = audit_process(targets, out, "--resume")
    _stdout, stderr = again.communicate(timeout=600)
    assert again.returncode == ExitCode.VIOLATION, stderr  # two of the four sites force following
    skipped = next(line for line in stderr.splitlines() if line.startswith("resume: "))
    assert int(skipped.split()[1]) >= len(before), skipped  # plus any renamed but unrecorded before a kill
    done = check_store_consistent(out)
    assert len(done) == len(BATCH)
    assert finished_at(out, set(before)) == before  # finished audits were not run again
    assert not list(out.glob("*.partial"))
    with CampaignStore.open(out) as store:
        photos = store.connection().execute("SELECT count(*) FROM photos").fetchone()[0]
    assert photos == 2


@pytest.mark.timeout(1200)
def test_ctrl_c_stops_cleanly_keeps_finished_audits_and_resume_does_the_rest(mixed_batch, tmp_path):
    out = tmp_path / "out"
    proc = audit_process(mixed_batch, out)
    done = wait_for_finished(out, proc, 1)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == ExitCode.INTERRUPTED, stderr
    assert "interrupted after" in stderr and "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) < 12  # a few lines, never a dump
    assert group_ends(proc.pid), "the browser outlived the interrupted run"
    kept = check_store_consistent(out)
    assert done <= kept
    resume_and_check(mixed_batch, out, finished_at(out, kept))


@pytest.mark.timeout(1200)
def test_kill_9_loses_no_finished_audit_and_resume_repeats_none(mixed_batch, tmp_path):
    out = tmp_path / "out"
    proc = audit_process(mixed_batch, out)
    wait_for_finished(out, proc, 2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    kept = check_store_consistent(out)
    assert len(kept) >= 2
    resume_and_check(mixed_batch, out, finished_at(out, kept))
