"""One audit folder turned into the facts a complaint states; everything after this reads only `CaseFacts`.

report.json is read as plain data, not through the Report model, so that the optional keys added later
(`violation`, `necessity`, `service`, a legal quote's `version` and `source`) are told apart from their
absence: a report without `violation` complains about every mandatory wall, one with `violation: false` not.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qraudit.complaint.errors import ComplaintInputError
from qraudit.complaint.legal import LegalQuote, Necessity, legal_quotes, necessities
from qraudit.complaint.merchant import Sourced, merchant_address, merchant_name, official_account
from qraudit.errors import InputError
from qraudit.evidence.manifest import MANIFEST, SIGNATURE, TIMESTAMP, read_manifest, sha256_file

REPORT = "report.json"
HUMAN_REPORTS = ("report.pdf", "report.html")  # the first one present is attached


@dataclass(frozen=True)
class StepFact:
    n: int
    title: str
    url: str
    did: str  # what the walker did to get here, in Chinese
    kind: str  # the action's kind (click, fill, press, …); "" for the first step
    reason: str  # refuse | dismiss | proceed | …
    screenshot: str | None


@dataclass(frozen=True)
class WallFact:
    category: str  # follow | login | personal_data | consent
    summary: str
    step: int
    screenshot: str | None
    url: str | None
    excerpts: tuple[str, ...]
    refusal_attempts: tuple[str, ...]
    legal: tuple[LegalQuote, ...]
    necessity: tuple[Necessity, ...]


@dataclass(frozen=True)
class FindingFact:
    summary: str
    step: int
    legal: tuple[LegalQuote, ...]


@dataclass(frozen=True)
class ServiceFact:
    kind: str  # parking | dine_in | …
    name: str  # 停车缴费, when the report names it
    source: str  # inferred | override
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class EvidenceFile:
    name: str  # relative to the audit folder
    sha256: str
    size: int
    in_manifest: bool  # False for the manifest, its signature and timestamp, and the reports that quote it


@dataclass(frozen=True)
class CaseFacts:
    folder: Path
    case_id: str
    verdict: str
    verdict_reason: str
    payload_url: str | None
    start_url: str | None
    merchant_name: Sourced | None
    merchant_address: Sourced | None
    official_account: str | None  # the 公众号 a follow wall names
    gps: tuple[float, float] | None  # (lat, lon) from the photo
    seen_at: Sourced | None  # ISO 8601; source "exif" (photo taken) or "audit-start"
    audited_at: str  # report.started_at, UTC ISO 8601
    walls: tuple[WallFact, ...]  # the walls complained about: mandatory, and not judged necessary
    excused_walls: tuple[WallFact, ...]  # mandatory walls the necessity table allows (violation: false)
    steps: tuple[StepFact, ...]
    findings: tuple[FindingFact, ...]
    service: ServiceFact | None
    photo: str | None
    manifest_sha256: str
    files: tuple[EvidenceFile, ...]  # manifest.json's entries
    signature: str | None  # manifest.sig when present
    timestamp: str | None  # manifest.tsr when present

    @property
    def is_violation(self) -> bool:
        return self.verdict == "violation" and bool(self.walls)

    def file(self, name: str) -> EvidenceFile | None:
        """An evidence file with its hash: from the manifest when listed, else hashed here (reports, signature)."""
        listed = next((f for f in self.files if f.name == name), None)
        if listed is not None:
            return listed
        path = self.folder / name
        return EvidenceFile(name, sha256_file(path), path.stat().st_size, False) if path.is_file() else None

    @property
    def human_report(self) -> str | None:
        return next((n for n in HUMAN_REPORTS if (self.folder / n).is_file()), None)


def _load_report(folder: Path) -> dict[str, Any]:
    if not folder.is_dir():
        raise ComplaintInputError("not a folder", location=folder)
    path = folder / REPORT
    if not path.is_file():
        raise ComplaintInputError(
            "not an audit folder (no report.json)", location=folder, hint="pass a folder written by qraudit audit"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ComplaintInputError(f"cannot read report: {exc}", location=path) from None
    except ValueError as exc:
        raise ComplaintInputError(f"report.json is not JSON: {exc}", location=path) from None
    if not isinstance(data, dict) or data.get("schema_version") != 1 or not data.get("case_id"):
        raise ComplaintInputError("not a qraudit report (schema_version 1 with a case_id)", location=path)
    return data


def _snapshot_texts(folder: Path, step: dict[str, Any]) -> list[str]:
    """The visible texts and pop-up texts of one step's snapshot (step-NN.json); [] when it is not there."""
    name = (step.get("files") or {}).get("snapshot") or f"step-{int(step.get('n') or 0):02d}.json"
    try:
        snap = json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    texts = [str(t.get("text") or "") for t in snap.get("texts") or () if isinstance(t, dict)]
    texts += [str(o.get("text") or "") for o in snap.get("overlays") or () if isinstance(o, dict)]
    return [t for t in texts if t.strip()]


