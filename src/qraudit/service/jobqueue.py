"""One job per case, leased rather than popped: a worker that dies (kill -9, OOM, power) stops renewing its
lease, and when the lease expires the job is claimed again by another worker. A worker that lost its lease
can no longer finish the job (every write checks the owner), so a case is never marked done twice.

`open_queue(url)`: sqlite:///path (embedded, the default) or redis://host:port/db (several machines).
See docs/deploy.md, "Choosing the queue".
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from qraudit.errors import InputError

MAX_ATTEMPTS = 3  # a case that killed three workers is failed, not retried for ever
STATES = ("queued", "running", "done", "failed")


@dataclass(frozen=True)
class Lease:
    case_id: str
    owner: str  # worker id; the fence every later write is checked against
    attempt: int


@dataclass(frozen=True)
class JobState:
    case_id: str
    state: str
    attempts: int = 0
    error: str = ""


class JobQueue(Protocol):
    def enqueue(self, case_id: str) -> bool: ...  # False: the case was already queued (idempotent)
    def claim(self, owner: str, lease_s: float) -> Lease | None: ...
    def renew(self, lease: Lease, lease_s: float) -> bool: ...  # False: the lease was lost
    def finish(self, lease: Lease, state: str, error: str = "") -> bool: ...
    def state(self, case_id: str) -> JobState | None: ...
    def requeue(self, case_id: str) -> bool: ...  # a finished case audited again (re-check)
    def close(self) -> None: ...


SQLITE_SCHEMA = """CREATE TABLE IF NOT EXISTS jobs (case_id TEXT PRIMARY KEY, state TEXT NOT NULL, attempts INTEGER
  NOT NULL DEFAULT 0, owner TEXT, lease_until REAL, error TEXT NOT NULL DEFAULT '', enqueued_at REAL NOT NULL)"""


class SqliteQueue:
    """Jobs in one SQLite file; each claim is one IMMEDIATE transaction, so two workers never take the same job."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute(SQLITE_SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._conn.close()

    def _write(self, sql: str, args: tuple) -> int:
        with self._lock:
            return self._conn.execute(sql, args).rowcount

    def enqueue(self, case_id: str) -> bool:
        return (
            self._write(
                "INSERT OR IGNORE INTO jobs (case_id, state, enqueued_at) VALUES (?, 'queued', ?)",
                (case_id, time.time()),
            )
            == 1
        )

    def requeue(self, case_id: str) -> bool:
        return (
            self._write(
                "UPDATE jobs SET state = 'queued', attempts = 0, owner = NULL, error = '' "
                "WHERE case_id = ? AND state IN ('done', 'failed')",
                (case_id,),
            )
            == 1
        )

    def claim(self, owner: str, lease_s: float) -> Lease | None:
        with self._lock:
            db, now = self._conn, time.time()
            db.execute("BEGIN IMMEDIATE")
            try:
                # a job whose worker died too often is failed here, once, instead of being handed out again
                db.execute(
                    "UPDATE jobs SET state = 'failed', error = 'its worker stopped during every attempt' "
                    "WHERE state = 'running' AND lease_until < ? AND attempts >= ?",
                    (now, MAX_ATTEMPTS),
                )
                row = db.execute(
                    "SELECT case_id, attempts FROM jobs WHERE state = 'queued' OR (state = 'running' "
                    "AND lease_until < ?) ORDER BY enqueued_at LIMIT 1",
                    (now,),
                ).fetchone()
                if row is not None:
                    db.execute(
                        "UPDATE jobs SET state = 'running', owner = ?, lease_until = ?, attempts = attempts + 1 "
                        "WHERE case_id = ?",
                        (owner, now + lease_s, row[0]),
                    )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return Lease(row[0], owner, row[1] + 1) if row else None

    def renew(self, lease: Lease, lease_s: float) -> bool:
        return (
            self._write(
                "UPDATE jobs SET lease_until = ? WHERE case_id = ? AND owner = ? AND state = 'running'",
                (time.time() + lease_s, lease.case_id, lease.owner),
            )
            == 1
        )

    def finish(self, lease: Lease, state: str, error: str = "") -> bool:
        return (
            self._write(
                "UPDATE jobs SET state = ?, error = ?, lease_until = NULL WHERE case_id = ? AND owner = ? "
                "AND state = 'running'",
                (state, error, lease.case_id, lease.owner),
            )
            == 1
        )

    def state(self, case_id: str) -> JobState | None:
        with self._lock:
            row = self._conn.execute("SELECT state, attempts, error FROM jobs WHERE case_id = ?", (case_id,)).fetchone()
        return JobState(case_id, *row) if row else None


def open_queue(url: str) -> JobQueue:
    if url.startswith("sqlite:///"):
        return SqliteQueue(Path(url.removeprefix("sqlite:///")))
    if url.startswith(("redis://", "rediss://", "unix://")):
        from qraudit.service.redisqueue import RedisQueue

        return RedisQueue(url)
    raise InputError(f"unknown queue {url!r}", hint="use sqlite:///PATH or redis://HOST:PORT/DB")
