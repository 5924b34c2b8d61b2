"""`qraudit rules list | test | lint`: read, prove and check the rule set without touching Python."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from qraudit.cli.app import app, console, err_console, guarded
from qraudit.errors import InputError
from qraudit.exitcodes import ExitCode

rules_app = typer.Typer(help="List, test and lint the rules (built-in plus --rules folders).", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

LANGS = ("zh", "en")
RULES_HELP = "Extra rule folder; adds rules and overrides built-in ids (repeatable)."
DISABLE_HELP = "Turn a rule off by id (repeatable)."


def _load(rules: list[Path], disable_rule: list[str], also: Path | None = None):
    from qraudit.rules import builtin_rules_dir, load_ruleset

    folders = list(rules)
    if also is not None and also.resolve() != builtin_rules_dir().resolve() and also not in folders:
        folders.append(also)
    return load_ruleset(folders, set(disable_rule))


@rules_app.command("list")
@guarded
def list_rules(
    rules: list[Path] = typer.Option([], "--rules", help=RULES_HELP),
    disable_rule: list[str] = typer.Option([], "--disable-rule", help=DISABLE_HELP),
    lang: str = typer.Option("zh", "--lang", help="Title language: zh or en."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """Show every rule: id, category, severity and title."""
    if lang not in LANGS:
        raise InputError(f"unknown language {lang!r}", location="--lang", hint="use zh or en")
    ruleset = _load(rules, disable_rule)
    if as_json:
        rows = [
            {
                "id": r.id,
                "category": r.category,
                "severity": r.severity,
                "title": {"zh": r.title.zh, "en": r.title.en},
                "file": str(r.source),
            }
            for r in ruleset.rules
        ]
        print(json.dumps({"hash": ruleset.hash, "rules": rows}, ensure_ascii=False, indent=2))
        return
    table = Table("id", "category", "severity", "title")
    table.columns[0].no_wrap = True
    for rule in ruleset.rules:
        table.add_row(rule.id, rule.category, rule.severity, getattr(rule.title, lang))
    console.print(table)
    console.print(f"{len(ruleset.rules)} rules, hash {ruleset.hash[:12]}", highlight=False)


@rules_app.command("test")
@guarded
def test_rules(
    folder: Path | None = typer.Argument(None, help="Test only the rules of this folder (default: all loaded rules)."),
    rules: list[Path] = typer.Option([], "--rules", help=RULES_HELP),
    disable_rule: list[str] = typer.Option([], "--disable-rule", help=DISABLE_HELP),
    only: list[str] = typer.Option([], "--rule", help="Test only this rule id (repeatable)."),
) -> None:
    """Open every fail and pass example in Chromium: fail pages must match their rule, pass pages must not."""
    from qraudit.rules.schemacheck import known_hint
    from qraudit.rules.selftest import run_examples

    if folder is not None and not folder.is_dir():
        raise InputError("rules folder not found", location=str(folder))
    ruleset = _load(rules, disable_rule, folder)
    chosen = [r for r in ruleset.rules if folder is None or r.source.parent.resolve() == folder.resolve()]
    for rule_id in only:
        if rule_id not in ruleset.by_id:
            raise InputError(
                f"unknown rule id {rule_id!r}", location="--rule", hint=known_hint(rule_id, sorted(ruleset.by_id))
            )
    chosen = [r for r in chosen if not only or r.id in only]
    with err_console.status(f"capturing {sum(len(r.examples) for r in chosen)} example page(s)…"):
        results = run_examples(ruleset, chosen)
    table = Table("rule", "example", "expect", "result")
    for result in results:
        if result.ok:
            verdict = "[green]ok[/]"
        elif result.error:
            verdict = f"[red]error: {result.error}[/]"
        else:
            verdict = "[red]FAILED: matched[/]" if result.matched else "[red]FAILED: no match[/]"
        table.add_row(result.rule_id, result.page, "match" if result.expect == "fail" else "no match", verdict)
    console.print(table)
    failed = [r for r in results if not r.ok]
    summary = f"{len(results)} examples of {len(chosen)} rules: {len(results) - len(failed)} ok, {len(failed)} failed"
    console.print(summary, highlight=False)
    raise typer.Exit(int(ExitCode.VIOLATION if failed else ExitCode.OK))


@rules_app.command("lint")
@guarded
def lint_rules(
    rules: list[Path] = typer.Option([], "--rules", help=RULES_HELP),
    disable_rule: list[str] = typer.Option([], "--disable-rule", help=DISABLE_HELP),
) -> None:
    """Validate every rule and vocabulary file, then check the house rules (examples, translations)."""
    from qraudit.rules.lint import lint

    ruleset = _load(rules, disable_rule)
    problems = lint(ruleset)
    for problem in problems:
        console.print(problem.line(), highlight=False, soft_wrap=True)
    console.print(f"{len(ruleset.rules)} rules checked, {len(problems)} problem(s)", highlight=False)
    raise typer.Exit(int(ExitCode.VIOLATION if problems else ExitCode.OK))


@rules_app.command("schema")
@guarded
def print_schema() -> None:
    """Print the JSON Schema of rule files (what schemas/rule.schema.json holds), for editors."""
    from qraudit.rules.schema import schema_text

    print(schema_text(), end="")
