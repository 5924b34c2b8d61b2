"""The legal parts of a wall as the complaint quotes them: law, article, quote, version; and necessity judgments.

Read from report.json's plain data, so that reports written before `version`, `source`, `necessity` and
`violation` existed still work: every one of those keys is optional here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class LegalQuote:
    law: str  # 《中华人民共和国个人信息保护法》
    article: str  # as the report has it: "Art. 16"
    quote: str
    version: str = ""  # "2021-08-20 通过，2021-11-01 施行"
    source: str = ""  # publisher and URL

    @property
    def article_zh(self) -> str:
        return article_zh(self.article)


@dataclass(frozen=True)
class Necessity:
    item: str  # phone | name | follow | profile | ...
    necessary: bool
    row: str  # the row id in the necessity table
    citation: str  # the row's source and place in it
    reason: str


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 29 → 二十九, 105 → 一百零五 (article numbers, as Chinese laws write them)."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = (
        "" if rest == 0 else ("零" + DIGITS[rest] if rest < 10 else ("一" if rest < 20 else "") + chinese_number(rest))
    )
    return DIGITS[n // 100] + "百" + tail


def article_zh(article: str) -> str:
    """ "Art. 16" → 第十六条; anything else is kept as written."""
    match = re.fullmatch(r"\s*(?:Art\.?|Article)\s*(\d{1,3})\s*", article or "", flags=re.IGNORECASE)
    return f"第{chinese_number(int(match.group(1)))}条" if match else (article or "")


def _zh(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("zh") or value.get("en") or "")
    return str(value or "")


def legal_quotes(items: Any) -> tuple[LegalQuote, ...]:
    quotes = []
    for item in items or ():
        if isinstance(item, dict):
            quotes.append(
                LegalQuote(
                    law=_zh(item.get("law")),
                    article=str(item.get("article") or ""),
                    quote=_zh(item.get("quote")),
                    version=str(item.get("version") or ""),
                    source=str(item.get("source") or ""),
                )
            )
    return tuple(quotes)


def necessities(items: Any) -> tuple[Necessity, ...]:
    judged = []
    for item in items or ():
        if isinstance(item, dict) and item.get("item"):
            judged.append(
                Necessity(
                    item=str(item["item"]),
                    necessary=bool(item.get("necessary")),
                    row=str(item.get("row") or ""),
                    citation=str(item.get("citation") or ""),
                    reason=_zh(item.get("reason")),
                )
            )
    return tuple(judged)
