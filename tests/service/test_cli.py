"""The service's commands: one line and exit 2 for what they cannot do; tokens printed once, stored hashed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from qraudit.service.tokens import digest
from tests.service.support import free_port


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "qraudit", *args], capture_output=True, text=True, input=stdin, timeout=60
    )


def test_token_new_prints_a_token_whose_hash_alone_is_stored(tmp_path):
    done = run("token", "new", "parking-2026", "--data", str(tmp_path), "--role", "organiser")
    assert done.returncode == 0
    secret = done.stdout.strip()
    assert len(secret) >= 40 and "\n" not in secret
    with sqlite3.connect(tmp_path / "service.db") as db:
        assert db.execute("SELECT hash, campaign, role FROM tokens").fetchall() == [
            (digest(secret), "parking-2026", "organiser")
        ]


def test_bad_campaign_names_and_roles_are_one_line_exit_2(tmp_path):
    for args in (
        ["token", "new", "../etc", "--data", str(tmp_path)],
        ["token", "new", "ok", "--data", str(tmp_path), "--role", "admin"],
    ):
        done = run(*args)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_serve_takes_only_the_service_audit_options(tmp_path):
    done = run("serve", "--data", str(tmp_path), "--port", str(free_port()), "--format", "pdf")
    assert done.returncode == 2
    assert "--format is not an option of the service" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_worker_whose_queue_cannot_be_reached_says_so_in_one_line(tmp_path):
    done = run("worker", "--data", str(tmp_path), "--queue", f"redis://127.0.0.1:{free_port()}/0")
    assert done.returncode == 2
    assert "cannot reach the queue" in done.stderr and "Traceback" not in done.stderr


def test_a_short_organiser_password_is_refused(tmp_path):
    done = run("token", "password", "c1", "alice", "--data", str(tmp_path), "--password-stdin", stdin="short\n")
    assert done.returncode == 2 and "too short" in done.stderr


def test_serve_on_a_busy_port_is_one_line_exit_2(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        done = run("serve", "--data", str(tmp_path), "--port", str(busy.getsockname()[1]), "--no-workers")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot serve on 127.0.0.1" in lines[0] and "in use" in lines[0]


def test_a_revoked_token_is_refused_by_the_running_server(tmp_path):
    from tests.service.support import new_token, start_service

    service = start_service(tmp_path, "--no-workers")
    try:
        secret = new_token(tmp_path)
        with service.client(secret) as client:
            assert client.post("/api/cases", data={"url": "https://pay.example.cn/"}).status_code == 201
            [listed] = run("token", "list", "test", "--data", str(tmp_path)).stdout.splitlines()
            assert listed.split("\t")[:2] == [digest(secret), "upload"]
            assert run("token", "revoke", listed.split("\t")[0], "--data", str(tmp_path)).returncode == 0
            assert client.post("/api/cases", data={"url": "https://pay.example.cn/"}).status_code == 403
        assert run("token", "revoke", secret, "--data", str(tmp_path)).returncode == 2  # already gone
    finally:
        service.stop()
