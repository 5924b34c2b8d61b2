"""Which cases a campaign has, for the organiser's lists (service.db; the cases themselves live in intake/)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

SCHEMA = """CREATE TABLE IF NOT EXISTS cases (id TEXT PRIMARY KEY, campaign TEXT NOT NULL, received_at TEXT NOT NULL,
  organiser_note TEXT NOT NULL DEFAULT '')"""


class CaseIndex:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute(SCHEMA)
        self._lock = threading.Lock()

    def add(self, case_id: str, campaign: str, received_at: str) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR IGNORE INTO cases (id, campaign, received_at) VALUES (?, ?, ?)",
                (case_id, campaign, received_at),
            )

    def campaign_of(self, case_id: str) -> str | None:
        with self._lock:
            row = self._conn.execute("SELECT campaign FROM cases WHERE id = ?", (case_id,)).fetchone()
        return row[0] if row else None

    def of_campaign(self, campaign: str) -> list[str]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM cases WHERE campaign = ? ORDER BY received_at DESC, id", (campaign,)
            ).fetchall()
        return [r[0] for r in rows]

    def campaigns(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT DISTINCT campaign FROM cases ORDER BY campaign")]

    def note(self, case_id: str) -> str:
        with self._lock:
            row = self._conn.execute("SELECT organiser_note FROM cases WHERE id = ?", (case_id,)).fetchone()
        return row[0] if row else ""

    def set_note(self, case_id: str, note: str) -> None:
        with self._lock:
            self._conn.execute("UPDATE cases SET organiser_note = ? WHERE id = ?", (note, case_id))

    def close(self) -> None:
        self._conn.close()
