"""Turn a fresh re-audit into a recheck folder: compare, write recheck.json, reseal, give it its final name."""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qraudit.evidence.manifest import sha256_file
from qraudit.models import Report
from qraudit.recheck.case import Case, load_snapshots
from qraudit.recheck.compare import compare_findings, compare_walls, overall_status
from qraudit.recheck.model import RECHECK_FILE, RECHECK_VERSION, AuditRef, Recheck, recheck_json


@dataclass(frozen=True)
class SealWith:
    """What the audit sealed with, to seal the same way again (its formats, language, key, time stamp)."""

    formats: tuple[str, ...]
    lang: str
    rules: Mapping[str, Any]
    sign_key: Path | None = None
    tsa_url: str | None = None


def audit_ref(report: Report, folder: Path, verified: bool | None = None, with_manifest: bool = True) -> AuditRef:
    manifest = folder / "manifest.json"
    digest = sha256_file(manifest) if with_manifest and manifest.is_file() else None
    return AuditRef(
        report.case_id,
        folder.name,
        report.started_at,
        report.finished_at,
        report.verdict,
        report.verdict_reason,
        digest,
        verified,
    )


def compare_case(case: Case, new: Report, new_name: str, old_verified: bool, checked_at: str) -> Recheck:
    walls, findings = compare_walls(case.report, new), compare_findings(case.report, new)
    return Recheck(
        recheck_version=RECHECK_VERSION,
        status=overall_status(case.report, new, walls, findings),
        checked_at=checked_at,
        target_kind=case.report.target.kind,
        reused=case.reused(),
        old=audit_ref(case.report, case.folder, old_verified),
        # the new manifest seals this file, so it cannot be quoted here; `qraudit verify` checks it
        new=audit_ref(new, Path(new_name), with_manifest=False),
        walls=walls,
        findings=findings,
    )


def reseal(folder: Path, report: Report, seal: SealWith) -> str:
    """The project's own sealing again, now with recheck.json in the folder: a new manifest lists it, the
    signature and time stamp are made again from that manifest, and report.html (which shows the re-check
    section) quotes it. Returns the new manifest's SHA-256."""
    from qraudit.evidence import seal_audit

    sealed = seal_audit(
        report,
        folder,
        seal.formats,
        lang=seal.lang,
        rules=seal.rules,
        snapshots=load_snapshots(folder),
        sign_key=seal.sign_key,
        tsa_url=seal.tsa_url,
    )
    return sealed.manifest_sha256  # wacz=False: an archive.wacz the audit made is a file like any other


def finish_recheck(work: Path, target: Path, recheck: Recheck, report: Report, seal: SealWith) -> str:
    """Seal `work` with recheck.json and move it to `target`; only a complete folder carries the final name."""
    (work / RECHECK_FILE).write_text(recheck_json(recheck), encoding="utf-8")
    digest = reseal(work, report, seal)
    work.rename(target)
    return digest


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def sealed_formats(formats: Sequence[str]) -> tuple[str, ...]:
    """As the audit writes them: report.json always, first."""
    chosen = tuple(dict.fromkeys(formats))
    return chosen if "json" in chosen else ("json", *chosen)
