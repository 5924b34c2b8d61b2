"""Matchers over what the user can act on: form fields, buttons and links, checkboxes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from qraudit.models import Box, Control, Snapshot
from qraudit.rules.context import EvalContext, Hit
from qraudit.rules.matchers.base import (
    BOOL,
    STRING,
    TEXT_PARAMS,
    Env,
    TextPattern,
    as_tuple,
    one_or_many,
    params_schema,
)
from qraudit.rules.matchers.page import WHERE, in_scope
from qraudit.rules.phrases import compile_regex, normalize, regex_error
from qraudit.rules.vocab import CHECKBOX_KINDS, CONTROL_KINDS, FIELD_GROUPS, Vocabulary

CONTROL_STATES = ("enabled", "disabled", "covered")


def gap(a: Box, b: Box) -> float:
    """Distance between the edges of two boxes; 0 when they touch or overlap."""
    dx = max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0.0)
    dy = max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0.0)
    return (dx * dx + dy * dy) ** 0.5


def _regex(params: dict[str, Any], key: str, env: Env) -> Any:
    if key not in params:
        return None
    problem = regex_error(params[key])
    if problem:
        raise env.error(problem, (key,))
    return compile_regex(params[key])


@dataclass(frozen=True)
class FieldMatcher:
    """A visible form field of a kind (phone, name, plate…) or group, demanded or marked optional."""

    name: ClassVar[str] = "field"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            "kind": {**one_or_many(STRING), "description": "Field kind(s) from vocab/fields.yaml."},
            "group": {
                **one_or_many({"enum": list(FIELD_GROUPS)}),
                "description": "Field group(s): personal, payment, login.",
            },
            "optional": {**BOOL, "description": "true: only fields marked 选填/optional; false: only demanded ones."},
        },
        any_of=("kind", "group"),
        description="A visible form field recognised by the vocabulary.",
    )
    kinds: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    optional: bool | None = None

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> FieldMatcher:
        kinds = as_tuple(params.get("kind"))
        env.check_names(kinds, env.vocab.kinds, "kind", "field kind")
        return cls(kinds, as_tuple(params.get("group")), params.get("optional"))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        group_kinds = {k for g in self.groups for k in vocab.kinds_in_group(g)}
        excerpts, boxes, kinds = [], [], []
        for form_field in snapshot.fields:
            if not form_field.visible:
                continue
            kind = vocab.field_kind(form_field)
            if kind is None or (kind not in self.kinds and kind not in group_kinds):
                continue
            if self.optional is not None and vocab.field_optional(form_field) != self.optional:
                continue
            words = normalize(form_field.label or form_field.placeholder or form_field.name)
            excerpts.append(f"{kind} field: {words}" if words else f"{kind} field")
            kinds.append(kind)
            if form_field.box is not None:
                boxes.append(form_field.box)
        return Hit(tuple(excerpts), tuple(boxes), tuple(kinds)) if kinds else None


@dataclass(frozen=True)
class ControlMatcher:
    """A button or link by kind (proceed/refuse/comply), text, link target, state and nearby text."""

    name: ClassVar[str] = "control"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            **TEXT_PARAMS,
            "kind": {
                **one_or_many({"enum": list(CONTROL_KINDS)}),
                "description": "Control kind(s) from vocab/controls.yaml.",
            },
            "state": {**one_or_many({"enum": list(CONTROL_STATES)}), "description": "enabled, disabled or covered."},
            "href": {**STRING, "description": "A regex over the link target."},
            "where": WHERE,
            "near": params_schema(
                {**TEXT_PARAMS, "within": {"type": "number", "minimum": 0, "description": "CSS pixels, default 150."}},
                any_of=("keywords", "phrases", "regex"),
                description="Text that must appear within `within` pixels of the control.",
            ),
        },
        any_of=("kind", "keywords", "phrases", "regex", "href"),
        description="A visible control (button, link).",
    )
    kinds: tuple[str, ...] = ()
    pattern: TextPattern | None = None
    states: tuple[str, ...] = ()
    href: Any = None
    where: str = "page"
    near: TextPattern | None = None
    within: float = 150.0

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> ControlMatcher:
        near = params.get("near")
        return cls(
            kinds=as_tuple(params.get("kind")),
            pattern=TextPattern.build(params, env),
            states=as_tuple(params.get("state")),
            href=_regex(params, "href", env),
            where=params.get("where", "page"),
            near=TextPattern.build(near, Env(env.doc, env.at + ("near",), env.vocab)) if near else None,
            within=float((near or {}).get("within", 150.0)),
        )

    def _state_ok(self, control: Control) -> bool:
        if not self.states:
            return True
        state = "covered" if control.covered else "enabled" if control.enabled else "disabled"
        return state in self.states

    def _near_text(self, control: Control, snapshot: Snapshot) -> str | None:
        if self.near is None:
            return ""
        if control.box is None:
            return None
        for block in snapshot.texts:
            if block.box is not None and gap(control.box, block.box) <= self.within:
                found = self.near.find(block.text)
                if found:
                    return found
        return None

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        excerpts, boxes = [], []
        for control in snapshot.controls:
            if not control.visible or not in_scope(self.where, control.in_overlay) or not self._state_ok(control):
                continue
            if self.kinds and vocab.control_kind(control.text) not in self.kinds:
                continue
            if self.pattern is not None and not self.pattern.empty and self.pattern.find(control.text) is None:
                continue
            if self.href is not None and not self.href.search(control.href or ""):
                continue
            nearby = self._near_text(control, snapshot)
            if nearby is None:
                continue
            label = normalize(control.text) or control.href or control.ref
            excerpts.append(f"control: {label}" + (f" (near: {nearby})" if nearby else ""))
            if control.box is not None:
                boxes.append(control.box)
        return Hit(tuple(excerpts), tuple(boxes)) if excerpts else None


@dataclass(frozen=True)
class CheckboxMatcher:
    """A consent checkbox by what its label bundles and how it was ticked."""

    name: ClassVar[str] = "checkbox"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            **TEXT_PARAMS,
            "kind": {
                **one_or_many({"enum": list(CHECKBOX_KINDS)}),
                "description": "Label mentions following, marketing or terms.",
            },
            "bundled": {**BOOL, "description": "true: terms together with following or marketing in one tick."},
            "checked": {**BOOL, "description": "Ticked now."},
            "checked_by_default": {**BOOL, "description": "Ticked as the page first rendered it."},
            "required": {**BOOL, "description": "Marked required in the HTML."},
        },
        description="A visible checkbox.",
    )
    kinds: tuple[str, ...] = ()
    pattern: TextPattern | None = None
    flags: tuple[tuple[str, bool], ...] = ()  # (checkbox attribute, wanted value)
    bundled: bool | None = None

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> CheckboxMatcher:
        flags = tuple((k, params[k]) for k in ("checked", "checked_by_default", "required") if k in params)
        return cls(as_tuple(params.get("kind")), TextPattern.build(params, env), flags, params.get("bundled"))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        excerpts, boxes = [], []
        for box in snapshot.checkboxes:
            if not box.visible or any(getattr(box, k) != v for k, v in self.flags):
                continue
            if self.kinds and not (vocab.checkbox_kinds(box.label) & set(self.kinds)):
                continue
            if self.bundled is not None and vocab.is_bundled(box.label) != self.bundled:
                continue
            if self.pattern is not None and not self.pattern.empty and self.pattern.find(box.label) is None:
                continue
            state = "ticked by default" if box.checked_by_default else "ticked" if box.checked else "unticked"
            excerpts.append(f"checkbox ({state}): {normalize(box.label)}")
            if box.box is not None:
                boxes.append(box.box)
        return Hit(tuple(excerpts), tuple(boxes)) if excerpts else None
