"""The matcher registry: the one place that says which `type:` names a rule file may use."""

from __future__ import annotations

from qraudit.rules.matchers.base import Env, Matcher, TextPattern
from qraudit.rules.matchers.elements import CheckboxMatcher, ControlMatcher, FieldMatcher
from qraudit.rules.matchers.network import BridgeCallMatcher, RequestMatcher, UrlMatcher
from qraudit.rules.matchers.page import ContextMatcher, OverlayMatcher, QrInPageMatcher, TextMatcher

MATCHERS: dict[str, type[Matcher]] = {
    cls.name: cls
    for cls in (
        TextMatcher,
        UrlMatcher,
        FieldMatcher,
        ControlMatcher,
        OverlayMatcher,
        QrInPageMatcher,
        BridgeCallMatcher,
        RequestMatcher,
        CheckboxMatcher,
        ContextMatcher,
    )
}

__all__ = ["MATCHERS", "Env", "Matcher", "TextPattern"]
