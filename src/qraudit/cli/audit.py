"""`qraudit audit TARGET...`: audit photos and URLs, write one evidence folder per case."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from qraudit.capture.options import DEFAULT_DWELL_S
from qraudit.cli.app import app, console, err_console, fail, guarded
from qraudit.exitcodes import ExitCode
from qraudit.models import Report
from qraudit.models.budget import Budget
from qraudit.pipeline import AuditOptions, AuditOutcome


class FailOn(StrEnum):
    mandatory = "mandatory"
    any = "any"
    never = "never"


VERDICT_STYLE = {"violation": "bold red", "compliant": "green", "inconclusive": "yellow"}


def fails(report: Report, fail_on: FailOn) -> bool:
    if fail_on is FailOn.never:
        return False
    if fail_on is FailOn.any:
        return bool(report.walls or report.findings)
    return report.verdict == "violation"


def exit_code_for(reports: list[Report], fail_on: FailOn, input_errors: int, no_result: int) -> ExitCode:
    """Unreadable input beats everything (the run is incomplete), then violations, then no result."""
    if input_errors:
        return ExitCode.USAGE
    if any(fails(r, fail_on) for r in reports):
        return ExitCode.VIOLATION
    if no_result or not reports or any(r.verdict == "inconclusive" for r in reports):
        return ExitCode.NO_RESULT
    return ExitCode.OK


# With the virtual clock an audit mostly waits on the network and on quiet windows, not on the CPU: on the
# 2-core machine 4 contexts reach 45% of the CPU-bound limit, 12 80% and 16 85% (docs/benchmarks.md, Campaign).
JOBS_PER_CORE = 8
MB_PER_CONTEXT = 300  # about twice the ~140 MiB each extra context was measured to add, for pages heavier than ours
MAX_JOBS = 24  # contexts in one browser process


def default_jobs(cores: int | None = None, free_mb: int | None = None) -> int:
    """`--jobs 0`: enough contexts to keep every core busy, as many as free memory holds without swapping."""
    cores = cores or os.cpu_count() or 1
    if free_mb is None:
        try:
            free_mb = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2**20
        except (ValueError, OSError, AttributeError):
            free_mb = 4096
    return max(1, min(cores * JOBS_PER_CORE, free_mb // MB_PER_CONTEXT, MAX_JOBS))


def audit_progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
    )


def _summary_table(outcomes: list[AuditOutcome]) -> Table:
    table = Table(title="qraudit audit")
    for column in ("case", "verdict", "walls", "reason", "report"):
        table.add_column(column, overflow="fold")
    for o in sorted(outcomes, key=lambda o: o.report.case_id):
        r = o.report
        walls = ", ".join(f"{w.category}{'!' if w.mandatory else '?'}" for w in r.walls) or "-"
        table.add_row(r.case_id, f"[{VERDICT_STYLE[r.verdict]}]{r.verdict}[/]", walls, r.verdict_reason, str(o.folder))
    return table


def _audit_phone_walk(
    targets: list[str], walk: list[Path], ruleset, options: AuditOptions, fail_on: FailOn, as_json: bool, resume: bool
) -> None:
    """`audit [TARGET] --walk PATH...`: the person's walk on a phone, read instead of browsing; exits."""
    from qraudit.phone_pipeline import plan_phone_walk
    from qraudit.report import read_report
    from qraudit.runner import collect_targets, run_phone_walk
    from qraudit.serde import to_data

    if len(targets) > 1:
        fail("with --walk, give at most one target: the photo of the sign, or its URL")
    target = None
    if targets:
        batch = collect_targets(targets)
        if batch.input_errors:
            fail(batch.input_errors[0])
        if not batch.targets:
            fail(f"{targets[0]}: no code found in the photo")
        target = batch.targets[0]
    plan = plan_phone_walk(walk, target)  # every file found and hashed before anything is decoded
    with err_console.status("reading the phone walk (frames, OCR)"):
        outcome, skipped = run_phone_walk(plan, ruleset, options, resume)
    if skipped:
        err_console.print(f"resume: {skipped} already audited from these files, skipped")
        r = read_report(options.out_dir / skipped / "report.json")
    else:
        r = outcome.report
        for note in r.errors:
            err_console.print(f"[yellow]note:[/] {note}", highlight=False)
        main = outcome.folder / ("report.html" if "html" in options.formats else "report.json")
        err_console.print(
            f"[{VERDICT_STYLE[r.verdict]}]{r.verdict}[/] {r.case_id}  {main}  "
            f"manifest sha256 {outcome.manifest_sha256}",
            highlight=False,
        )
    if as_json:
        print(json.dumps([to_data(r)], ensure_ascii=False, indent=2, sort_keys=True))
    elif outcome is not None:
        console.print(_summary_table([outcome]))
    raise typer.Exit(int(exit_code_for([r], fail_on, 0, 0)))


