"""Old report against new: each wall category and each finding's rule, and the case as a whole."""

from __future__ import annotations

from qraudit.models import Report, Wall
from qraudit.models.categories import CATEGORIES
from qraudit.recheck.model import FindingChange, WallChange, WallSide

# The categories a report names first (models/categories.py); anything else an old report has follows, sorted.
CATEGORY_ORDER = CATEGORIES


def wall_side(report: Report, category: str) -> WallSide:
    """All walls of one category as one: mandatory if any is a violation, allowed if any is mandatory but asks
    only for what the service needs, else optional; the union of their rules."""
    walls: list[Wall] = sorted(
        (w for w in report.walls if w.category == category),
        key=lambda w: (not (w.mandatory and w.violation), not w.mandatory),
    )
    if not walls:
        return WallSide("absent")
    rules = tuple(sorted({r for w in walls for r in w.rule_ids}))
    first = walls[0]
    state = "mandatory" if first.mandatory and first.violation else "allowed" if first.mandatory else "optional"
    return WallSide(state, rules, first.summary)


def wall_status(old: WallSide, new: WallSide) -> str:
    if old.state == "mandatory":
        return "still-violating" if new.state == "mandatory" else "fixed"
    if old.state == "absent":
        return "new"
    if new.state == "absent":
        return "gone"
    return "unchanged" if (new.state, new.rule_ids) == (old.state, old.rule_ids) else "changed"


def compare_walls(old: Report, new: Report) -> tuple[WallChange, ...]:
    present = {w.category for w in (*old.walls, *new.walls)}
    ordered = [c for c in CATEGORY_ORDER if c in present] + sorted(present - set(CATEGORY_ORDER))
    changes = []
    for category in ordered:
        before, after = wall_side(old, category), wall_side(new, category)
        changes.append(WallChange(category, wall_status(before, after), before, after))
    return tuple(changes)


def _finding_severities(report: Report) -> dict[str, str]:
    severities: dict[str, str] = {}
    for finding in report.findings:
        for rule_id in finding.rule_ids:
            severities.setdefault(rule_id, finding.severity)
    return severities


def compare_findings(old: Report, new: Report) -> tuple[FindingChange, ...]:
    before, after = _finding_severities(old), _finding_severities(new)
    changes = []
    for rule_id in sorted(set(before) | set(after)):
        status = "still-present" if rule_id in before and rule_id in after else "fixed" if rule_id in before else "new"
        changes.append(FindingChange(rule_id, status, before.get(rule_id), after.get(rule_id)))
    return tuple(changes)


def overall_status(old: Report, new: Report, walls: tuple[WallChange, ...], findings: tuple[FindingChange, ...]) -> str:
    """The verdicts decide; the walls only tell a compliant case that stayed the same from one that moved."""
    if new.verdict == "inconclusive":
        return "inconclusive"
    if old.verdict == "violation":
        return "still-violating" if new.verdict == "violation" else "fixed"
    if old.verdict == new.verdict == "compliant":
        same = all(w.status == "unchanged" for w in walls) and all(f.status == "still-present" for f in findings)
        return "unchanged" if same else "changed"
    return "changed"  # compliant → violation, or inconclusive → a result
