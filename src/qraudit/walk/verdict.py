"""Decide which walls were mandatory, and the verdict, from a finished walk.

A wall is mandatory when the walk could not reach payment and the wall stood in a state from which no
non-complying way forward was left. A wall the walk refused on its way to payment is optional. What a
page shows after payment is never a wall.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Protocol

from qraudit.models import Bilingual, Evidence, Finding, LegalRef, RuleMatch, Wall
from qraudit.models.categories import CATEGORY_TABLE, WALL_CATEGORIES
from qraudit.models.kinds import Verdict
from qraudit.walk.identity import first_silent_oauth
from qraudit.walk.walker import WalkResult

CATEGORY_NAMES = {c.id: c.action for c in CATEGORY_TABLE.values()}
INCONCLUSIVE_REASONS = {
    "max-steps": "step budget ran out before payment or a dead end",
    "timeout": "time budget ran out before payment or a dead end",
}


class RuleFacts(Protocol):
    """What the verdict reads of a rule (rules.Rule has it): its title and the laws it cites."""

    @property
    def title(self) -> Bilingual: ...

    @property
    def legal(self) -> tuple[LegalRef, ...]: ...


class WallJudge(Protocol):
    """Judges each wall's demands against what the service needs (the necessity stage implements it)."""

    def judge(self, walls: tuple[Wall, ...]) -> tuple[Wall, ...]: ...

    def allowed(self, walls: tuple[Wall, ...]) -> str: ...


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str
    walls: tuple[Wall, ...]
    findings: tuple[Finding, ...]


def is_wall(match: RuleMatch) -> bool:
    return match.severity == "high" and match.category in WALL_CATEGORIES


def wall_summary(category: str, mandatory: bool, paid: bool = True) -> Bilingual:
    name = CATEGORY_NAMES[category]
    if mandatory:
        return Bilingual(f"必须{name.zh}才能付款", f"Payment requires {name.en}")
    if paid:
        return Bilingual(
            f"页面要求{name.zh}，但拒绝后仍可付款", f"The page asks for {name.en}, but payment works after refusing"
        )
    return Bilingual(
        f"页面要求{name.zh}；拒绝后仍可继续，但未能到达付款",
        f"The page asks for {name.en}; refusing it did not stop the walk, but payment was not reached",
    )


def _with_screenshot(evidence: Evidence, result: WalkResult, step: int) -> Evidence:
    snap = result.snapshot_at(step)
    if evidence.screenshot or snap is None:
        return evidence
    return replace(evidence, screenshot=snap.screenshot, url=evidence.url or snap.url)


def _mandatory_categories(result: WalkResult, by_category: dict[str, list[RuleMatch]]) -> set[str]:
    if result.payment is not None or result.end_reason != "dead-end" or not by_category:
        return set()
    stuck = set(result.stuck_steps) | {result.snapshots[-1].step}
    found = {cat for cat, matches in by_category.items() if any(m.step in stuck for m in matches)}
    if found:
        return found
    # Declined OAuth and similar: the dead end shows no wall itself, but refusing the wall led straight
    # into it. A wall refused earlier, after which the walk went on, did not cause a later dead end.
    return {cat for cat, matches in by_category.items() if any(m.step + 1 in stuck for m in matches)}


def decide(
    result: WalkResult,
    rules: Mapping[str, RuleFacts],
    pre_walls: list[RuleMatch] | None = None,
    judge: WallJudge | None = None,
) -> Decision:
    """`rules` maps rule ids to rules (`.title`, `.legal`); `pre_walls` are matches found before any browsing.

    Without a `judge` every mandatory wall is a violation; with one, a wall demanding only what the service
    needs is reported but is not."""
    paid_step = result.payment.step if result.payment else None
    by_category: dict[str, list[RuleMatch]] = defaultdict(list)
    findings: dict[str, Finding] = {}
    for match in list(pre_walls or []) + result.matches:
        before_payment = paid_step is None or match.step < paid_step
        if is_wall(match) and before_payment:
            by_category[match.category].append(match)
        elif not is_wall(match) and match.rule_id not in findings:
            findings[match.rule_id] = Finding(
                rule_ids=(match.rule_id,),
                severity=match.severity,
                step=match.step,
                summary=rules[match.rule_id].title,
                evidence=_with_screenshot(match.evidence, result, match.step),
                legal=tuple(rules[match.rule_id].legal),
            )
    if result.identity_needed:
        # What the page showed once it refused the emulated login says nothing about its walls.
        cut = first_silent_oauth(result.snapshots)
        by_category = defaultdict(
            list, {c: [m for m in ms if cut is None or m.step < cut] for c, ms in by_category.items()}
        )
        by_category = defaultdict(list, {c: ms for c, ms in by_category.items() if ms})
    mandatory = set() if result.identity_needed else _mandatory_categories(result, by_category)
    if pre_walls:
        mandatory |= {m.category for m in pre_walls if is_wall(m)}
    walls = []
    for category in WALL_CATEGORIES:
        matches = by_category.get(category)
        if not matches:
            continue
        first = min(matches, key=lambda m: m.step)
        rule_ids = tuple(sorted({m.rule_id for m in matches}))
        steps = sorted({m.step for m in matches})
        attempts = [a.text or a.kind for s in steps for a in result.attempts_at(s)]
        walls.append(
            Wall(
                category=category,
                mandatory=category in mandatory,
                rule_ids=rule_ids,
                step=first.step,
                summary=wall_summary(category, category in mandatory, result.payment is not None),
                evidence=_with_screenshot(first.evidence, result, first.step),
                refusal_attempts=tuple(dict.fromkeys(attempts)),
                legal=tuple({ref: None for rid in rule_ids for ref in rules[rid].legal}),
                violation=category in mandatory,
            )
        )
    judged = judge.judge(tuple(walls)) if judge else tuple(walls)
    return Decision(*_verdict(result, judged, judge), judged, tuple(findings.values()))


def _verdict(result: WalkResult, walls: tuple[Wall, ...], judge: WallJudge | None) -> tuple[Verdict, str]:
    mandatory = [w for w in walls if w.mandatory]
    violating = [w for w in mandatory if w.violation]
    if violating:
        names = ", ".join(CATEGORY_NAMES[w.category].en for w in violating)
        return "violation", f"payment cannot be reached without {names}"
    if mandatory and judge is not None:
        return "compliant", judge.allowed(tuple(mandatory))
    if result.identity_needed:
        return "inconclusive", (
            f"{result.identity_needed}; an emulated browser cannot pass this check: the site needs a real WeChat "
            "identity, so walk it on a phone in WeChat, record the screen, and audit that recording"
        )
    if result.payment is not None:
        return (
            "compliant",
            f"payment reached at step {result.payment.step} ({result.payment.how}) after refusing every wall",
        )
    if result.end_reason == "error":
        return "inconclusive", result.error or "capture error"
    if result.end_reason in INCONCLUSIVE_REASONS:
        return "inconclusive", INCONCLUSIVE_REASONS[result.end_reason]
    return "inconclusive", "no way to pay found"
