"""Load and merge `vocab/*.yaml` from the built-in rules folder and every `--rules` folder.

A later folder extends the lists of an earlier one (a volunteer adds 停车缴费 to `proceed` without
copying the whole file) and replaces single values (a legal quote). Each file is validated on its own
first, so errors point at the file and line the user wrote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qraudit.errors import RuleError
from qraudit.models import Bilingual, LegalRef
from qraudit.necessity.table import NecessityTable, build_table
from qraudit.rules import schemacheck
from qraudit.rules.phrases import REGEX_PREFIX, compile_phrases, phrase_error, phrase_pattern
from qraudit.rules.schema import LEGAL_ENTRY, NECESSITY_FILE
from qraudit.rules.vocab import CHECKBOX_KINDS, CONTROL_KINDS, FIELD_GROUPS, FieldKind, Vocabulary
from qraudit.rules.yamldoc import YamlDoc, load_yaml

_PHRASES = {"type": "array", "items": {"type": "string", "minLength": 1}}
_NAME = {"type": "string", "pattern": "^[a-z][a-z0-9_]*$", "x-hint": "use lower-case letters, digits and '_'"}
_FIELD_KIND = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "group": {"enum": list(FIELD_GROUPS)},
        "autocomplete": _PHRASES,
        "types": _PHRASES,
        "labels": _PHRASES,
        "names": _PHRASES,
    },
}


def _lists_of(keys: tuple[str, ...]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "properties": {k: _PHRASES for k in keys}}


# One entry per vocabulary file: its schema. An unknown file name in vocab/ is an error naming these.
VOCAB_FILES: dict[str, dict[str, Any]] = {
    "fields": {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "kinds": {"type": "object", "propertyNames": _NAME, "additionalProperties": _FIELD_KIND},
            "optional_markers": _PHRASES,
        },
    },
    "controls": _lists_of(CONTROL_KINDS),
    "consent": _lists_of(CHECKBOX_KINDS),
    "phrases": {"type": "object", "propertyNames": _NAME, "additionalProperties": _PHRASES},
    "legal": {
        "type": "object",
        "additionalProperties": LEGAL_ENTRY,
        "propertyNames": {"type": "string", "pattern": "^[a-z][a-z0-9-]*$", "x-hint": "use ids like pipl-6"},
    },
    "necessity": NECESSITY_FILE,
}
# Lists of phrases inside each file, as paths with "*" for any key: checked phrase by phrase.
_PHRASE_LISTS = {
    "fields": (("kinds", "*", "labels"), ("kinds", "*", "names"), ("optional_markers",)),
    "controls": tuple((k,) for k in CONTROL_KINDS),
    "consent": tuple((k,) for k in CHECKBOX_KINDS),
    "phrases": (("*",),),
    "legal": (),
    "necessity": (("services", "*", "words"),),
}


def merge(base: Any, extra: Any) -> Any:
    """Mappings merge key by key, lists are extended without repeats, anything else is replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return list(dict.fromkeys(base + extra))
    return extra


