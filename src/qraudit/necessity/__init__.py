"""Necessity: what kind of service a checkout sells, and whether what a wall demands is necessary for it.

It runs between the walk and the verdict: `judge_for` reads the walk's snapshots and the code's URL, and
`walk.verdict.decide` asks the judge about each wall. The table itself is vocab/necessity.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable

from qraudit.models import Snapshot
from qraudit.necessity.judge import NecessityJudge, demanded_items, judge_item, judge_walls
from qraudit.necessity.service import check_service, classify
from qraudit.necessity.table import NecessityTable


def judge_for(
    snapshots: Iterable[Snapshot], payload: str | None, ruleset, override: str | None = None
) -> NecessityJudge:
    vocab = ruleset.vocabulary
    service = classify(snapshots, payload or "", vocab.necessity, vocab.field_kind, override)
    return NecessityJudge(service, vocab.necessity)


__all__ = [
    "NecessityJudge",
    "NecessityTable",
    "check_service",
    "classify",
    "demanded_items",
    "judge_for",
    "judge_item",
    "judge_walls",
]
