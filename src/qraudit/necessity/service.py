"""Which kind of service a checkout sells, read from what it showed: titles, text, fields and the code's URL.

Each service's signs are in vocab/necessity.yaml. A title counts more than body text (a mall's parking page
mentions its shops), a payment field (车牌, 桌号) more than a word, and the first service in the file wins a
tie. Nothing found is `other`. `--service` overrides all of this.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from qraudit.errors import InputError
from qraudit.models import Bilingual, FormField, ServiceClass, Snapshot
from qraudit.necessity.table import NecessityTable, Service
from qraudit.rules.phrases import compile_phrases

TITLE_WEIGHT, FIELD_WEIGHT, URL_WEIGHT, TEXT_WEIGHT = 3, 3, 2, 1
FALLBACK = "other"


@dataclass(frozen=True)
class _Hit:
    weight: int
    evidence: str


@functools.lru_cache(maxsize=1024)
def _phrase(word: str):
    return compile_phrases([word])


def _url_words(url: str) -> str:
    # /park/pay?lot=9 -> "park pay lot 9": words of a URL, so whole-word phrases can match them
    return " ".join(re.split(r"[^0-9A-Za-z\u4e00-\u9fff]+", url or ""))


def _hits(
    service: Service, snapshots: Iterable[Snapshot], payload: str, field_kind: Callable[[FormField], str | None]
) -> list[_Hit]:
    hits: dict[str, _Hit] = {}

    def add(key: str, weight: int, evidence: str) -> None:
        if key not in hits or hits[key].weight < weight:
            hits[key] = _Hit(weight, evidence)

    for word in service.words:
        phrase = _phrase(word)
        if phrase.search(_url_words(payload)):
            add(word, URL_WEIGHT, f"the code's URL has “{word}”")
        for snap in snapshots:
            if phrase.search(snap.title):
                add(word, TITLE_WEIGHT, f"step {snap.step} title has “{word}”")
            elif phrase.search(snap.visible_text):
                add(word, TEXT_WEIGHT, f"step {snap.step} shows “{word}”")
    for snap in snapshots:
        for form_field in snap.fields:
            kind = field_kind(form_field)
            if kind in service.fields:
                add(f"field:{kind}", FIELD_WEIGHT, f"step {snap.step} has a {kind} field")
    return list(hits.values())


def classify(
    snapshots: Iterable[Snapshot],
    payload: str,
    table: NecessityTable,
    field_kind: Callable[[FormField], str | None],
    override: str | None = None,
) -> ServiceClass:
    if override:
        check_service(override, table)
        return ServiceClass(
            kind=override, name=table.services[override].name, source="override", evidence=("--service " + override,)
        )
    snaps = list(snapshots)
    best: tuple[int, str, list[_Hit]] | None = None
    for kind, service in table.services.items():
        hits = _hits(service, snaps, payload or "", field_kind)
        score = sum(h.weight for h in hits)
        if score and (best is None or score > best[0]):
            best = (score, kind, hits)
    if best is None:
        name = table.services[FALLBACK].name if FALLBACK in table.services else Bilingual("其他", "other")
        return ServiceClass(
            kind=FALLBACK, name=name, source="inferred", evidence=("nothing on the pages named a kind of service",)
        )
    ordered = sorted(best[2], key=lambda h: -h.weight)
    return ServiceClass(
        kind=best[1],
        name=table.services[best[1]].name,
        source="inferred",
        evidence=tuple(h.evidence for h in ordered[:6]),
    )


def check_service(kind: str, table: NecessityTable) -> None:
    if kind not in table.services:
        raise InputError(f"unknown service {kind!r}; use one of: {', '.join(table.services)}")
