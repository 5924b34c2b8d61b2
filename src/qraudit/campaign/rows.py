"""Rows of campaign.db: the SQL that writes one photo, link or audit, shared by runs and merges."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from qraudit.campaign.facts import venue_of
from qraudit.models import PhotoResult, Report
from qraudit.serde import to_data


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def upsert_photo(db: sqlite3.Connection, photo: PhotoResult) -> None:
    gps = photo.exif.gps
    db.execute(
        """INSERT INTO photos (sha256, source, taken_at, lat, lon, make, model, width, height, error, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (sha256) DO UPDATE SET source = excluded.source, taken_at = excluded.taken_at,
             lat = excluded.lat, lon = excluded.lon, make = excluded.make, model = excluded.model,
             width = excluded.width, height = excluded.height, error = excluded.error""",
        (
            photo.sha256,
            photo.source,
            photo.exif.taken_at,
            gps.lat if gps else None,
            gps.lon if gps else None,
            photo.exif.make,
            photo.exif.model,
            photo.width,
            photo.height,
            photo.error,
            utc_now(),
        ),
    )  # an upsert, not REPLACE: REPLACE deletes the row and would cascade to codes and links


def ensure_photo(db: sqlite3.Connection, sha256: str, source: str, report: Report | None = None) -> None:
    """A photo row known only from a link or a report; a later record_photo fills it in."""
    exif = report.target.exif if report is not None else None
    gps = exif.gps if exif is not None else None
    db.execute(
        """INSERT OR IGNORE INTO photos (sha256, source, taken_at, lat, lon, make, model, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            sha256,
            source,
            exif.taken_at if exif else None,
            gps.lat if gps else None,
            gps.lon if gps else None,
            exif.make if exif else None,
            exif.model if exif else None,
            utc_now(),
        ),
    )


def link_case(db: sqlite3.Connection, photo_sha256: str | None, case_id: str, source: str) -> None:
    if photo_sha256:
        ensure_photo(db, photo_sha256, source)
    db.execute(
        "INSERT OR IGNORE INTO photo_codes (photo_sha256, case_id, source, linked_at) VALUES (?, ?, ?, ?)",
        (photo_sha256 or None, case_id, source, utc_now()),
    )


def photo_sha256_of(report: Report) -> str | None:
    """The photo an audit was made from; a phone walk's hash is of its recordings (its sign's photo is linked)."""
    return None if report.target.kind == "phone-walk" else report.target.sha256


def insert_audit(db: sqlite3.Connection, report: Report, folder: str, manifest: str | None) -> None:
    t = report.target
    db.execute(
        """INSERT INTO audits (case_id, folder, kind, source, payload, payload_kind, start_url, photo_sha256, verdict,
             verdict_reason, reached_payment, profile, started_at, finished_at, venue, manifest_sha256, report_json,
             recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            report.case_id,
            folder,
            t.kind,
            t.source,
            t.payload,
            t.payload_kind,
            report.start_url,
            photo_sha256_of(report),
            report.verdict,
            report.verdict_reason,
            int(report.reached_payment),
            report.profile,
            report.started_at,
            report.finished_at,
            venue_of(report),
            manifest,
            as_json(to_data(report)),
            utc_now(),
        ),
    )
    db.executemany(
        """INSERT INTO walls (case_id, idx, category, mandatory, rule_ids, step, summary_zh, summary_en)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (report.case_id, i, w.category, int(w.mandatory), " ".join(w.rule_ids), w.step, w.summary.zh, w.summary.en)
            for i, w in enumerate(report.walls)
        ],
    )
    db.executemany(
        "INSERT INTO findings (case_id, idx, severity, rule_ids, step, summary_en) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (report.case_id, i, f.severity, " ".join(f.rule_ids), f.step, f.summary.en)
            for i, f in enumerate(report.findings)
        ],
    )


PHOTO_COLUMNS = "sha256, source, taken_at, lat, lon, make, model, width, height, error, recorded_at"
# What is already known wins; a gap (a photo known only from a link) is filled from the other campaign.
ABSORB_PHOTOS = f"""INSERT INTO photos ({PHOTO_COLUMNS}) SELECT {PHOTO_COLUMNS} FROM other.photos WHERE true
    ON CONFLICT (sha256) DO UPDATE SET taken_at = coalesce(photos.taken_at, excluded.taken_at),
      lat = coalesce(photos.lat, excluded.lat), lon = coalesce(photos.lon, excluded.lon),
      make = coalesce(photos.make, excluded.make), model = coalesce(photos.model, excluded.model),
      width = coalesce(photos.width, excluded.width), height = coalesce(photos.height, excluded.height)"""
ABSORB_CODES = """INSERT OR IGNORE INTO codes (photo_sha256, idx, text, kind, decoder, polygon, details)
    SELECT photo_sha256, idx, text, kind, decoder, polygon, details FROM other.codes"""
ABSORB_LINKS = """INSERT OR IGNORE INTO photo_codes (photo_sha256, case_id, source, linked_at)
    SELECT photo_sha256, case_id, source, linked_at FROM other.photo_codes ORDER BY rowid"""
