"""The campaign.db schema as numbered migrations; `PRAGMA user_version` says which ones have run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qraudit.errors import InputError

# Append new steps; never edit a released one (old databases replay only the steps they lack).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE photos (
        sha256      TEXT PRIMARY KEY,
        source      TEXT NOT NULL,
        taken_at    TEXT,
        lat         REAL,
        lon         REAL,
        make        TEXT,
        model       TEXT,
        width       INTEGER,
        height      INTEGER,
        error       TEXT,
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE codes (
        photo_sha256 TEXT NOT NULL REFERENCES photos(sha256) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        text         TEXT NOT NULL,
        kind         TEXT NOT NULL,
        decoder      TEXT NOT NULL,
        polygon      TEXT NOT NULL,          -- JSON, four [x, y] corners
        details      TEXT NOT NULL,          -- JSON object
        PRIMARY KEY (photo_sha256, idx)
    );
    -- Which photo (or URL argument) led to which case; the case may not be audited yet.
    CREATE TABLE photo_codes (
        photo_sha256 TEXT REFERENCES photos(sha256) ON DELETE CASCADE,  -- NULL for a URL argument
        case_id      TEXT NOT NULL,
        source       TEXT NOT NULL,
        linked_at    TEXT NOT NULL
    );
    CREATE UNIQUE INDEX photo_codes_unique ON photo_codes (ifnull(photo_sha256, ''), case_id, source);
    CREATE INDEX photo_codes_case ON photo_codes (case_id);
    -- One row per complete audit: written only after the folder lost its .partial suffix.
    CREATE TABLE audits (
        case_id         TEXT PRIMARY KEY,
        folder          TEXT NOT NULL,       -- relative to the campaign folder when inside it
        kind            TEXT NOT NULL,
        source          TEXT NOT NULL,
        payload         TEXT,
        payload_kind    TEXT,
        start_url       TEXT,
        photo_sha256    TEXT,
        verdict         TEXT NOT NULL,
        verdict_reason  TEXT NOT NULL,
        reached_payment INTEGER NOT NULL,
        profile         TEXT NOT NULL,
        started_at      TEXT NOT NULL,
        finished_at     TEXT NOT NULL,
        venue           TEXT NOT NULL,
        manifest_sha256 TEXT,
        report_json     TEXT NOT NULL,
        recorded_at     TEXT NOT NULL
    );
    CREATE TABLE walls (
        case_id    TEXT NOT NULL REFERENCES audits(case_id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        category   TEXT NOT NULL,
        mandatory  INTEGER NOT NULL,
        rule_ids   TEXT NOT NULL,            -- space separated
        step       INTEGER NOT NULL,
        summary_zh TEXT NOT NULL,
        summary_en TEXT NOT NULL,
        PRIMARY KEY (case_id, idx)
    );
    CREATE TABLE findings (
        case_id    TEXT NOT NULL REFERENCES audits(case_id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        severity   TEXT NOT NULL,
        rule_ids   TEXT NOT NULL,
        step       INTEGER NOT NULL,
        summary_en TEXT NOT NULL,
        PRIMARY KEY (case_id, idx)
    );
    CREATE TABLE artifacts (
        case_id TEXT NOT NULL REFERENCES audits(case_id) ON DELETE CASCADE,
        path    TEXT NOT NULL,               -- POSIX, relative to the audit folder
        sha256  TEXT NOT NULL,
        size    INTEGER NOT NULL,
        PRIMARY KEY (case_id, path)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the database to SCHEMA_VERSION, one step per transaction; safe when two runs open it at once."""
    while True:
        conn.execute("BEGIN IMMEDIATE")  # the version is re-read under the write lock
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise InputError(
                    f"campaign.db has schema {current}, this qraudit knows up to {SCHEMA_VERSION}",
                    location=path,
                    hint="upgrade qraudit",
                )
            if current == SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            for statement in _statements(MIGRATIONS[current]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split on ';' at line ends; executescript() would commit our transaction behind our back."""
    parts, buffer = [], []
    for line in script.splitlines():
        buffer.append(line)
        if line.rstrip().endswith(";") and sqlite3.complete_statement("\n".join(buffer)):
            parts.append("\n".join(buffer))
            buffer = []
    tail = "\n".join(buffer).strip()
    return parts + ([tail] if tail else [])
