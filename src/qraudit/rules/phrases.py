"""Phrase lists as one compiled pattern: the single way rules and vocabularies match words.

A phrase is plain text matched case-insensitively after NFKC normalisation (full-width letters become
ASCII). A phrase that starts or ends with a Latin letter or digit only matches at a word boundary there,
so "Pay" does not match "Paypal" nor "Next" match "Nextday"; Chinese phrases match anywhere. A phrase
written `re:...` is a regular expression instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

REGEX_PREFIX = "re:"
_WORDISH = re.compile(r"[A-Za-z0-9]")
_SPACES = re.compile(r"\s+")
# A space between two CJK characters is layout ("支 付"), not a word break.
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])")


def normalize(text: str) -> str:
    """NFKC, one space for any run of white space, no spaces between Chinese characters."""
    text = unicodedata.normalize("NFKC", text or "")
    return _CJK_GAP.sub("", _SPACES.sub(" ", text)).strip()


def phrase_pattern(phrase: str) -> str:
    """The regex source for one phrase (see the module docstring)."""
    if phrase.startswith(REGEX_PREFIX):
        return phrase[len(REGEX_PREFIX) :]
    text = normalize(phrase)
    source = re.escape(text)
    if text and _WORDISH.match(text[0]):
        source = r"(?<![A-Za-z0-9])" + source
    if text and _WORDISH.match(text[-1]):
        source += r"(?![A-Za-z0-9])"
    return source


def phrase_error(phrase: str) -> str | None:
    """Why a phrase cannot be compiled, or None when it can."""
    if not phrase.strip():
        return "empty phrase"
    try:
        re.compile(phrase_pattern(phrase))
    except re.error as exc:
        return f"bad regular expression {phrase[len(REGEX_PREFIX) :]!r}: {exc}"
    return None


def regex_error(source: str) -> str | None:
    try:
        re.compile(source)
    except re.error as exc:
        return f"bad regular expression {source!r}: {exc}"
    return None


@dataclass(frozen=True)
class Phrases:
    """Any of several phrases; `search` runs on normalised text."""

    items: tuple[str, ...]
    pattern: re.Pattern[str] | None

    def search(self, text: str) -> re.Match[str] | None:
        if self.pattern is None or not text:
            return None
        return self.pattern.search(normalize(text))

    def __bool__(self) -> bool:
        return self.pattern is not None


def compile_phrases(items: Iterable[str]) -> Phrases:
    """Compile phrases; call `phrase_error` first where a user wrote them, to report the bad one."""
    kept = tuple(dict.fromkeys(i for i in items if i and i.strip()))
    if not kept:
        return Phrases((), None)
    source = "|".join(f"(?:{phrase_pattern(p)})" for p in kept)
    return Phrases(kept, re.compile(source, re.IGNORECASE))


def compile_regex(source: str) -> re.Pattern[str]:
    """A user's regular expression, case-insensitive, matched against normalised text."""
    return re.compile(source, re.IGNORECASE)
