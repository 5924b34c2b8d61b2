"""`qraudit rules lint`: checks beyond what loading already refuses.

Loading rejects anything broken (schema, regexes, names, missing pages). Lint adds the house rules a
rule set should keep: enough examples of each kind, no stray example pages, bilingual texts that are
not copies of each other, and legal citations from the shared library rather than pasted inline.
"""

from __future__ import annotations

from dataclasses import dataclass

from qraudit.errors import RuleError
from qraudit.rules.model import Rule
from qraudit.rules.ruleset import RuleSet
from qraudit.rules.vocab import CODE_PHRASE_LISTS
from qraudit.rules.vocabload import WORD_CLASS
from qraudit.rules.yamldoc import YamlDoc, load_yaml

MIN_EXAMPLES = 2  # of each kind, fail and pass


@dataclass(frozen=True)
class LintProblem:
    location: str  # file:line
    message: str

    def line(self) -> str:
        return f"{self.location}: {self.message}"


def _example_counts(rule: Rule) -> list[LintProblem]:
    problems = []
    for expect in ("fail", "pass"):
        count = sum(1 for e in rule.examples if e.expect == expect)
        if count < MIN_EXAMPLES:
            problems.append(
                LintProblem(rule.location, f"only {count} {expect} example(s); write at least {MIN_EXAMPLES}")
            )
    return problems


def _stray_pages(rule: Rule) -> list[LintProblem]:
    listed = {e.page for e in rule.examples}
    stray = sorted(
        p.name
        for p in rule.examples_dir.glob("*.htm*")
        if p.name.startswith(("fail-", "pass-")) and p.name not in listed
    )
    return [LintProblem(rule.location, f"example page {name} is not listed under examples:") for name in stray]


def _texts(rule: Rule) -> list[LintProblem]:
    problems = []
    for name in ("title", "description", "advice"):
        text = getattr(rule, name)
        if text.zh.strip() == text.en.strip():
            problems.append(LintProblem(rule.location, f"{name}: zh and en are the same text; translate one of them"))
    return problems


def _legal(rule: Rule, ruleset: RuleSet) -> list[LintProblem]:
    library = set(ruleset.vocabulary.legal.values())
    inline = [ref for ref in rule.legal if ref not in library]
    return [
        LintProblem(
            rule.location,
            f"legal: {ref.law.en} {ref.article} is quoted inline; add it to vocab/legal.yaml and cite its id",
        )
        for ref in inline
    ]


CHECKS = {
    "example-count": lambda rule, ruleset: _example_counts(rule),
    "stray-example": lambda rule, ruleset: _stray_pages(rule),
    "untranslated": lambda rule, ruleset: _texts(rule),
    "inline-legal": _legal,
}


def _named_lists(data: object) -> set[str]:
    """Every `phrases: <list>` a rule's match tree names."""
    if isinstance(data, dict):
        found = {data["phrases"]} if isinstance(data.get("phrases"), str) else set()
        return found.union(*(_named_lists(v) for v in data.values()))
    if isinstance(data, list):
        return set().union(*(_named_lists(v) for v in data))
    return set()


def _unused_lists(ruleset: RuleSet) -> list[LintProblem]:
    """Phrase lists that no rule names and no code reads: a word added there changes nothing."""
    named = set(CODE_PHRASE_LISTS)
    for rule in ruleset.rules:
        named |= _named_lists(load_yaml(rule.source).data)
    docs = _vocab_docs(ruleset, "phrases.yaml")
    for doc in docs:  # a list spelled {name} inside another list's pattern is used there
        named |= {
            m for items in (doc.data or {}).values() for item in items or () for m in WORD_CLASS.findall(str(item))
        }
    problems = []
    for doc in docs:
        for name in doc.data or {}:
            if name not in named:
                problems.append(
                    LintProblem(doc.where((name,)), f"phrase list {name!r} is named by no rule and read by no code")
                )
    return problems


def _vocab_docs(ruleset: RuleSet, name: str) -> list[YamlDoc]:
    docs = []
    for folder in ruleset.folders:
        path = folder / "vocab" / name
        try:
            if path.is_file():
                docs.append(load_yaml(path))
        except RuleError:  # loading the rule set already reported it
            continue
    return docs


# What each part of a legal entry says, for the lint message.
_LEGAL_PARTS = {"version": "the dates it was adopted, amended, in force", "source": "who published the text, and where"}


def _undated_law(ruleset: RuleSet) -> list[LintProblem]:
    """A quote a journalist may print must say which text it comes from: its version's dates and its publisher."""
    return [
        LintProblem(doc.where((key,)), f"legal entry {key!r} has no {part}; add {part}: ({meaning})")
        for doc in _vocab_docs(ruleset, "legal.yaml")
        for key, entry in (doc.data or {}).items()
        for part, meaning in _LEGAL_PARTS.items()
        if not str((entry or {}).get(part, "")).strip()
    ]


def _unknown_item_rules(ruleset: RuleSet) -> list[LintProblem]:
    """An item of the necessity table that names a rule no folder has: that item is never demanded by it."""
    known = {rule.id for rule in ruleset.rules} | set(ruleset.disabled)
    return [
        LintProblem(
            doc.where(("items", item, "rules", i)), f"necessity item {item!r} names rule {rid!r}, which does not exist"
        )
        for doc in _vocab_docs(ruleset, "necessity.yaml")
        for item, spec in ((doc.data or {}).get("items") or {}).items()
        for i, rid in enumerate((spec or {}).get("rules") or [])
        if rid not in known
    ]


def lint(ruleset: RuleSet) -> list[LintProblem]:
    problems = [problem for rule in ruleset.rules for check in CHECKS.values() for problem in check(rule, ruleset)]
    return problems + _unused_lists(ruleset) + _undated_law(ruleset) + _unknown_item_rules(ruleset)