def _expand(data: Any, pattern: tuple[str, ...], at: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if not pattern:
        return [(at, data)]
    if not isinstance(data, dict):
        return []
    head, rest = pattern[0], pattern[1:]
    keys = list(data) if head == "*" else [head] if head in data else []
    return [found for key in keys for found in _expand(data[key], rest, at + (key,))]


def _check_phrases(doc: YamlDoc, kind: str) -> None:
    for pattern in _PHRASE_LISTS[kind]:
        for at, items in _expand(doc.data, pattern):
            for index, phrase in enumerate(items or []):
                problem = phrase_error(phrase)
                if problem:
                    raise doc.error(problem, at + (index,), "write plain words, or 're:' and a valid regex")


def read_vocab_file(path: Path, label: str) -> tuple[str, YamlDoc]:
    doc = load_yaml(path, label)
    kind = path.stem
    if kind not in VOCAB_FILES:
        raise doc.error(f"unknown vocabulary file {path.name!r}", hint=schemacheck.known_hint(kind, list(VOCAB_FILES)))
    if doc.data is None:
        return kind, YamlDoc(doc.path, {}, doc.lines, doc.label)
    schemacheck.check(doc, VOCAB_FILES[kind])
    _check_phrases(doc, kind)
    return kind, doc


def _field_kinds(data: dict[str, Any], where: Callable[[str], str]) -> tuple[FieldKind, ...]:
    kinds = []
    for name, spec in (data.get("kinds") or {}).items():
        if "group" not in spec:
            hint = "add group: " + " | ".join(FIELD_GROUPS)
            raise RuleError(f"field kind {name!r} has no group", location=where(name), hint=hint)
        kinds.append(
            FieldKind(
                name=name,
                group=spec["group"],
                autocomplete=frozenset(a.lower() for a in spec.get("autocomplete", [])),
                types=frozenset(t.lower() for t in spec.get("types", [])),
                labels=compile_phrases(spec.get("labels", [])),
                names=compile_phrases(spec.get("names", [])),
            )
        )
    return tuple(kinds)


def legal_ref(entry: dict[str, Any]) -> LegalRef:
    """One validated legal entry, from vocab/legal.yaml or written inline in a rule."""
    return LegalRef(
        law=Bilingual(**entry["law"]),
        article=entry["article"],
        quote=Bilingual(**entry["quote"]),
        version=entry.get("version", ""),
        source=entry.get("source", ""),
    )


def _legal(data: dict[str, Any]) -> dict[str, LegalRef]:
    return {key: legal_ref(entry) for key, entry in data.items()}


# `{list_name}` inside a 're:' phrase stands for any phrase of that list: the words for paying are written once
# (pay_acts) and every pattern that needs them says {pay_acts}. Regex counts such as {0,15} are not names.
WORD_CLASS = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def _expand_classes(lists: dict[str, list[str]], where: Callable[[str], str]) -> dict[str, list[str]]:
    def expand(item: str, owner: str) -> str:
        if not item.startswith(REGEX_PREFIX):
            return item

        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            words = lists.get(name)
            if not words or name == owner or any(WORD_CLASS.search(w) for w in words if w.startswith(REGEX_PREFIX)):
                raise RuleError(
                    f"{{{name}}} in phrase list {owner!r} names no phrase list of plain words",
                    location=where(owner),
                    hint="define it in vocab/phrases.yaml without {...} inside",
                )
            return "(?:" + "|".join(phrase_pattern(w) for w in words) + ")"

        return REGEX_PREFIX + WORD_CLASS.sub(one, item[len(REGEX_PREFIX) :])

    return {name: [expand(item, name) for item in items] for name, items in lists.items()}


def load_vocabulary(folders: list[Path], label: Callable[[Path], str] = str) -> tuple[Vocabulary, list[Path]]:
    """The merged vocabulary of `folders` (each with a `vocab/` subfolder, may be absent) and the files read."""
    merged: dict[str, Any] = {kind: {} for kind in VOCAB_FILES}
    first_seen: dict[str, str] = {}  # field kind -> where it was first defined, for errors
    first_list: dict[str, str] = {}  # phrase list -> where it was first defined
    files: list[Path] = []
    necessity_docs: list[YamlDoc] = []
    for folder in folders:
        for path in sorted((folder / "vocab").glob("*.yaml")) if (folder / "vocab").is_dir() else []:
            kind, doc = read_vocab_file(path, label(path))
            files.append(path)
            if kind == "phrases":
                for name in doc.data:
                    first_list.setdefault(name, doc.where((name,)))
            if kind == "fields":
                for name in doc.data.get("kinds") or {}:
                    first_seen.setdefault(name, doc.where(("kinds", name)))
            if kind == "necessity":
                necessity_docs.append(doc)
            merged[kind] = merge(merged[kind], doc.data)
    fields = merged["fields"]
    vocab = Vocabulary(
        field_kinds=_field_kinds(fields, lambda name: first_seen.get(name, "vocab/fields.yaml")),
        optional_markers=compile_phrases(fields.get("optional_markers", [])),
        controls={k: compile_phrases(merged["controls"].get(k, [])) for k in CONTROL_KINDS},
        checkboxes={k: compile_phrases(merged["consent"].get(k, [])) for k in CHECKBOX_KINDS},
        phrases={
            name: compile_phrases(items)
            for name, items in _expand_classes(
                merged["phrases"], lambda name: first_list.get(name, "vocab/phrases.yaml")
            ).items()
        },
        legal=_legal(merged["legal"]),
        necessity=_necessity(merged["necessity"], necessity_docs, {k.name for k in _field_kinds(fields, str)}),
    )
    return vocab, files


def _necessity(data: dict[str, Any], docs: list[YamlDoc], field_kinds: set[str]) -> NecessityTable:
    def where(at: tuple[Any, ...]) -> str:
        # The last file that wrote this path is the one to fix.
        owner = next((d for d in reversed(docs) if tuple(at) in d.lines), docs[-1] if docs else None)
        return owner.where(at) if owner else "vocab/necessity.yaml"

    return build_table(data, where, field_kinds)
