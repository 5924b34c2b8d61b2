"""Intake service throughput: uploads per second, and audits per minute with 1 and 2 embedded workers.

    .venv/bin/python benchmarks/service.py [--uploads 200] [--clients 4] [--cases 8] [--workers 1 2] [--redis]
        [--json out.json]

Uploads: a real uvicorn serving the app (no workers, rate limit raised) in a child process; `--clients`
threads POST the demo photo (a 1.7 MB phone JPEG) to /api/cases with a Bearer token, each upload hashed,
decoded by Pillow and queued as in production. Audits: `qraudit serve --jobs N` on the demo checkout
(127.0.0.1), `--cases` distinct URL cases submitted at once, timed from the first POST to the last verdict.
Run it on an otherwise idle machine: every audit is a real Chromium walk.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from tests.service.support import (  # noqa: E402
    Redis,
    free_port,
    new_token,
    qraudit,
    start_service,
    stop_process,
    wait_case,
    wait_for_port,
)

UPLOAD_SERVER = """
import sys, uvicorn
from pathlib import Path
from qraudit.service.config import Limits, ServiceConfig
from qraudit.service.web import create_app
limits = Limits(uploads_per_minute=10**9, burst=10**9)
uvicorn.run(create_app(ServiceConfig(data=Path(sys.argv[1]), limits=limits, workers=0)), host="127.0.0.1",
            port=int(sys.argv[2]), log_level="warning")
"""


def bench_uploads(total: int, clients: int) -> dict:
    import subprocess

    from qraudit.data.demo.server import PHOTO

    photo = PHOTO.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        data, port = Path(tmp) / "data", free_port()
        data.mkdir()
        proc = subprocess.Popen([sys.executable, "-c", UPLOAD_SERVER, str(data), str(port)])
        try:
            wait_for_port(port, proc)
            token = new_token(data, "bench")
            per_client = total // clients

            def send(_: int) -> int:
                with httpx.Client(
                    base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {token}"}, timeout=60
                ) as c:
                    for _ in range(per_client):
                        assert c.post("/api/cases", files={"photo": ("p.jpg", photo, "image/jpeg")}).status_code == 201
                return per_client

            started = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                done = sum(pool.map(send, range(clients)))
            elapsed = time.perf_counter() - started
        finally:
            stop_process(proc)
    return {
        "uploads": done,
        "clients": clients,
        "photo_bytes": len(photo),
        "seconds": round(elapsed, 2),
        "uploads_per_s": round(done / elapsed, 1),
    }


def bench_audits(workers: int, cases: int, redis: bool = False) -> dict:
    """Embedded workers (`serve --jobs N`), or with redis=True N `qraudit worker` processes on a redis-server."""
    from qraudit.data.demo.server import serve_demo

    site, _ = serve_demo(port=0)
    with tempfile.TemporaryDirectory() as tmp:
        data, extra = Path(tmp) / "data", []
        if redis:
            broker = Redis(Path(tmp))
            service = start_service(data, "--queue", broker.url, "--no-workers")
            extra = [
                qraudit(
                    "worker", "--queue", broker.url, "--data", str(data), "--allow-host", "127.0.0.1", "--jobs", "1"
                )
                for _ in range(workers)
            ]
        else:
            service = start_service(data, "--allow-host", "127.0.0.1", "--jobs", str(workers))
        try:
            with service.client(new_token(service.data, "bench")) as client:
                started = time.perf_counter()
                ids = [
                    client.post("/api/cases", data={"url": f"{site.base_url}/?lot={i}"}).json()["id"]
                    for i in range(cases)
                ]
                verdicts = [wait_case(client, case_id, timeout=900)["verdict"] for case_id in ids]
                elapsed = time.perf_counter() - started
        finally:
            for proc in extra:
                stop_process(proc)
            service.stop()
            site.stop()
            if redis:
                broker.stop()
    return {
        "queue": "redis" if redis else "sqlite",
        "workers": workers,
        "cases": cases,
        "seconds": round(elapsed, 1),
        "audits_per_min": round(cases / elapsed * 60, 1),
        "verdicts": sorted(set(verdicts)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--cases", type=int, default=8)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--redis", action="store_true", help="also measure `qraudit worker` processes on Redis")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results = {"uploads": bench_uploads(args.uploads, args.clients)}
    print(json.dumps(results["uploads"]), flush=True)
    results["audits"] = []
    for redis in (False, True) if args.redis else (False,):
        for n in args.workers:
            results["audits"].append(bench_audits(n, args.cases, redis))
            print(json.dumps(results["audits"][-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()
