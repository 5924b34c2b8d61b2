"""The words rules and the walker share: field kinds, control kinds, consent kinds, named phrase lists.

Everything here is data loaded from `rules/vocab/*.yaml` (see `vocabload`), so a volunteer adds a
phrase by editing YAML. The methods below are the only interpretation of that data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qraudit.models import FormField, LegalRef
from qraudit.necessity.table import NecessityTable
from qraudit.rules.phrases import Phrases, normalize

FIELD_GROUPS = ("personal", "payment", "login", "other")
CONTROL_KINDS = ("refuse", "comply", "neutral", "proceed")  # the order is the precedence: 暂不关注 is a refusal
CHECKBOX_KINDS = ("follow", "marketing", "terms")  # precedence: a bundled box is never plain "terms"
# Phrase lists read by the walk and the pipeline rather than named by a rule; `rules lint` flags any other
# list that no rule names, and a test checks that the code reads nothing outside this table.
CODE_PHRASE_LISTS = frozenset(
    {
        "add_item",
        "cart_empty",
        "sold_out",
        "countdown",
        "pay_verbs",
        "identity_rejected",
        "field_prompt",
        "open_in_wechat",
        "open_in_alipay",
        "open_in_browser",
        "keypad_confirm",
        "keypad_switch",
        "item_price",
        "cart_link",
        "cashier_pay",
        "cashier_wallet",
        "choose_prompt",
        "payment_done",
    }
)
# Where a field's kind is read from, most trustworthy first. A long label or placeholder is usually a
# sentence about the form ("Sign in with your mobile number to order") rather than the field's name, so
# it is read only after the name and type attributes.
_FIELD_SOURCES = (
    ("autocomplete", False),
    ("label", False),
    ("placeholder", False),
    ("name", False),
    ("type", False),
    ("label", True),
    ("placeholder", True),
    ("context", True),
)
SHORT_LABEL_CHARS = 24


@dataclass(frozen=True)
class FieldKind:
    name: str
    group: str
    autocomplete: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    labels: Phrases = Phrases((), None)  # label, placeholder and nearby text
    names: Phrases = Phrases((), None)  # the name/id attribute

    def matches(self, source: str, value: str) -> bool:
        if not value:
            return False
        if source == "autocomplete":
            return bool(self.autocomplete & set(value.lower().split()))
        if source == "type":
            return value.lower() in self.types
        if source == "name":
            return self.names.search(value) is not None
        return self.labels.search(value) is not None


@dataclass(frozen=True)
class Vocabulary:
    field_kinds: tuple[FieldKind, ...]
    optional_markers: Phrases
    controls: dict[str, Phrases]
    checkboxes: dict[str, Phrases]
    phrases: dict[str, Phrases] = field(default_factory=dict)
    legal: dict[str, LegalRef] = field(default_factory=dict)
    necessity: NecessityTable = field(default_factory=NecessityTable)
    max_control_chars: int = 40  # longer "controls" are clickable cards, not buttons

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.field_kinds)

    def kinds_in_group(self, group: str) -> frozenset[str]:
        return frozenset(k.name for k in self.field_kinds if k.group == group)

    def field_kind(self, form_field: FormField) -> str | None:
        """The first kind that recognises the field, reading its sources most trustworthy first."""
        for source, long_ok in _FIELD_SOURCES:
            value = getattr(form_field, source, "")
            if not long_ok and source in ("label", "placeholder") and len(normalize(value)) > SHORT_LABEL_CHARS:
                continue
            for kind in self.field_kinds:
                if kind.matches(source, value):
                    return kind.name
        return None

    def _group(self, kind: str | None) -> str | None:
        return next((k.group for k in self.field_kinds if k.name == kind), None)

    def is_personal(self, kind: str | None) -> bool:
        return self._group(kind) == "personal"

    def is_payment_need(self, kind: str | None) -> bool:
        return self._group(kind) == "payment"

    def field_optional(self, form_field: FormField) -> bool:
        """Marked 选填/optional near the field, and not `required` in the HTML."""
        if form_field.required:
            return False
        words = " ".join((form_field.label, form_field.placeholder, form_field.context))
        return self.optional_markers.search(words) is not None

    def control_kind(self, text: str) -> str | None:
        """refuse | comply | neutral | proceed | None, in that precedence (关注后支付 is comply,
        《支付协议》 neutral)."""
        clean = normalize(text)
        if not clean or len(clean) > self.max_control_chars:
            return None
        return next((kind for kind in CONTROL_KINDS if self.controls[kind].search(clean)), None)

    def checkbox_kinds(self, label: str) -> frozenset[str]:
        return frozenset(kind for kind in CHECKBOX_KINDS if self.checkboxes[kind].search(label))

    def checkbox_kind(self, label: str) -> str | None:
        """follow | marketing | terms | None; a box bundling terms with following reports "follow"."""
        found = self.checkbox_kinds(label)
        return next((kind for kind in CHECKBOX_KINDS if kind in found), None)

    def is_bundled(self, label: str) -> bool:
        """Service terms and following or marketing behind one tick."""
        found = self.checkbox_kinds(label)
        return "terms" in found and bool(found & {"follow", "marketing"})
