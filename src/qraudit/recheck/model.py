"""recheck.json: what a re-audit of a case found, wall by wall, next to what the first audit found.

The words (statuses, the file and folder names) and their labels live here, so the report, the campaign
summary and the CLI say the same thing. This module imports nothing heavy: the report package reads it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from qraudit.models import Bilingual

RECHECK_FILE = "recheck.json"
RECHECK_INFIX = ".recheck-"  # <case_id>.recheck-<UTC yyyymmddThhmmssZ>: never equal to a case id
RECHECK_VERSION = 1

# A wall's category (or a finding's rule id), old against new.
WALL_STATUSES = {
    "fixed": Bilingual("已整改", "fixed"),  # mandatory before; optional or gone now
    "still-violating": Bilingual("仍然违规", "still violating"),  # mandatory both times
    "changed": Bilingual("有变化", "changed"),  # there both times, not mandatory before, different now
    "new": Bilingual("新出现", "new"),  # not there before, there now
    "gone": Bilingual("已消失", "gone"),  # optional before (never a violation), gone now
    "unchanged": Bilingual("未变", "unchanged"),  # optional both times, the same rules
}
FINDING_STATUSES = {
    "fixed": WALL_STATUSES["fixed"],  # found before, not now
    "still-present": Bilingual("仍然存在", "still present"),
    "new": WALL_STATUSES["new"],
}
# The case as a whole.
OVERALL_STATUSES = {
    "fixed": WALL_STATUSES["fixed"],  # a violation before, compliant now
    "still-violating": WALL_STATUSES["still-violating"],  # a violation both times
    "changed": WALL_STATUSES["changed"],  # any other move, e.g. compliant → violation
    "unchanged": WALL_STATUSES["unchanged"],  # compliant both times, the same walls and findings
    "inconclusive": Bilingual("无法判定", "inconclusive"),  # the re-audit is inconclusive
}
WALL_STATES = ("mandatory", "allowed", "optional", "absent")  # allowed: mandatory, but only what the service needs


@dataclass(frozen=True)
class AuditRef:
    """One of the two audits: enough to find it and to quote its result."""

    case_id: str
    folder: str  # the folder's name; both folders sit in the same parent
    started_at: str
    finished_at: str
    verdict: str
    verdict_reason: str
    manifest_sha256: str | None
    verified: bool | None = None  # the old folder re-hashed against its manifest before the re-audit


@dataclass(frozen=True)
class WallSide:
    state: str  # mandatory | allowed | optional | absent
    rule_ids: tuple[str, ...] = ()
    summary: Bilingual | None = None  # the first wall of the category, mandatory ones first


@dataclass(frozen=True)
class WallChange:
    category: str  # follow | login | personal_data | ...
    status: str  # a WALL_STATUSES key
    old: WallSide
    new: WallSide


@dataclass(frozen=True)
class FindingChange:
    rule_id: str
    status: str  # a FINDING_STATUSES key
    old_severity: str | None  # None: not found that time
    new_severity: str | None


@dataclass(frozen=True)
class Recheck:
    recheck_version: int
    status: str  # an OVERALL_STATUSES key
    checked_at: str  # UTC, when the re-audit was made
    target_kind: str  # photo | url | phone-walk
    reused: tuple[str, ...]  # what was audited again: the payload, or the sealed copies in the old folder
    old: AuditRef
    new: AuditRef
    walls: tuple[WallChange, ...]
    findings: tuple[FindingChange, ...]


def recheck_json(recheck: Recheck) -> str:
    from qraudit.serde import to_data

    return json.dumps(to_data(recheck), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def read_recheck(path: Path) -> Recheck | None:
    """A recheck.json back, or None when it is missing or not one (the readers only show it)."""
    from qraudit.serde import from_data

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("recheck_version") != RECHECK_VERSION:
            return None
        recheck = from_data(Recheck, data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return recheck if recheck.status in OVERALL_STATUSES else None
