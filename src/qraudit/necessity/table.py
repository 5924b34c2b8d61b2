"""The necessity table (vocab/necessity.yaml) as typed data, checked for ids that name nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from qraudit.errors import RuleError
from qraudit.models import Bilingual


@dataclass(frozen=True)
class Source:
    id: str
    title: Bilingual
    version: str
    source: str
    checked: str = ""


@dataclass(frozen=True)
class NecessaryItem:
    text: str  # the row's own words
    items: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    id: str
    source: Source
    ref: str  # where in the source, e.g. 第五条（七）餐饮外卖类
    function: str  # the basic function the row covers, quoted
    necessary: tuple[NecessaryItem, ...]

    @property
    def citation(self) -> str:
        return f"{self.source.title.zh}{self.ref}"

    def lists(self, item: str) -> NecessaryItem | None:
        return next((n for n in self.necessary if item in n.items), None)


@dataclass(frozen=True)
class Service:
    kind: str
    name: Bilingual
    row: Row
    note: str = ""
    words: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    id: str
    name: Bilingual
    field_kinds: frozenset[str] = frozenset()
    rules: frozenset[str] = frozenset()


@dataclass(frozen=True)
class NecessityTable:
    sources: dict[str, Source] = field(default_factory=dict)
    rows: dict[str, Row] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)  # in the file's order: the first wins a tie
    items: dict[str, Item] = field(default_factory=dict)
    default_item: dict[str, str] = field(default_factory=dict)  # wall category -> item

    def item_name(self, item: str) -> Bilingual:
        return self.items[item].name if item in self.items else Bilingual(item, item)


Where = Callable[[tuple[Any, ...]], str]


def _need(ids: dict[str, Any], key: str, what: str, where: str) -> Any:
    if key not in ids:
        raise RuleError(f"{what} {key!r} is not defined", location=where, hint="known: " + ", ".join(sorted(ids)))
    return ids[key]


REQUIRED = {
    "sources": ("title", "version", "source"),
    "rows": ("source", "ref", "function", "necessary"),
    "services": ("name", "row"),
    "items": ("name",),
}


def _check_required(data: dict[str, Any], where: Where) -> None:
    for section, keys in REQUIRED.items():
        for key, spec in (data.get(section) or {}).items():
            missing = [k for k in keys if k not in (spec or {})]
            if missing:
                raise RuleError(
                    f"{section[:-1]} {key!r} has no {missing[0]}",
                    location=where((section, key)),
                    hint=f"a {section[:-1]} needs " + ", ".join(keys),
                )


def build_table(data: dict[str, Any], where: Where, field_kinds: set[str]) -> NecessityTable:
    """`data` is the merged, schema-checked file; `where(path)` gives the file:line of a path in it."""
    _check_required(data, where)
    sources = {
        key: Source(key, Bilingual(**s["title"]), s["version"], s["source"], s.get("checked", ""))
        for key, s in (data.get("sources") or {}).items()
    }
    items: dict[str, Item] = {}
    for key, spec in (data.get("items") or {}).items():
        for kind in spec.get("field_kinds", []):
            _need({k: k for k in field_kinds}, kind, "field kind", where(("items", key, "field_kinds")))
        items[key] = Item(
            key, Bilingual(**spec["name"]), frozenset(spec.get("field_kinds", [])), frozenset(spec.get("rules", []))
        )
    rows = {}
    for key, spec in (data.get("rows") or {}).items():
        necessary = []
        for index, entry in enumerate(spec["necessary"]):
            for item in entry["items"]:
                _need(items, item, "item", where(("rows", key, "necessary", index)))
            necessary.append(NecessaryItem(entry["text"], tuple(entry["items"])))
        source = _need(sources, spec["source"], "source", where(("rows", key, "source")))
        rows[key] = Row(key, source, spec["ref"], spec["function"], tuple(necessary))
    services = {
        key: Service(
            kind=key,
            name=Bilingual(**spec["name"]),
            row=_need(rows, spec["row"], "row", where(("services", key, "row"))),
            note=spec.get("note", ""),
            words=tuple(spec.get("words", [])),
            fields=tuple(spec.get("fields", [])),
        )
        for key, spec in (data.get("services") or {}).items()
    }
    if services and "other" not in services:
        raise RuleError(
            "the service 'other' is not defined",
            location=where(("services",)),
            hint="every table needs it: a page that names no service is judged by its row",
        )
    defaults = dict(data.get("default_item") or {})
    for category, item in defaults.items():
        _need(items, item, "item", where(("default_item", category)))
    return NecessityTable(sources, rows, services, items, defaults)
