"""A case as it arrived, in intake/<id>/evidence/: the uploads under names the service made up (never the
client's), intake.json listing each by the SHA-256 taken as its bytes came in, and a manifest.json of the
evidence package (src/qraudit/evidence) sealing both, so `qraudit verify intake/<id>/evidence` checks it. That
manifest is the root of the case's evidence: each audit seals copies of the same bytes in its own manifest, and
result.json names the intake manifest's SHA-256 and each audit manifest's. What changes later (result.json,
attempts.log) lives beside evidence/, never in it."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qraudit.errors import InputError

INTAKE, RESULT, EVIDENCE = "intake.json", "result.json", "evidence"


@dataclass(frozen=True)
class Upload:
    field: str  # "photo" or "walk"
    name: str  # the service's name for it, inside uploads/
    sha256: str
    size: int
    type: str  # what its content is, e.g. "image/jpeg", "video/mp4"


@dataclass(frozen=True)
class Intake:
    id: str
    campaign: str
    received_at: str
    uploads: tuple[Upload, ...] = ()
    url: str = ""
    note: str = ""
    place: str = ""
    token_key: str = ""  # which token sent it (its hash), for the organiser

    def files(self, kind: str, root: Path) -> list[Path]:
        return [uploads_dir(root) / u.name for u in self.uploads if u.field == kind]


@dataclass(frozen=True)
class Result:
    verdict: str
    verdict_reason: str
    audits: tuple[dict[str, Any], ...] = ()
    notes: tuple[str, ...] = ()
    intake_sha256: str = ""  # of evidence/manifest.json, the intake's seal
    finished_at: str = ""
    uploads_sealed: bool = False  # every upload's hash is in an audit manifest
    extra: dict[str, Any] = field(default_factory=dict)


def new_case_id() -> str:
    return "c" + secrets.token_hex(10)  # unguessable: the id is what lets a volunteer see their own case


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_json(path: Path, data: Any) -> str:
    """Atomically, so a reader (or a killed worker) never leaves half a file; returns the bytes' SHA-256."""
    raw = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(raw)
    os.replace(tmp, path)
    return hashlib.sha256(raw).hexdigest()


def uploads_dir(root: Path) -> Path:
    return root / EVIDENCE / "uploads"


def save_intake(root: Path, intake: Intake) -> str:
    """intake.json, then the manifest over it and the uploads; returns the manifest's SHA-256."""
    from qraudit import __version__
    from qraudit.evidence import write_manifest

    write_json(root / EVIDENCE / INTAKE, asdict(intake))
    return write_manifest(root / EVIDENCE, {"tool": __version__}, intake.received_at, utc_now())


def load_intake(root: Path) -> Intake:
    try:
        data = json.loads((root / EVIDENCE / INTAKE).read_text(encoding="utf-8"))
        data["uploads"] = tuple(Upload(**u) for u in data.get("uploads", ()))
        return Intake(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"unreadable case: {exc}", location=root) from None


def load_result(root: Path) -> Result | None:
    try:
        data = json.loads((root / RESULT).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    data["audits"], data["notes"] = tuple(data.get("audits", ())), tuple(data.get("notes", ()))
    return Result(**data)
