"""`qraudit recheck CASE_DIR [audit options]`: audit a finished case's code again and compare, wall by wall.

The re-audit is the `audit` command itself, called through its own parser (as `qraudit demo` does), so a
recheck takes every audit option with the same defaults and can never drift from it. It audits into
`<parent>/<name>.partial` and only the sealed result is renamed `<case_id>.recheck-<UTC stamp>`.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.console import Console

from qraudit.cli.app import app, console, err_console, fail, guarded
from qraudit.exitcodes import ExitCode

# Audit options a recheck sets itself: the target is CASE_DIR's, the output goes beside it.
NOT_FORWARDED = ("targets", "out", "as_json")
REFUSED = {
    "out": "--out does not apply to a recheck: the new audit is written beside the case folder",
    **{
        name: f"--{name} does not apply to a recheck: it audits the case folder's own code, beside it"
        for name in ("resume", "shard", "walk")
    },  # meaningless for one known case
}
STATUS_STYLE = {
    "fixed": "green",
    "unchanged": "green",
    "still-violating": "bold red",
    "changed": "yellow",
    "inconclusive": "yellow",
}


def _audit_command():
    return typer.main.get_command(app).commands["audit"]


def parse_audit_args(argv: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The audit command's own parse of `argv`, and of nothing (its defaults); a bad option is one line, exit 2."""
    command = _audit_command()
    try:
        parsed = command.make_context("audit", list(argv)).params
        defaults = command.make_context("audit", []).params
    except Exception as exc:  # click's UsageError and BadParameter; they know how to say it in one line
        if not hasattr(exc, "format_message"):
            raise
        fail(exc.format_message())
    return parsed, defaults


def forwarded(parsed: dict[str, Any], defaults: dict[str, Any]) -> list[str]:
    """Every option the user set, written back as audit arguments (a value equal to its default changes nothing)."""
    argv: list[str] = []
    for param in _audit_command().params:
        name = param.name
        if name in NOT_FORWARDED or not param.opts or not param.opts[0].startswith("-"):
            continue
        value = parsed.get(name)
        if value == defaults.get(name):
            continue
        flag = param.opts[0]
        if getattr(param, "is_flag", False):
            argv += [flag] if value else list(getattr(param, "secondary_opts", []))[:1]
        else:
            for item in value or () if getattr(param, "multiple", False) else [value]:
                argv += [flag, str(getattr(item, "value", item))]  # an Enum by its value
    return argv


def _run_audit(argv: list[str], label: str) -> tuple[int, str]:
    """Run `qraudit audit argv` with its console output held back (it names the staging folder); returns its
    exit code and what it wrote to stderr, to repeat when the audit fails."""
    status = Console(stderr=True)
    with ExitStack() as stack:
        stack.enter_context(console.capture())
        said = stack.enter_context(err_console.capture())
        stack.enter_context(status.status(label))
        try:
            returned = app(argv, standalone_mode=False)  # not standalone: the exit code comes back
            code = returned if isinstance(returned, int) else 0
        except typer.Exit as exc:
            code = int(exc.exit_code)
    return code, said.get()


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    options_metavar="CASE_DIR [AUDIT OPTIONS]",
)
@guarded
def recheck(ctx: typer.Context) -> None:
    """Audit a finished case's code again and say, wall by wall, what changed.

    The same URL, or the sign photo or phone walk sealed in CASE_DIR, is audited into
    <case_id>.recheck-<UTC time>/ beside it, with recheck.json.

    Every `qraudit audit` option applies (--allow-private-network, --allow-host, --profile, --lang, --format,
    --sign-key, --fail-on, --json), except --out, --resume, --shard and --walk.

    Exit 0 when fixed or compliant, 1 when violating at the --fail-on level, 3 when the re-audit is inconclusive,
    2 when CASE_DIR is not an audit folder.
    """
    from qraudit.cli.audit import exit_code_for
    from qraudit.evidence import verify_folder
    from qraudit.recheck.case import open_case, recheck_name
    from qraudit.recheck.finish import SealWith, compare_case, discard, finish_recheck, sealed_formats
    from qraudit.report import read_report
    from qraudit.rules import load_ruleset

    parsed, defaults = parse_audit_args(list(ctx.args))
    targets = list(parsed.get("targets") or [])
    if len(targets) != 1:
        fail("name one case folder to recheck, e.g. `qraudit recheck reports/<case-id>`")
    for name, message in REFUSED.items():
        if parsed.get(name) != defaults.get(name):
            fail(message)
    case = open_case(Path(targets[0]))
    old_verified = verify_folder(case.folder).ok
    if not old_verified:
        err_console.print(
            f"[yellow]note:[/] {case.folder} does not verify against its manifest; rechecking anyway",
            highlight=False,
            soft_wrap=True,
        )
    now = datetime.now(UTC)
    parent = case.folder.parent
    name = recheck_name(case.report.case_id, now, parent)
    staging = parent / f"{name}.partial"  # a killed recheck leaves only this, which a campaign run clears
    argv = ["audit", *case.audit_arguments(), "--out", str(staging), *forwarded(parsed, defaults)]
    try:
        code, said = _run_audit(argv, f"re-auditing {case.report.case_id}")
        work = staging / case.report.case_id
        if not (work / "report.json").is_file():
            others = sorted(p.parent.name for p in staging.glob("*/report.json"))
            if others:  # the sealed copy no longer gives this case (a decoder that reads it otherwise)
                fail(f"{case.folder}: the re-audit found no case {case.report.case_id}, only {', '.join(others)}")
            err_console.print(
                said.rstrip() or "error: the re-audit wrote no report", highlight=False, markup=False, soft_wrap=True
            )
            raise typer.Exit(code or int(ExitCode.USAGE))
        new = read_report(work / "report.json")
        ruleset = load_ruleset(list(parsed.get("rules") or []), set(parsed.get("disable_rule") or []))
        seal = SealWith(
            sealed_formats(parsed["formats"]), parsed["lang"], ruleset.by_id, parsed.get("sign_key"), parsed.get("tsa")
        )
        result = compare_case(case, new, name, old_verified, now.strftime("%Y-%m-%dT%H:%M:%SZ"))
        digest = finish_recheck(work, parent / name, result, new, seal)
    finally:
        discard(staging)
    _say(result, parent / name, digest, bool(parsed.get("as_json")))
    raise typer.Exit(int(exit_code_for([new], parsed["fail_on"], 0, 0)))


def _say(result, folder: Path, digest: str, as_json: bool) -> None:
    from qraudit.recheck.model import RECHECK_FILE

    if as_json:
        print((folder / RECHECK_FILE).read_text(encoding="utf-8"), end="")
    walls = ", ".join(f"{w.category} {w.status}" for w in result.walls) or "no walls"
    style = STATUS_STYLE.get(result.status, "")
    (err_console if as_json else console).print(
        f"[{style}]{result.status}[/] {result.old.case_id}: {result.old.verdict} → {result.new.verdict} ({walls})  "
        f"{folder}  manifest sha256 {digest}",
        highlight=False,
        soft_wrap=True,
    )
