"""The finished case a recheck starts from: its report, what to audit again, and where the new folder goes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qraudit.errors import InputError
from qraudit.evidence.manifest import MANIFEST
from qraudit.models import Report, Snapshot
from qraudit.recheck.model import RECHECK_INFIX

STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Case:
    folder: Path
    report: Report

    @property
    def walk_copies(self) -> tuple[Path, ...]:
        """A phone walk's sealed copies of the recordings and screenshots, in walk order."""
        return tuple(self.folder / m.name for m in self.report.target.walk)

    @property
    def photo_copy(self) -> Path | None:
        """The sealed copy of the sign's photo: it keeps the photo's EXIF place and time in the new audit."""
        name = self.report.target.photo
        return self.folder / name if name else None

    def audit_arguments(self) -> list[str]:
        """The `qraudit audit` arguments that audit the same code again, from what the folder sealed."""
        target = self.report.target
        copies = [p for p in (self.photo_copy, *self.walk_copies) if p is not None]
        for path in copies:
            if not path.is_file():
                raise InputError(
                    f"the sealed copy {path.name} is missing",
                    location=self.folder,
                    hint="recheck audits the copies sealed in the case folder",
                )
        sign = str(self.photo_copy) if self.photo_copy else target.payload
        if target.kind == "phone-walk":
            walks = [arg for path in self.walk_copies for arg in ("--walk", str(path))]
            return ([sign] if sign else []) + walks
        if not sign:
            raise InputError("the report names no code to audit again", location=self.folder / "report.json")
        return [sign]

    def reused(self) -> tuple[str, ...]:
        """What the re-audit read: the sealed files by name, or the payload."""
        names = [p.name for p in (self.photo_copy,) if p] + [m.name for m in self.report.target.walk]
        return tuple(names) or (self.report.target.payload or "",)


def open_case(folder: Path) -> Case:
    """A finished audit folder, or a one-line InputError (exit 2) saying why it is not one."""
    from qraudit.report import read_report

    folder = Path(folder)
    if not folder.exists():
        raise InputError("no such folder", location=folder)
    if not folder.is_dir():
        raise InputError("not a folder", location=folder, hint="give an audit folder, e.g. reports/<case-id>")
    if folder.name.endswith(".partial"):
        raise InputError("an unfinished audit (.partial)", location=folder)
    if not (folder / "report.json").is_file() or not (folder / MANIFEST).is_file():
        raise InputError("not an audit folder (no report.json and manifest.json)", location=folder)
    return Case(folder.resolve(), read_report(folder / "report.json"))


def recheck_name(case_id: str, now: datetime, parent: Path) -> str:
    """`<case_id>.recheck-<UTC stamp>`, with -2, -3 ... should two rechecks share a second."""
    base = f"{case_id}{RECHECK_INFIX}{now.strftime(STAMP)}"
    name, n = base, 1
    while (parent / name).exists() or (parent / f"{name}.partial").exists():
        n += 1
        name = f"{base}-{n}"
    return name


def load_snapshots(folder: Path) -> tuple[Snapshot, ...]:
    """The walk's snapshots from its step-NN.json files, so the HTML re-rendered at the reseal says as much
    as the first one did. A phone walk writes none; its report is then drawn from report.json alone."""
    from qraudit.serde import from_data

    snapshots = []
    for path in sorted(folder.glob("step-*.json")):
        try:
            snapshots.append(from_data(Snapshot, json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            continue  # a step file the capture did not finish: the report still renders without it
    return tuple(snapshots)
