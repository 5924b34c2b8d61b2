"""A loaded, validated set of rules with its vocabulary: what the walker and the reports use."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from qraudit.models import RuleMatch, Snapshot
from qraudit.rules.context import EvalContext
from qraudit.rules.model import Rule
from qraudit.rules.vocab import Vocabulary


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    vocabulary: Vocabulary
    hash: str  # sha256 over the rule and vocabulary files read (and the disabled ids), for report versions
    folders: tuple[Path, ...] = ()
    disabled: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def by_id(self) -> dict[str, Rule]:
        return {rule.id: rule for rule in self.rules}

    def evaluate(self, snapshot: Snapshot, ctx: EvalContext | None = None) -> list[RuleMatch]:
        """Every rule that matches this step, in rule order."""
        context = ctx or EvalContext()
        found = (rule.evaluate(snapshot, context, self.vocabulary) for rule in self.rules)
        return [match for match in found if match is not None]
