"""One complaint package: `<out>/<case_id>-<recipient>/`, written whole or not at all, never inside an audit folder."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qraudit.complaint.case import RECIPIENTS, Complaint
from qraudit.complaint.cca import write_cca
from qraudit.complaint.complainant import Complainant
from qraudit.complaint.errors import ComplaintInputError, NotAViolation
from qraudit.complaint.facts import CaseFacts, gather_facts
from qraudit.complaint.form12315 import write_12315
from qraudit.complaint.letter import write_letter
from qraudit.complaint.wording import BEIJING, DEFAULT_DAYS

WRITERS: dict[str, Callable[[Complaint, Path], list[Path]]] = {
    "cca": write_cca,
    "12315": write_12315,
    "merchant": write_letter,
}
assert tuple(WRITERS) == RECIPIENTS
PARTIAL = ".partial"


@dataclass(frozen=True)
class Written:
    case_id: str
    recipient: str
    folder: Path
    files: tuple[Path, ...]
    merchant: str | None
    missing: tuple[str, ...]


def check_recipient(recipient: str) -> str:
    if recipient not in WRITERS:
        raise ComplaintInputError(f"unknown recipient {recipient!r}", hint=f"use --to {' | '.join(WRITERS)}")
    return recipient


def check_out(out: Path, case_folder: Path) -> None:
    """The complainant's data must never land in (or above) an audit folder: it would break the seal, and the
    evidence folder is what gets shared."""
    out, case = Path(out).resolve(), Path(case_folder).resolve()
    if out == case or case in out.parents:
        raise ComplaintInputError(
            "--out is inside the audit folder; the complainant's data is never written there",
            location=out,
            hint="choose an --out folder outside the audit folder",
        )


def folder_name(case_id: str, recipient: str) -> str:
    return re.sub(r"[^\w.-]", "_", f"{case_id}-{recipient}")


def complaint_for(
    facts: CaseFacts, complainant: Complainant, recipient: str, days: int = DEFAULT_DAYS, now: datetime | None = None
) -> Complaint:
    """The complaint for one case; NotAViolation (exit 3) when there is nothing to complain about."""
    if not facts.is_violation:
        why = (
            f"verdict is {facts.verdict or 'missing'}"
            if facts.verdict != "violation"
            else "every mandatory wall is judged necessary"
        )
        raise NotAViolation(f"skipped: {why}, nothing to complain about", location=facts.folder)
    moment = (now or datetime.now(BEIJING)).astimezone(BEIJING)
    return Complaint(facts, complainant, check_recipient(recipient), moment.replace(microsecond=0), days)


def write_package(
    case_folder: Path,
    recipient: str,
    complainant: Complainant,
    out: Path,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
) -> Written:
    facts = gather_facts(case_folder)  # "not an audit folder" first: it says more than where --out is
    check_out(out, case_folder)
    complaint = complaint_for(facts, complainant, recipient, days, now)
    target = Path(out) / folder_name(complaint.facts.case_id, recipient)
    work = target.with_name(target.name + PARTIAL)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        names = [p.name for p in WRITERS[recipient](complaint, work)]
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    shutil.rmtree(target, ignore_errors=True)
    work.rename(target)
    name = complaint.merchant_name
    return Written(
        complaint.facts.case_id,
        recipient,
        target,
        tuple(target / n for n in names),
        name.value if name else None,
        complaint.missing,
    )
