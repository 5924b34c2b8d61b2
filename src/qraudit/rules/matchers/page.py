"""Matchers over what the page shows: visible text, overlays, codes in the screenshot, and the audit context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from qraudit.decode.classify import KINDS as PAYLOAD_KINDS
from qraudit.models import Box, Snapshot, TextBlock
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
from qraudit.rules.phrases import compile_regex, regex_error
from qraudit.rules.vocab import Vocabulary

WHERE = {
    "enum": ["page", "overlay", "outside_overlay", "popup"],
    "description": "Which text: all, inside overlays, outside them, or popping up (an overlay or a toast).",
}
MAX_EXCERPTS = 5
TRANSIENT_NOTE = " [shown briefly (a toast); gone before the screenshot]"


def in_scope(where: str, in_overlay: bool, transient: bool = False) -> bool:
    if where == "popup":
        return in_overlay or transient
    return where == "page" or (where == "overlay") == in_overlay


def inside_any(box: Box, overlays: tuple[Box, ...]) -> bool:
    return any(outer.contains(box) for outer in overlays)


@dataclass(frozen=True)
class TextMatcher:
    """Words or a regex in the visible text: block by block, then across blocks (a sentence split by tags)."""

    name: ClassVar[str] = "text"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {**TEXT_PARAMS, "where": WHERE},
        any_of=("keywords", "phrases", "regex"),
        description="Visible text contains any of the keywords, phrases or the regex.",
    )
    pattern: TextPattern
    where: str = "page"

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> TextMatcher:
        return cls(TextPattern.build(params, env), params.get("where", "page"))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        blocks: list[TextBlock] = [b for b in snapshot.texts if in_scope(self.where, b.in_overlay, b.transient)]
        excerpts: list[str] = []
        boxes: list[Box] = []
        for block in blocks:
            found = self.pattern.find(block.text)
            if found and len(excerpts) < MAX_EXCERPTS:
                excerpts.append(found + TRANSIENT_NOTE if block.transient else found)
                if block.box is not None:
                    boxes.append(block.box)
        if not excerpts:  # across blocks: toasts stand alone, a sentence does not run into them
            found = self.pattern.find("\n".join(b.text for b in blocks if not b.transient))
            if found:
                excerpts.append(found)
        return Hit(tuple(excerpts), tuple(boxes)) if excerpts else None


@dataclass(frozen=True)
class OverlayMatcher:
    """A modal or sheet over the page, with or without a visible way to close it."""

    name: ClassVar[str] = "overlay"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            **TEXT_PARAMS,
            "closable": {**BOOL, "description": "true: has a close/refuse control; false: has none."},
            "min_cover": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "Least share of the viewport it covers.",
            },
        },
        description="An overlay (optionally with matching text, closable or not, covering enough of the screen).",
    )
    pattern: TextPattern
    closable: bool | None = None
    min_cover: float = 0.0

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> OverlayMatcher:
        return cls(TextPattern.build(params, env), params.get("closable"), float(params.get("min_cover", 0.0)))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        screen = float(snapshot.viewport[0] * snapshot.viewport[1]) or 1.0
        excerpts, boxes = [], []
        for overlay in snapshot.overlays:
            if self.closable is not None and overlay.closable != self.closable:
                continue
            if overlay.box.area / screen < self.min_cover:
                continue
            found = self.pattern.find(overlay.text) if not self.pattern.empty else " ".join(overlay.text.split())[:80]
            if found is None:
                continue
            excerpts.append(found or "(overlay)")
            boxes.append(overlay.box)
        return Hit(tuple(excerpts), tuple(boxes)) if excerpts else None


@dataclass(frozen=True)
class QrInPageMatcher:
    """A QR code decoded from the step's screenshot, by payload kind and/or text."""

    name: ClassVar[str] = "qr_in_page"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            "kind": {
                **one_or_many({"enum": list(PAYLOAD_KINDS)}),
                "description": "Payload kind(s), e.g. wechat-follow.",
            },
            "regex": {**STRING, "description": "A regex over the code's text."},
            "in_overlay": {**BOOL, "description": "true: only codes inside an overlay; false: only outside."},
            "min_size": {"type": "number", "minimum": 0, "description": "Least width of the code in CSS pixels."},
        },
        description="A code decoded from the screenshot of the page.",
    )
    kinds: tuple[str, ...] = ()
    regex: Any = None
    in_overlay: bool | None = None
    min_size: float = 0.0

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> QrInPageMatcher:
        regex = None
        if "regex" in params:
            problem = regex_error(params["regex"])
            if problem:
                raise env.error(problem, ("regex",))
            regex = compile_regex(params["regex"])
        return cls(as_tuple(params.get("kind")), regex, params.get("in_overlay"), float(params.get("min_size", 0.0)))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        overlay_boxes = tuple(o.box for o in snapshot.overlays)
        found = [
            code
            for code in snapshot.page_codes
            if (not self.kinds or code.kind in self.kinds)
            and (self.regex is None or self.regex.search(code.text))
            and code.box.width >= self.min_size
            and (self.in_overlay is None or inside_any(code.box, overlay_boxes) == self.in_overlay)
        ]
        if not found:
            return None
        excerpts = tuple(f"QR code ({c.kind}): {c.text}" for c in found)
        return Hit(excerpts, tuple(c.box for c in found), urls=tuple(c.text for c in found))


@dataclass(frozen=True)
class ContextMatcher:
    """Facts about the audit rather than the page: the kind of the scanned code, and whether payment is done."""

    name: ClassVar[str] = "context"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            "payload_kind": {
                **one_or_many({"enum": list(PAYLOAD_KINDS)}),
                "description": "Kind(s) of the scanned code.",
            },
            "after_payment": {**BOOL, "description": "true: only after payment was reached; false: only before."},
        },
        any_of=("payload_kind", "after_payment"),
        description="The audit context (the scanned code's kind, payment reached or not).",
    )
    payload_kinds: tuple[str, ...] = ()
    after_payment: bool | None = None

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> ContextMatcher:
        return cls(as_tuple(params.get("payload_kind")), params.get("after_payment"))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        if self.payload_kinds and ctx.payload_kind not in self.payload_kinds:
            return None
        if self.after_payment is not None and ctx.after_payment != self.after_payment:
            return None
        notes = []
        if self.payload_kinds:
            notes.append(f"scanned code is {ctx.payload_kind}")
        if self.after_payment:
            notes.append("after payment")
        return Hit(tuple(notes))
