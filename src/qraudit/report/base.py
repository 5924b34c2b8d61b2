"""What every output format shares: the rule metadata it may quote, the input it renders, its interface."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from qraudit.models import Bilingual, LegalRef, Report, Snapshot
from qraudit.output import OutputFormat


@dataclass(frozen=True)
class RuleInfo:
    """What a report says about a rule; the rules package's Rule objects convert to this."""

    id: str
    title: Bilingual
    description: Bilingual = Bilingual("", "")
    category: str = ""
    severity: str = "high"
    legal: tuple[LegalRef, ...] = ()
    advice: Bilingual = Bilingual("", "")


def rule_info(rule: Any) -> RuleInfo:
    """Any object with the rule attributes (id, title, ...) as a RuleInfo; missing optional ones stay empty."""
    if isinstance(rule, RuleInfo):
        return rule
    empty = Bilingual("", "")
    return RuleInfo(
        id=str(rule.id),
        title=getattr(rule, "title", None) or Bilingual(str(rule.id), str(rule.id)),
        description=getattr(rule, "description", None) or empty,
        category=str(getattr(rule, "category", "") or ""),
        severity=str(getattr(rule, "severity", "high") or "high"),
        legal=tuple(getattr(rule, "legal", ()) or ()),
        advice=getattr(rule, "advice", None) or empty,
    )


def rule_infos(rules: Mapping[str, Any] | None) -> dict[str, RuleInfo]:
    return {rule_id: rule_info(rule) for rule_id, rule in sorted((rules or {}).items())}


@dataclass(frozen=True)
class RenderInput:
    """One audit to render: the report, its folder, and what the formats may quote besides."""

    report: Report
    folder: Path
    lang: str = "zh"
    rules: Mapping[str, RuleInfo] = field(default_factory=dict)
    snapshots: Sequence[Snapshot] = ()


class Formatter(OutputFormat[RenderInput]):
    """One report format (qraudit/output.py): `render` returns the file's bytes, `write` puts them in the
    audit folder."""

    batch: ClassVar[bool] = False  # can render many audits into one document (render_batch)
    quotes_manifest: ClassVar[bool] = False  # shows the manifest hash, so it is written after the manifest

    @abstractmethod
    def render(self, item: RenderInput) -> bytes: ...

    def render_batch(self, items: Sequence[RenderInput]) -> bytes:
        raise TypeError(f"the {self.name} format renders one audit at a time")

    def folder(self, item: RenderInput) -> Path:
        return item.folder
