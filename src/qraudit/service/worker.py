"""Workers: claim a case, keep its lease alive while the audit runs, and mark it done or failed.

The lease is renewed from a thread of its own every third of its length; if a renewal fails (the lease
expired and another worker took the case), the audit is stopped and its result thrown away."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import uuid
from dataclasses import dataclass

from qraudit.errors import QrauditError
from qraudit.service.audit_job import LeaseLost, run_case
from qraudit.service.config import ServiceConfig
from qraudit.service.jobqueue import JobQueue, Lease, open_queue

IDLE_POLL_S = 0.5  # how often an idle worker asks the queue for work
ATTEMPTS_LOG = "attempts.log"


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def say(line: str) -> None:
    print(f"qraudit worker: {line}", file=sys.stderr, flush=True)


@dataclass
class Running:
    lease: Lease
    process: subprocess.Popen | None = None
    lost: bool = False


class Worker:
    def __init__(self, config: ServiceConfig, stop: threading.Event):
        self.config, self.stop, self.owner = config, stop, worker_id()

    def _renew(self, queue: JobQueue, job: Running, done: threading.Event) -> None:
        while not done.wait(self.config.lease_s / 3):
            if not queue.renew(job.lease, self.config.lease_s):
                job.lost = True
                if job.process is not None:
                    job.process.kill()  # another worker has the case now
                return

    def _note(self, lease: Lease, what: str) -> None:
        log = self.config.intake_dir(lease.case_id) / ATTEMPTS_LOG
        with log.open(
            "a", encoding="utf-8"
        ) as handle:  # appends of one short line: whole lines, even from two machines
            handle.write(f"{what} {self.owner} attempt {lease.attempt}\n")

    def run_one(self, queue: JobQueue) -> bool:
        lease = queue.claim(self.owner, self.config.lease_s)
        if lease is None:
            return False
        say(f"claimed {lease.case_id} (attempt {lease.attempt})")
        job, done = Running(lease), threading.Event()
        renew_queue = open_queue(self.config.queue)  # its own connection: the renewer runs beside the audit
        renewer = threading.Thread(target=self._renew, args=(renew_queue, job, done), daemon=True)
        renewer.start()
        state, error = "failed", ""
        try:
            self._note(lease, "started")
            result = run_case(
                self.config,
                lease.case_id,
                started=lambda p: setattr(job, "process", p),
                still_ours=lambda: not job.lost,
            )
            state = "done"
            say(f"{lease.case_id}: {result.verdict}")
        except LeaseLost:
            pass  # reported below
        except QrauditError as exc:
            error = exc.one_line()
        except Exception as exc:  # a bug: the case fails with one line, the worker goes on
            error = f"internal error: {type(exc).__name__}: {exc}"
        finally:
            done.set()
            renewer.join()
            renew_queue.close()
        if job.lost or not queue.finish(lease, state, error):
            say(f"{lease.case_id}: lease lost, result left to the worker that has it")
            return True
        self._note(lease, "finished")
        return True

    def loop(self) -> None:
        queue = open_queue(self.config.queue)
        try:
            while not self.stop.is_set():
                if not self.run_one(queue):
                    self.stop.wait(IDLE_POLL_S)
        finally:
            queue.close()


def start_workers(config: ServiceConfig, count: int, stop: threading.Event) -> list[threading.Thread]:
    threads = [
        threading.Thread(target=Worker(config, stop).loop, name=f"qraudit-worker-{i}", daemon=True)
        for i in range(count)
    ]
    for thread in threads:
        thread.start()
    return threads