@app.command()
@guarded
def audit(
    targets: list[str] = typer.Argument(
        None, help="Photos, folders of photos, or URLs (with --walk: at most one, the sign's photo or URL)."
    ),
    walk: list[Path] = typer.Option(
        [],
        "--walk",
        help=(
            "A walk done on a phone: a screen recording, a screenshot, or a folder of them (repeatable). "
            "Nothing is opened in a browser."
        ),
    ),
    out: Path = typer.Option(Path("reports"), "--out", help="Output folder; one sub-folder per case."),
    profile: str = typer.Option("wechat-ios", "--profile", help="Device profile (see `qraudit profiles`)."),
    allow_private_network: bool = typer.Option(
        False, "--allow-private-network", help="Allow loopback and private addresses."
    ),
    allow_host: list[str] = typer.Option(
        [], "--allow-host", help="Allow this host even if it is private (repeatable)."
    ),
    rules: list[Path] = typer.Option([], "--rules", help="Extra rule folder; overrides built-in ids (repeatable)."),
    disable_rule: list[str] = typer.Option([], "--disable-rule", help="Turn a rule off by id (repeatable)."),
    fail_on: FailOn = typer.Option(FailOn.mandatory, "--fail-on", help="Which result exits 1."),
    max_steps: int = typer.Option(Budget().max_steps, "--max-steps", min=1, help="Most actions in one audit."),
    timeout: float = typer.Option(Budget().timeout_s, "--timeout", min=5, help="Seconds for one audit."),
    dwell: float = typer.Option(
        DEFAULT_DWELL_S,
        "--dwell",
        min=0,
        help="Page seconds each step is given for delayed pop-ups (jumped over with the virtual clock).",
    ),
    clock: str = typer.Option(
        "virtual", "--clock", help="virtual: jump over the page's timers (late pop-ups at once); real: wait for them."
    ),
    jobs: int = typer.Option(
        0, "--jobs", min=0, help="Audits run at once (contexts in one browser); 0 sizes it to the machine."
    ),
    browser_endpoint: str | None = typer.Option(
        None,
        "--browser-endpoint",
        help="ws:// of a remote `playwright launch-server` to use instead of a local Chromium.",
    ),
    formats: list[str] = typer.Option(["json", "html"], "--format", help="Report formats to write (repeatable)."),
    lang: str = typer.Option("zh", "--lang", help="Report language: zh or en."),
    as_json: bool = typer.Option(False, "--json", help="Print the reports as one JSON array."),
    resume: bool = typer.Option(
        False, "--resume", help="Skip audits already complete in the output folder's campaign.db."
    ),
    shard: str | None = typer.Option(None, "--shard", help="K/N: audit only this share of the targets (CI matrices)."),
    sign_key: Path | None = typer.Option(
        None, "--sign-key", help="Ed25519 private key (qraudit keygen) to sign each manifest."
    ),
    tsa: str | None = typer.Option(None, "--tsa", help="RFC 3161 time-stamping authority URL for each manifest."),
    wacz: bool = typer.Option(False, "--wacz", help="Also package the captured traffic as archive.wacz."),
    service: str | None = typer.Option(
        None,
        "--service",
        help=(
            "The kind of service, instead of reading it from the pages: parking, dine_in, pay_merchant, takeaway, "
            "online_shop, charging, vending, other (rules/vocab/necessity.yaml)."
        ),
    ),
) -> None:
    """Walk each checkout as a consumer who refuses every wall, and say which walls are mandatory."""
    from dataclasses import replace

    from qraudit.capture import CaptureOptions
    from qraudit.capture.options import CLOCKS
    from qraudit.report import FORMATS
    from qraudit.rules import load_ruleset
    from qraudit.runner import collect_targets, run_campaign
    from qraudit.serde import to_data

    if clock not in CLOCKS:
        fail(f"unknown --clock {clock!r}; known: {', '.join(CLOCKS)}")
    ruleset = load_ruleset(list(rules), set(disable_rule))
    if service:
        from qraudit.necessity import check_service

        check_service(service, ruleset.vocabulary.necessity)  # a typo fails before any browsing
    capture = replace(
        CaptureOptions(),
        profile=profile,
        allow_private_network=allow_private_network,
        allow_hosts=frozenset(allow_host),
        dwell_s=dwell,
        clock=clock,  # type: ignore[arg-type]  # checked against CLOCKS above
        budget=Budget(max_steps, timeout),
        browser_endpoint=browser_endpoint,
    )
    options = AuditOptions(
        out_dir=out,
        capture=capture,
        formats=tuple(formats),
        lang=lang,
        sign_key=sign_key,
        tsa_url=tsa,
        wacz=wacz,
        service=service,
    )
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        fail(f"unknown --format {', '.join(unknown)}; known: {', '.join(sorted(FORMATS))}")
    if "json" not in formats:
        options = replace(options, formats=("json", *formats))  # report.json is what --resume reads back
    if walk:
        _audit_phone_walk(list(targets or []), walk, ruleset, options, fail_on, as_json, resume)
    if not targets:
        fail("name a photo, a folder of photos or a URL to audit, or a phone walk with --walk")
    with audit_progress() as reading:
        photos = reading.add_task("reading photos", total=None)
        batch = collect_targets(targets, on_photo=lambda photo: reading.advance(photos))
    for line in batch.input_errors:
        err_console.print(f"[red]error:[/] {line}", highlight=False)
    for source in batch.no_code:
        err_console.print(f"[yellow]no code:[/] {source}", highlight=False)

    def done(outcome: AuditOutcome) -> None:
        r = outcome.report
        progress.advance(task)
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
        progress.update(task, description=" ".join(f"{k}:{v}" for k, v in sorted(counts.items())) or "auditing")
        main = outcome.folder / ("report.html" if "html" in options.formats else "report.json")
        progress.console.print(
            f"[{VERDICT_STYLE[r.verdict]}]{r.verdict}[/] {r.case_id}  {main}  "
            f"manifest sha256 {outcome.manifest_sha256}",
            highlight=False,
        )

    counts: dict[str, int] = {}
    with audit_progress() as progress:
        task = progress.add_task("auditing", total=len(batch.targets))
        try:
            outcomes, skipped = run_campaign(
                batch, ruleset, options, jobs or default_jobs(), resume, shard, on_done=done
            )
        except KeyboardInterrupt:
            err_console.print(f"interrupted after {sum(counts.values())} finished audit(s); `--resume` does the rest")
            raise
    if skipped:
        err_console.print(f"resume: {len(skipped)} audit(s) already complete, skipped")
    if as_json:
        print(
            json.dumps(
                [to_data(o.report) for o in sorted(outcomes, key=lambda o: o.report.case_id)],
                ensure_ascii=False,
                indent=2,
                sort_keys=True,
            )
        )
    elif outcomes:
        console.print(_summary_table(outcomes))
    from qraudit.report import read_report

    reports = [o.report for o in outcomes] + [read_report(out / case / "report.json") for case in skipped]
    raise typer.Exit(int(exit_code_for(reports, fail_on, len(batch.input_errors), len(batch.no_code))))
