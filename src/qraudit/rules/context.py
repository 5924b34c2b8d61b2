"""What a rule sees besides the snapshot, and what a matcher hands back as evidence."""

from __future__ import annotations

from dataclasses import dataclass

from qraudit.models import Box


@dataclass(frozen=True)
class EvalContext:
    """Audit facts a page cannot show: what the scanned code was, and whether payment already happened."""

    payload_kind: str | None = None  # a kind from qraudit.decode.classify, e.g. wechat-follow
    after_payment: bool = False


@dataclass(frozen=True)
class Hit:
    """Evidence from one matcher; a rule's evidence is the merge of its matchers' hits."""

    excerpts: tuple[str, ...] = ()
    boxes: tuple[Box, ...] = ()
    field_kinds: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()

    def merge(self, *others: Hit) -> Hit:
        def union(name: str) -> tuple:
            values = [v for hit in (self, *others) for v in getattr(hit, name)]
            return tuple(dict.fromkeys(values))

        return Hit(union("excerpts"), union("boxes"), union("field_kinds"), union("urls"))


def excerpt(text: str, start: int = 0, end: int | None = None, width: int = 40) -> str:
    """The matched part of `text` with a little context either side, on one line."""
    end = len(text) if end is None else end
    left, right = max(0, start - width), min(len(text), end + width)
    core = " ".join(text[left:right].split())
    return ("…" if left else "") + core + ("…" if right < len(text) else "")
