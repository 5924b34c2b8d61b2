"""`qraudit rules lint`: checks beyond what loading already refuses.

Loading rejects anything broken (schema, regexes, names, missing pages). Lint adds the house rules a
rule set should keep: enough examples of each kind, no stray example pages, bilingual texts that are
not copies of each other, and legal citations from the shared library rather than pasted inline.
"""

from __future__ import annotations

from dataclasses import dataclass

from qraudit.rules.model import Rule
from qraudit.rules.ruleset import RuleSet

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
            problems.append(LintProblem(rule.location, f"only {count} {expect} example(s); write at least {MIN_EXAMPLES}"))
    return problems


def _stray_pages(rule: Rule) -> list[LintProblem]:
    listed = {e.page for e in rule.examples}
    stray = sorted(
        p.name for p in rule.examples_dir.glob("*.htm*")
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
            rule.location, f"legal: {ref.law.en} {ref.article} is quoted inline; add it to vocab/legal.yaml and cite its id",
        )
        for ref in inline
    ]


CHECKS = {
    "example-count": lambda rule, ruleset: _example_counts(rule),
    "stray-example": lambda rule, ruleset: _stray_pages(rule),
    "untranslated": lambda rule, ruleset: _texts(rule),
    "inline-legal": _legal,
}


def lint(ruleset: RuleSet) -> list[LintProblem]:
    return [problem for rule in ruleset.rules for check in CHECKS.values() for problem in check(rule, ruleset)]
