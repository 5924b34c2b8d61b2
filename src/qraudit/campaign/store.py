"""campaign.db: photos, codes, links, audits, walls and artifacts of one campaign folder, in SQLite.

An audit is recorded in one transaction, and only once its folder has lost the `.partial` suffix, so a
`kill -9` at any moment leaves either the whole audit (done) or none of it (audited again on --resume).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qraudit.campaign import folders
from qraudit.campaign.rows import (
    ABSORB_CODES,
    ABSORB_LINKS,
    ABSORB_PHOTOS,
    as_json,
    ensure_photo,
    insert_audit,
    link_case,
    photo_sha256_of,
    upsert_photo,
)
from qraudit.campaign.schema import migrate
from qraudit.errors import InputError
from qraudit.models import PhotoResult, Report
from qraudit.serde import from_data, to_data

DB_NAME = "campaign.db"
BUSY_TIMEOUT_S = 30.0  # another run (or a merge) holding the write lock


@dataclass(frozen=True)
class AuditRecord:
    """One complete audit as the summaries see it."""

    case_id: str
    folder: Path  # absolute
    venue: str
    report: Report
    photo_links: tuple[tuple[str | None, str], ...]  # (photo sha256 or None for a URL argument, source)


@dataclass(frozen=True)
class PhotoRecord:
    sha256: str
    source: str
    taken_at: str | None
    lat: float | None
    lon: float | None
    case_ids: tuple[str, ...]


class CampaignStore:
    """Open with `CampaignStore.open(out_dir)`; one store may be used from several threads."""

    def __init__(self, root: Path, conn: sqlite3.Connection):
        self.root = root
        self.path = root / DB_NAME
        self._conn = conn
        self._lock = threading.RLock()

    @classmethod
    def open(cls, out_dir: Path | str, create: bool = True) -> CampaignStore:
        """Create or migrate `out_dir/campaign.db`; with create=False a missing store is an InputError."""
        root = Path(out_dir)
        path = root / DB_NAME
        if not create and not path.is_file():
            raise InputError("not a campaign folder (no campaign.db)", location=root)
        if root.exists() and not root.is_dir():
            raise InputError("campaign output is not a folder", location=root)
        root.mkdir(parents=True, exist_ok=True)
        conn = None
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a committed audit survives power loss, not only kill -9
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, path)
        except (sqlite3.DatabaseError, InputError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, InputError):
                raise
            raise InputError(f"cannot open campaign store: {exc}", location=path) from exc
        return cls(root.resolve(), conn)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> CampaignStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    # ------------------------------------------------------------ writing

    def record_photo(self, photo: PhotoResult) -> bool:
        """Store a decoded photo and its codes; False for a file that could not even be hashed."""
        if not photo.sha256:
            return False
        with self._transaction() as db:
            upsert_photo(db, photo)
            db.execute("DELETE FROM codes WHERE photo_sha256 = ?", (photo.sha256,))
            db.executemany(
                "INSERT INTO codes (photo_sha256, idx, text, kind, decoder, polygon, details)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        photo.sha256,
                        i,
                        c.text,
                        c.kind,
                        c.decoder,
                        as_json(to_data(c.polygon)),
                        as_json(to_data(c.details)),
                    )
                    for i, c in enumerate(photo.codes)
                ],
            )
        return True

    def link(self, photo_sha256: str | None, case_id: str, source: str) -> None:
        """Photo (or URL argument when photo_sha256 is None) -> case. Linking twice is harmless."""
        with self._transaction() as db:
            link_case(db, photo_sha256, case_id, source)

    def record_target(self, target: Any) -> None:
        """Photo and link of one runner target (anything with kind, source, photo, case_id)."""
        photo: PhotoResult | None = getattr(target, "photo", None)
        if photo is not None and photo.sha256:
            self.record_photo(photo)
            self.link(photo.sha256, target.case_id, target.source)
        else:
            self.link(None, target.case_id, target.source)

    def record_audit(self, report: Report, folder: Path) -> None:
        """Mark the audit done: report, walls, findings and artifacts in one transaction (replacing an older one).

        Call it only after the folder has its final name; a `.partial` folder is refused."""
        folder = Path(folder)
        if folders.is_partial(folder) or not folder.is_dir():
            raise InputError(
                "not a complete audit folder", location=folder, hint="record an audit after the .partial rename"
            )
        files = folders.artifacts(folder)
        manifest = folders.manifest_sha256(folder)
        with self._transaction() as db:
            db.execute("DELETE FROM audits WHERE case_id = ?", (report.case_id,))  # cascades to walls, artifacts
            insert_audit(db, report, self._relative(folder), manifest)
            photo = photo_sha256_of(report)
            if photo:
                ensure_photo(db, photo, report.target.source, report)
            link_case(db, photo, report.case_id, report.target.source)
            db.executemany(
                "INSERT INTO artifacts (case_id, path, sha256, size) VALUES (?, ?, ?, ?)",
                [(report.case_id, a.path, a.sha256, a.size) for a in files],
            )

    def absorb_photos(self, other: CampaignStore) -> None:
        """Union another campaign's photos, codes and photo links into this one (audits are merge's job)."""
        if other.path.resolve() == self.path.resolve():
            return
        with self._lock:
            self._conn.execute("ATTACH DATABASE ? AS other", (str(other.path),))
            try:
                with self._transaction() as db:
                    db.execute(ABSORB_PHOTOS)
                    db.execute(ABSORB_CODES)
                    db.execute(ABSORB_LINKS)
            finally:
                self._conn.execute("DETACH DATABASE other")

    # ------------------------------------------------------------ resuming

    def cleanup_partials(self, out_dir: Path | None = None) -> list[Path]:
        """Delete `.partial` folders left by a killed run. Call before a run starts, never during one."""
        return folders.remove_partials(Path(out_dir) if out_dir is not None else self.root)

    def adopt_finished(self) -> list[str]:
        """Record complete folders (renamed, with report.json) that a run killed before recording left behind:
        new cases, and re-audits whose folder no longer matches the recorded manifest."""
        from qraudit.report.json_format import read_report  # the report package is heavy; only this needs it

        known = dict(self._query("SELECT folder, manifest_sha256 FROM audits"))
        adopted = []
        for report_file in sorted(self.root.glob("*/report.json")):
            folder = report_file.parent
            if folders.is_partial(folder):
                continue
            if folder.name in known and known[folder.name] == folders.manifest_sha256(folder):
                continue
            try:
                report = read_report(report_file)
            except InputError:
                continue  # not one of ours
            if report.case_id == folder.name:
                self.record_audit(report, folder)
                adopted.append(report.case_id)
        return adopted

    def done_case_ids(self) -> set[str]:
        """Cases with a recorded audit whose folder is still there (a deleted folder is audited again)."""
        rows = self._query("SELECT case_id, folder FROM audits")
        return {case_id for case_id, folder in rows if self._absolute(folder).is_dir()}

    def prepare_resume(self) -> set[str]:
        """Everything --resume needs, in order: drop partials, adopt finished folders, return the done ids."""
        self.cleanup_partials()
        self.adopt_finished()
        return self.done_case_ids()

    # ------------------------------------------------------------ reading

    def audits(self) -> list[AuditRecord]:
        links: dict[str, list[tuple[str | None, str]]] = {}
        for sha, case_id, source in self._query("SELECT photo_sha256, case_id, source FROM photo_codes ORDER BY rowid"):
            links.setdefault(case_id, []).append((sha, source))
        rows = self._query("SELECT case_id, folder, venue, report_json FROM audits ORDER BY case_id")
        return [
            AuditRecord(
                case_id,
                self._absolute(folder),
                venue,
                from_data(Report, json.loads(text)),
                tuple(links.get(case_id, ())),
            )
            for case_id, folder, venue, text in rows
        ]

    def photos(self) -> list[PhotoRecord]:
        cases: dict[str, list[str]] = {}
        linked = "SELECT photo_sha256, case_id FROM photo_codes WHERE photo_sha256 IS NOT NULL ORDER BY rowid"
        for sha, case_id in self._query(linked):
            cases.setdefault(sha, []).append(case_id)
        rows = self._query("SELECT sha256, source, taken_at, lat, lon FROM photos ORDER BY sha256")
        return [
            PhotoRecord(sha, src, taken, lat, lon, tuple(dict.fromkeys(cases.get(sha, ()))))
            for sha, src, taken, lat, lon in rows
        ]

    def count(self, table: str) -> int:
        if table not in ("photos", "codes", "photo_codes", "audits", "walls", "findings", "artifacts"):
            raise ValueError(f"unknown table {table!r}")
        return self._query(f"SELECT count(*) FROM {table}")[0][0]

    def connection(self) -> sqlite3.Connection:
        """The raw connection, for merge and for tests that inspect rows. Hold no transaction open across calls."""
        return self._conn

    def _relative(self, folder: Path) -> str:
        resolved = folder.resolve()
        return resolved.relative_to(self.root).as_posix() if resolved.is_relative_to(self.root) else str(resolved)

    def _absolute(self, folder: str) -> Path:
        return self.root / folder  # an absolute stored path stays absolute
