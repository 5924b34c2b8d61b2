"""Write one audit folder: the source photo, then the reports and manifest, sealed in order."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from qraudit.models import Report, Snapshot


def photo_copy_name(source: str) -> str:
    return "photo" + (Path(source).suffix.lower() or ".bin")


def write_audit_folder(report: Report, snapshots: Sequence[Snapshot], target, folder: Path, options, ruleset) -> str:
    """Copy the photo's original bytes as evidence, then seal; returns the manifest's SHA-256."""
    from qraudit.evidence import seal_audit

    if target.photo is not None:
        shutil.copyfile(target.photo.source, folder / photo_copy_name(target.photo.source))
    sealed = seal_audit(
        report,
        folder,
        options.formats,
        lang=options.lang,
        rules=ruleset.by_id,
        snapshots=snapshots,
        sign_key=options.sign_key,
        tsa_url=options.tsa_url,
        wacz=options.wacz,
    )
    return sealed.manifest_sha256
