"""Text in both languages a report speaks."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bilingual:
    zh: str
    en: str
