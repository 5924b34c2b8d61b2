"""A phone walk sent to the service (the recording a volunteer made in WeChat), and the embedded SQLite queue
surviving a `kill -9` of the whole server in the middle of an audit."""

from __future__ import annotations

import os
import signal
import sqlite3

import pytest

from tests.phonewalk.recorder import record
from tests.service.support import new_token, start_service, wait_case
from tests.service.test_workers import held_site  # noqa: F401  (the fixture: a checkout whose first load is held)


@pytest.mark.parametrize("as_screenshots", [False, True], ids=["recording", "screenshots"])
def test_a_phone_walk_is_audited_from_its_recording_or_its_screenshots(tmp_path, as_screenshots):
    walk = record(["bill", "follow-wall"], tmp_path / "walk", title="城东停车")
    files = [walk.video] if not as_screenshots else list(walk.screenshots)
    service = start_service(tmp_path / "data", "--jobs", "1")
    try:
        with service.client(new_token(service.data)) as client:
            answer = client.post(
                "/api/cases", files=[("walk", (p.name, p.read_bytes(), "application/octet-stream")) for p in files]
            )
            assert answer.status_code == 201, answer.text
            body = wait_case(client, answer.json()["id"])
    finally:
        service.stop()
    assert body["status"] == "done" and body["verdict"] == "violation", body
    assert [w["category"] for w in body["walls"] if w["mandatory"]] == ["follow"]
    assert [u["type"] for u in body["uploads"]] == (["image/png"] * 2 if as_screenshots else ["video/mp4"])
    assert body["uploads_sealed"] is True  # each file's arrival hash is in the audit's manifest (walk/01-…)


def test_a_server_killed_mid_audit_runs_the_case_again_when_it_restarts(tmp_path, held_site):  # noqa: F811
    data = tmp_path / "data"
    first = start_service(data, "--allow-host", "127.0.0.1", "--jobs", "1", "--lease-seconds", "5")
    try:
        with first.client(new_token(data)) as client:
            case_id = client.post("/api/cases", data={"url": held_site.url}).json()["id"]
        assert held_site.arrived.wait(60)
    finally:
        os.kill(first.proc.pid, signal.SIGKILL)
        first.proc.wait(10)
    held_site.release.set()
    second = start_service(data, "--allow-host", "127.0.0.1", "--jobs", "1", "--lease-seconds", "5")
    try:
        with second.client() as client:
            body = wait_case(client, case_id, timeout=150)
    finally:
        second.stop()
    assert body["status"] == "done" and body["verdict"] == "violation"
    with sqlite3.connect(data / "queue.db") as db:
        assert db.execute("SELECT state, attempts FROM jobs WHERE case_id = ?", (case_id,)).fetchone() == ("done", 2)
    log = (data / "intake" / case_id / "attempts.log").read_text().splitlines()
    assert [line.split()[0] for line in log] == ["started", "started", "finished"]
    assert not list((data / "campaigns" / "test" / "cases" / case_id).glob("*.partial"))
