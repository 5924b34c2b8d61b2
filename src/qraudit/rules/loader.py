"""Load rule folders into a RuleSet: the built-in `rules/` first, then each `--rules DIR` in order.

Everything is validated at load time, and the first problem is a RuleError with file:line and a hint:
the schema, the file name matching the id, unique ids within a folder, matcher names and parameters,
regexes, vocabulary names, legal ids, and example pages that exist. A later folder's rule replaces a
built-in one with the same id; `disabled` ids are dropped (an unknown id is an error).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from qraudit.builtin import builtin_path
from qraudit.decode.classify import KINDS as PAYLOAD_KINDS
from qraudit.errors import RuleError
from qraudit.models import Bilingual, LegalRef
from qraudit.rules import schemacheck
from qraudit.rules.context import EvalContext
from qraudit.rules.model import EXPECTS, Example, Rule
from qraudit.rules.ruleset import RuleSet
from qraudit.rules.schema import rule_schema
from qraudit.rules.tree import build_node
from qraudit.rules.vocab import Vocabulary
from qraudit.rules.vocabload import legal_ref, load_vocabulary
from qraudit.rules.yamldoc import YamlDoc, load_yaml

RULES_DIR_ENV = "QRAUDIT_RULES_DIR"
_LOADER_SCHEMA = rule_schema(with_match_tree=False)


def display_path(path: Path) -> str:
    """A path as errors show it: relative to the working folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def builtin_rules_dir() -> Path:
    """QRAUDIT_RULES_DIR, else the rules shipped in the package (qraudit/builtin/rules: in a source tree a
    link to `rules/` at the repository root, in a wheel a copy of it)."""
    override = os.environ.get(RULES_DIR_ENV)
    if override:
        folder = Path(override)
        if not (folder / "vocab").is_dir():
            raise RuleError(f"{RULES_DIR_ENV} is not a rules folder (no vocab/ inside)", location=override)
        return folder
    folder = builtin_path("rules")
    if not (folder / "vocab").is_dir():
        raise RuleError(
            "built-in rules folder not found",
            location=str(folder),
            hint=f"reinstall qraudit, or set {RULES_DIR_ENV}=/path/to/qraudit/rules",
        )
    return folder


def _legal(doc: YamlDoc, vocab: Vocabulary) -> tuple[LegalRef, ...]:
    refs = []
    for index, entry in enumerate(doc.data["legal"]):
        if isinstance(entry, str):
            if entry not in vocab.legal:
                hint = schemacheck.known_hint(entry, sorted(vocab.legal))
                raise doc.error(f"unknown legal id {entry!r}", ("legal", index), hint)
            refs.append(vocab.legal[entry])
        else:
            refs.append(legal_ref(entry))
    return tuple(refs)


def _examples(doc: YamlDoc, rule_id: str) -> tuple[Example, ...]:
    folder = doc.path.parent / "examples" / rule_id
    examples = []
    for expect in EXPECTS:
        for index, item in enumerate(doc.data["examples"][expect]):
            at = ("examples", expect, index)
            page = item if isinstance(item, str) else item["page"]
            context = {} if isinstance(item, str) else item.get("context", {})
            kind = context.get("payload_kind")
            if kind is not None and kind not in PAYLOAD_KINDS:
                hint = schemacheck.known_hint(kind, PAYLOAD_KINDS)
                raise doc.error(f"unknown payload kind {kind!r}", at + ("context", "payload_kind"), hint)
            path = folder / page
            if not path.is_file():
                raise doc.error(f"example page not found: {display_path(path)}", at, "create it, or fix the file name")
            examples.append(Example(page, expect, path, EvalContext(kind, bool(context.get("after_payment", False)))))
    return tuple(examples)


def build_rule(doc: YamlDoc, vocab: Vocabulary) -> Rule:
    schemacheck.check(doc, _LOADER_SCHEMA)
    data: dict[str, Any] = doc.data
    rule_id = data["id"]
    if rule_id != doc.path.stem:
        message = f"id {rule_id!r} does not match the file name {doc.path.name!r}"
        raise doc.error(message, ("id",), f"rename the file to {rule_id}.yaml")
    return Rule(
        id=rule_id,
        title=Bilingual(**data["title"]),
        description=Bilingual(**data["description"]),
        category=data["category"],
        severity=data["severity"],
        legal=_legal(doc, vocab),
        advice=Bilingual(**data["advice"]),
        match=build_node(doc, ("match",), vocab),
        examples=_examples(doc, rule_id),
        source=doc.path,
        location=doc.where(("id",)),
    )


def _folder_rules(folder: Path, vocab: Vocabulary) -> tuple[list[Rule], list[Path]]:
    rules: dict[str, Rule] = {}
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    for path in files:
        rule = build_rule(load_yaml(path, display_path(path)), vocab)
        rules[rule.id] = rule  # the file name equals the id, so ids in one folder are unique
    return list(rules.values()), files


def _digest(files: Iterable[Path], disabled: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    digest.update(("disabled:" + ",".join(sorted(disabled))).encode())
    return digest.hexdigest()


def load_ruleset(
    extra_dirs: Iterable[Path] = (),
    disabled: Iterable[str] = (),
    builtin: Path | None = None,
) -> RuleSet:
    """Built-in rules plus `extra_dirs` (later ones override), minus `disabled`; RuleError on any problem."""
    folders = [builtin or builtin_rules_dir()]
    for extra in extra_dirs:
        folder = Path(extra)
        if not folder.is_dir():
            raise RuleError(
                "rules folder not found", location=str(extra), hint="--rules takes a folder of <id>.yaml files"
            )
        folders.append(folder)
    vocab, files = load_vocabulary(folders, display_path)
    by_id: dict[str, Rule] = {}
    origin: dict[str, int] = {}
    for number, folder in enumerate(folders):
        rules, rule_files = _folder_rules(folder, vocab)
        files += rule_files
        for rule in rules:
            by_id[rule.id] = rule
            origin[rule.id] = number
    off = set(disabled)
    unknown = sorted(off - set(by_id))
    if unknown:
        hint = schemacheck.known_hint(unknown[0], sorted(by_id))
        raise RuleError(f"unknown rule id {unknown[0]!r} in --disable-rule", hint=hint)
    kept = tuple(r for r in sorted(by_id.values(), key=lambda r: (r.category, r.id)) if r.id not in off)
    return RuleSet(kept, vocab, _digest(files, off), tuple(folders), frozenset(off))
