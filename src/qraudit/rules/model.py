"""A loaded rule and its examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qraudit.models import Bilingual, Evidence, LegalRef, RuleMatch, Snapshot
from qraudit.models.kinds import Severity
from qraudit.rules.context import EvalContext
from qraudit.rules.tree import Node
from qraudit.rules.vocab import Vocabulary

EXPECTS = ("fail", "pass")


@dataclass(frozen=True)
class Example:
    page: str  # file name inside <rules dir>/examples/<rule id>/
    expect: str  # fail: the rule must match; pass: it must not
    path: Path
    context: EvalContext = EvalContext()


@dataclass(frozen=True)
class Rule:
    id: str
    title: Bilingual
    description: Bilingual
    category: str
    severity: Severity
    legal: tuple[LegalRef, ...]
    advice: Bilingual
    match: Node
    examples: tuple[Example, ...]
    source: Path
    location: str = ""  # file:line of the id, for messages

    @property
    def examples_dir(self) -> Path:
        return self.source.parent / "examples" / self.id

    def evaluate(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> RuleMatch | None:
        hit = self.match.evaluate(snapshot, ctx, vocab)
        if hit is None:
            return None
        evidence = Evidence(
            excerpts=hit.excerpts,
            boxes=hit.boxes,
            screenshot=snapshot.screenshot,
            url=snapshot.url or None,
            field_kinds=hit.field_kinds,
        )
        return RuleMatch(self.id, self.category, self.severity, snapshot.step, evidence)
