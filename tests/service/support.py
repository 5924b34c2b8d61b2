"""Real parts for the service tests: `qraudit serve` / `qraudit worker` processes, an in-process uvicorn with
small limits, a redis-server on a free port. Nothing is mocked."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

STARTUP_S = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen | None = None, timeout: float = STARTUP_S) -> None:
    """Until something accepts on 127.0.0.1:port (the process started) or the process has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {port}")


def qraudit(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "qraudit", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs
    )


def new_token(data: Path, campaign: str = "test", role: str = "upload") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "qraudit", "token", "new", campaign, "--data", str(data), "--role", role],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@dataclass
class Service:
    """A `qraudit serve` process."""

    data: Path
    port: int
    proc: subprocess.Popen
    extra: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)

    def stop(self) -> None:
        stop_process(self.proc)


def start_service(data: Path, *args: str) -> Service:
    port = free_port()
    proc = qraudit("serve", "--data", str(data), "--port", str(port), *args)
    wait_for_port(port, proc)
    return Service(data, port, proc)


def stop_process(proc: subprocess.Popen, timeout: float = 10) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_case(client: httpx.Client, case_id: str, until=("done", "failed"), timeout: float = 180) -> dict:
    """Poll the case's status (the API is the event source here) until it is in `until`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get(f"/api/cases/{case_id}").json()
        if body["status"] in until:
            return body
        time.sleep(0.25)
    raise TimeoutError(f"case {case_id} still {body['status']}")


class InProcessServer:
    """uvicorn serving create_app(config) from a thread, for tests that need small limits."""

    def __init__(self, config):
        import uvicorn

        from qraudit.service.web import create_app

        self.port = free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(create_app(config), host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> InProcessServer:
        self.thread.start()
        wait_for_port(self.port)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


class Redis:
    """A throwaway redis-server on a free port, nothing saved to disk."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port, self.proc)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        stop_process(self.proc)


def have_redis() -> bool:
    return shutil.which("redis-server") is not None


def env_without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "DISPLAY"}
