"""Finish an audit folder in the one order that works: archive, machine reports, manifest, signature,
timestamp, then the human reports that print the manifest's hash."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qraudit.evidence.manifest import write_manifest
from qraudit.evidence.signing import sign_manifest
from qraudit.evidence.timestamp import timestamp_manifest
from qraudit.evidence.wacz import write_wacz
from qraudit.models import Report, Snapshot
from qraudit.report import FORMATS, check_formats, prepare_assets, write_reports


@dataclass(frozen=True)
class Sealed:
    paths: dict[str, Path]  # format name -> file
    manifest_sha256: str
    signature: Path | None = None
    timestamp: Path | None = None
    wacz: Path | None = None


def seal_audit(
    report: Report,
    folder: Path,
    formats: Sequence[str] = ("json", "html"),
    lang: str = "zh",
    rules: Mapping[str, Any] | None = None,
    snapshots: Sequence[Snapshot] = (),
    sign_key: Path | None = None,
    tsa_url: str | None = None,
    wacz: bool = False,
) -> Sealed:
    folder = Path(folder)
    names = check_formats(formats)
    archive = write_wacz(folder, title=report.case_id) if wacz else None
    before = [n for n in names if not FORMATS[n].quotes_manifest]
    after = [n for n in names if FORMATS[n].quotes_manifest]
    if after:
        prepare_assets(report, folder)  # the photo copy the HTML shows is evidence-adjacent: list it
    paths = write_reports(report, folder, before, lang, rules, snapshots)
    digest = write_manifest(folder, report.versions, report.started_at, report.finished_at)
    signature = sign_manifest(folder, sign_key) if sign_key else None
    stamp = timestamp_manifest(folder, tsa_url) if tsa_url else None
    paths.update(write_reports(report, folder, after, lang, rules, snapshots))
    return Sealed(paths, digest, signature, stamp, archive)
