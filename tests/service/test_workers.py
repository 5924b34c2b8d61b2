"""Scale-out on a real redis-server: a `qraudit serve` without workers and two `qraudit worker` processes.
One worker is killed with kill -9 in the middle of an audit; its lease runs out, the other worker audits the
case again, and the case ends done once, recorded once, with nothing half-written left."""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from pathlib import Path

import pytest
import redis

from tests.recheck.switch_site import SwitchSite
from tests.service.support import new_token, qraudit, start_service, stop_process, wait_case

LEASE_S = "6"  # renewed every 2 s: a live worker keeps it even on a loaded machine (pytest-xdist)


@pytest.fixture
def held_site():
    """The gated car park, whose first page load is held until the test lets it go: the audit is then surely
    in the middle of its walk."""
    site = SwitchSite().start()
    arrived, release = threading.Event(), threading.Event()
    start = site.server.routes["/"]

    def held(request):
        arrived.set()
        release.wait(60)
        return start(request)

    site.server.routes["/"] = held
    site.arrived, site.release = arrived, release  # type: ignore[attr-defined]
    yield site
    release.set()
    site.stop()


def _audit_processes(out: Path) -> list[int]:
    """Processes whose command line names the case's audit folder (the audits the workers started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if str(out).encode() in cmdline:
                found.append(int(entry.name))
    return found


def test_a_worker_killed_mid_audit_leaves_the_case_to_the_other_worker(tmp_path, redis_server, held_site):
    data = tmp_path / "data"
    service = start_service(data, "--queue", redis_server.url, "--no-workers")
    workers = [
        qraudit(
            "worker",
            "--queue",
            redis_server.url,
            "--data",
            str(data),
            "--lease-seconds",
            LEASE_S,
            "--allow-host",
            "127.0.0.1",
            "--jobs",
            "1",
        )
        for _ in range(2)
    ]
    try:
        with service.client(new_token(data)) as client:
            answer = client.post("/api/cases", data={"url": held_site.url})
            assert answer.status_code == 201
            case_id = answer.json()["id"]
            assert held_site.arrived.wait(60), "no worker started the audit"
            assert client.get(f"/api/cases/{case_id}").json()["status"] == "running"
            job = redis.Redis.from_url(redis_server.url, decode_responses=True).hgetall(f"qraudit:job:{case_id}")
            owner_pid = int(job["owner"].split(":")[1])
            [victim] = [w for w in workers if w.pid == owner_pid]
            [survivor] = [w for w in workers if w is not victim]
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait(10)
            held_site.release.set()
            body = wait_case(client, case_id, timeout=150)
        assert body["status"] == "done", body
        assert body["verdict"] == "violation"
        job = redis.Redis.from_url(redis_server.url, decode_responses=True).hgetall(f"qraudit:job:{case_id}")
        assert job["attempts"] == "2" and int(job["owner"].split(":")[1]) == survivor.pid
        log = (data / "intake" / case_id / "attempts.log").read_text().splitlines()
        assert [line.split()[0] for line in log] == ["started", "started", "finished"]
        assert f":{survivor.pid}:" in log[-1] and f":{victim.pid}:" in log[0]
        out = data / "campaigns" / "test" / "cases" / case_id
        assert not list(out.glob("*.partial")), "a half-written audit was left behind"
        assert [p.name for p in out.iterdir() if p.is_dir()] == [body["audits"][0]["case_id"]]
        with sqlite3.connect(data / "campaigns" / "test" / "campaign.db") as db:
            assert db.execute("SELECT count(*) FROM audits").fetchone()[0] == 1
        assert _audit_processes(out) == [], "the killed worker's audit outlived it"
    finally:
        for w in workers:
            stop_process(w)
        service.stop()


def test_healthz_says_when_the_queue_is_gone(tmp_path, redis_server):
    service = start_service(tmp_path / "data", "--queue", redis_server.url, "--no-workers")
    try:
        with service.client() as client:
            assert client.get("/healthz").json() == {"status": "ok", "workers": 0}
            redis_server.stop()
            down = client.get("/healthz")
        assert down.status_code == 503 and down.json()["status"] == "unavailable"
    finally:
        service.stop()


def test_two_workers_share_the_queue_and_each_case_is_done_once(tmp_path, redis_server, serve):
    from qraudit.data.demo.server import serve_demo

    site, _ = serve_demo(port=0)
    data = tmp_path / "data"
    service = start_service(data, "--queue", redis_server.url, "--no-workers")
    workers = [
        qraudit("worker", "--queue", redis_server.url, "--data", str(data), "--allow-host", "127.0.0.1", "--jobs", "1")
        for _ in range(2)
    ]
    try:
        with service.client(new_token(data)) as client:
            ids = [client.post("/api/cases", data={"url": f"{site.base_url}/?lot={i}"}).json()["id"] for i in range(3)]
            bodies = [wait_case(client, case_id, timeout=150) for case_id in ids]
        assert [b["status"] for b in bodies] == ["done"] * 3
        assert {b["verdict"] for b in bodies} == {"violation"}
        for case_id in ids:
            log = (data / "intake" / case_id / "attempts.log").read_text().splitlines()
            assert [line.split()[0] for line in log] == ["started", "finished"]
    finally:
        for w in workers:
            stop_process(w)
        service.stop()
        site.stop()
