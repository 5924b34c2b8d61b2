"""Small builders for snapshots and rule folders used by the rule tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from qraudit.models import Box, Checkbox, Control, FormField, Overlay, PageCode, Snapshot, TextBlock
from qraudit.rules import builtin_rules_dir

BUILTIN = builtin_rules_dir()


def box(x: float = 0, y: float = 0, w: float = 100, h: float = 20) -> Box:
    return Box(x, y, w, h)


def snap(**parts) -> Snapshot:
    base = {"step": 1, "url": "http://127.0.0.1/page", "title": "t"}
    base.update(parts)
    return Snapshot(**base)


def texts(*items: str, in_overlay: bool = False) -> tuple[TextBlock, ...]:
    return tuple(TextBlock(t, box(0, 30 * i), in_overlay=in_overlay) for i, t in enumerate(items))


def field(label: str = "", name: str = "", ref: str = "f1", **kw) -> FormField:
    return FormField(ref=ref, tag="input", label=label, name=name, **kw)


def control(text: str, ref: str = "c1", **kw) -> Control:
    return Control(ref=ref, text=text, **kw)


def checkbox(label: str, checked: bool = False, by_default: bool | None = None, **kw) -> Checkbox:
    default = checked if by_default is None else by_default
    return Checkbox(ref="b1", label=label, checked=checked, checked_by_default=default, **kw)


def overlay(text: str, closable: bool, b: Box | None = None) -> Overlay:
    return Overlay(box=b or box(0, 0, 390, 844), text=text, closable=closable)


def code(text: str, kind: str, b: Box | None = None) -> PageCode:
    return PageCode(text=text, kind=kind, box=b or box(100, 300, 160, 160))


def copy_vocab(dest: Path) -> Path:
    """A rules folder with the built-in vocabulary and no rules, for loader tests."""
    shutil.copytree(BUILTIN / "vocab", dest / "vocab")
    return dest


RULE = """\
id: {id}
title: {{zh: 标题, en: Title}}
description: {{zh: 说明, en: Description}}
category: follow
severity: high
legal: [pipl-16]
match:
  text: {{keywords: [先关注]}}
advice: {{zh: 建议, en: Advice}}
examples:
  fail: [fail-1.html]
  pass: [pass-1.html]
"""


def write_rule(folder: Path, rule_id: str = "my-rule", text: str | None = None, pages: bool = True) -> Path:
    """Write <folder>/<id>.yaml (default: a minimal valid rule) and its two example pages."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{rule_id}.yaml"
    path.write_text(text if text is not None else RULE.format(id=rule_id), encoding="utf-8")
    if pages:
        examples = folder / "examples" / rule_id
        examples.mkdir(parents=True, exist_ok=True)
        (examples / "fail-1.html").write_text("<meta charset=utf-8><p>请先关注公众号再付款</p>", encoding="utf-8")
        (examples / "pass-1.html").write_text("<meta charset=utf-8><p>欢迎光临</p>", encoding="utf-8")
    return path


def build(tmp_path: Path, text: str, vocab):
    """A match tree from YAML text, built exactly as the loader builds a rule's `match:`."""
    from qraudit.rules.tree import build_node
    from qraudit.rules.yamldoc import load_yaml

    path = tmp_path / "match.yaml"
    path.write_text(text, encoding="utf-8")
    return build_node(load_yaml(path, "match.yaml"), (), vocab)
