"""The closed sets of words report.json uses, each once: a `Literal` for the type checker and the schema,
and its values as a tuple for code that lists or checks them.

Wall categories are not here: their table is models/categories.py. Payload kinds (decode/classify.py)
and service kinds (rules/vocab/necessity.yaml) are tables of their own, so they stay plain strings."""

from __future__ import annotations

from typing import Literal, get_args

Verdict = Literal["violation", "inconclusive", "compliant"]  # worst first: a campaign ranks them so
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)

# Only "high" rules describe walls; the rest are findings. Ordered from the most severe.
Severity = Literal["high", "medium", "low", "info"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

# What the walker asks the browser to do; "observed" is a step seen in a phone walk, done by the person.
ActionKind = Literal[
    "click", "fill", "untick", "select", "press", "tap_outside", "reload", "goto", "keyboard", "wait", "observed"
]
ACTION_KINDS: tuple[ActionKind, ...] = get_args(ActionKind)

# Why the walker did it ("" for an action with no reason recorded).
ActionReason = Literal[
    "",
    "refuse",
    "dismiss",
    "untick-consent",
    "accept-terms",
    "fill-needed",
    "add-item",
    "choose-option",
    "wait-countdown",
    "proceed",
    "open-item",
    "open-cart",
    "backtrack",
    "dead-end",
    "observed",
]
ACTION_REASONS: tuple[ActionReason, ...] = get_args(ActionReason)

TargetKind = Literal["photo", "url", "phone-walk"]
MediaKind = Literal["video", "image"]  # a phone walk's file
# Which clock a step ran on until the page was read; "" for a phone walk (capture/clock.py StepClock).
StepClockName = Literal["virtual", "real", "fallback", ""]
ServiceSource = Literal["inferred", "override"]