def _did(action: Any) -> str:
    from qraudit.models import Action
    from qraudit.report.narrative import action_sentence  # one wording of actions, shared with the report
    from qraudit.serde import from_data

    return action_sentence(from_data(Action, action) if isinstance(action, dict) else None, "zh")


def _wall(data: dict[str, Any]) -> WallFact:
    evidence = data.get("evidence") or {}
    return WallFact(
        category=str(data.get("category") or ""),
        summary=str((data.get("summary") or {}).get("zh") or ""),
        step=int(data.get("step") or 0),
        screenshot=evidence.get("screenshot"),
        url=evidence.get("url"),
        excerpts=tuple(str(e) for e in evidence.get("excerpts") or ()),
        refusal_attempts=tuple(str(r) for r in data.get("refusal_attempts") or ()),
        legal=legal_quotes(data.get("legal")),
        necessity=necessities(data.get("necessity")),
    )


def _gps(target: dict[str, Any]) -> tuple[float, float] | None:
    gps = (target.get("exif") or {}).get("gps") or {}
    try:
        return (float(gps["lat"]), float(gps["lon"]))
    except (KeyError, TypeError, ValueError):
        return None


def _seen_at(report: dict[str, Any]) -> Sourced | None:
    taken = ((report.get("target") or {}).get("exif") or {}).get("taken_at")
    if taken:
        return Sourced(str(taken), "exif")
    return Sourced(str(report["started_at"]), "audit-start") if report.get("started_at") else None


def _service(data: Any) -> ServiceFact | None:
    if not isinstance(data, dict) or not data.get("kind"):
        return None
    name = data.get("name")
    return ServiceFact(
        kind=str(data["kind"]),
        name=str(name.get("zh") or "") if isinstance(name, dict) else str(name or ""),
        source=str(data.get("source") or ""),
        evidence=tuple(str(e) for e in data.get("evidence") or ()),
    )


def gather_facts(folder: Path) -> CaseFacts:
    """Read one audit folder; ComplaintInputError (exit 2) when it is not one."""
    folder = Path(folder)
    report = _load_report(folder)
    try:
        manifest, raw = read_manifest(folder)
    except InputError as exc:
        raise ComplaintInputError(exc.message, location=exc.location or folder / MANIFEST, hint=exc.hint) from None
    target = report.get("target") or {}
    steps_data = [s for s in report.get("steps") or () if isinstance(s, dict)]
    page_texts = [t for s in steps_data for t in _snapshot_texts(folder, s)]
    mandatory = [w for w in report.get("walls") or () if isinstance(w, dict) and w.get("mandatory")]
    walls = tuple(_wall(w) for w in mandatory if w.get("violation", True) is not False)
    excused = tuple(_wall(w) for w in mandatory if w.get("violation", True) is False)
    wall_texts = [e for w in (*walls, *excused) for e in w.excerpts]
    return CaseFacts(
        folder=folder,
        case_id=str(report["case_id"]),
        verdict=str(report.get("verdict") or ""),
        verdict_reason=str(report.get("verdict_reason") or ""),
        payload_url=target.get("payload"),
        start_url=report.get("start_url"),
        merchant_name=merchant_name([str(s.get("title") or "") for s in steps_data], page_texts, wall_texts),
        merchant_address=merchant_address(page_texts),
        official_account=official_account([*wall_texts, *page_texts]),
        gps=_gps(target),
        seen_at=_seen_at(report),
        audited_at=str(report.get("started_at") or ""),
        walls=walls,
        excused_walls=excused,
        steps=tuple(
            StepFact(
                n=int(s.get("n") or 0),
                title=str(s.get("title") or ""),
                url=str(s.get("url") or ""),
                did=_did(s.get("action")),
                kind=str((s.get("action") or {}).get("kind") or ""),
                reason=str((s.get("action") or {}).get("reason") or ""),
                screenshot=(s.get("files") or {}).get("screenshot"),
            )
            for s in steps_data
        ),
        findings=tuple(
            FindingFact(
                str((f.get("summary") or {}).get("zh") or ""), int(f.get("step") or 0), legal_quotes(f.get("legal"))
            )
            for f in report.get("findings") or ()
            if isinstance(f, dict)
        ),
        service=_service(report.get("service")),
        photo=target.get("photo"),
        manifest_sha256=hashlib.sha256(raw).hexdigest(),
        files=tuple(EvidenceFile(str(f["path"]), str(f["sha256"]), int(f["size"]), True) for f in manifest["files"]),
        signature=SIGNATURE if (folder / SIGNATURE).is_file() else None,
        timestamp=TIMESTAMP if (folder / TIMESTAMP).is_file() else None,
    )
