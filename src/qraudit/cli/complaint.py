"""`qraudit complaint CASE_DIR… --to cca|12315|merchant`: complaint packages from audit folders (never sent)."""

from __future__ import annotations

from pathlib import Path

import typer

from qraudit.cli.app import app, err_console, guarded
from qraudit.complaint.wording import DEFAULT_DAYS

TO_HELP = "Who it is for: cca (an e-mail draft), 12315 (the platform's form), merchant (a letter asking for a fix)."
COMPLAINANT_HELP = "YAML with name, phone, address, email, merchant_name, merchant_address, place, request."
OUT_HELP = "Where the packages go, one folder per case and recipient (never inside an audit folder)."


def say(message: str) -> None:
    err_console.print(message, highlight=False, markup=False, soft_wrap=True)


def progress(i: int, n: int, case: str, done: object) -> None:
    """One line on stderr per case: what was written, what is missing, or why it was skipped."""
    from qraudit.complaint.package import Written
    from qraudit.complaint.wording import MISSING

    counter = f"[{i}/{n}] " if n > 1 else ""
    if not isinstance(done, Written):
        say(f"{counter}{'error' if done.error else 'note'}: {done.reason}")  # type: ignore[attr-defined]
        return
    say(f"{counter}{done.case_id}: wrote {done.folder}")
    if done.missing:
        say(f"{counter}missing: {', '.join(f'{m} ({MISSING[m]})' for m in done.missing)}")
    if done.recipient == "cca":
        say(
            f"{counter}open {done.files[0]} in your mail client, check it and send it yourself; "
            "qraudit never sends mail"
        )


def print_written(result) -> None:
    for written in result.written:
        for path in written.files:
            typer.echo(f"{written.recipient}\t{path}")  # plain tab-separated lines, for scripts


@app.command()
@guarded
def complaint(
    cases: list[Path] = typer.Argument(..., help="Audit folders (each holds report.json and manifest.json)."),
    to: str = typer.Option(..., "--to", help=TO_HELP),
    complainant: Path | None = typer.Option(None, "--complainant", help=COMPLAINANT_HELP),
    out: Path = typer.Option(Path("complaints"), "--out", help=OUT_HELP),
    days: int = typer.Option(DEFAULT_DAYS, "--days", min=1, help="The merchant letter's deadline, in days."),
) -> None:
    """Draft a complaint per violating case: complaint.eml (cca), complaint.json + .txt (12315) or letter.txt
    (merchant)."""
    from qraudit.complaint.batch import complain_cases
    from qraudit.complaint.complainant import load_complainant
    from qraudit.complaint.package import check_recipient

    check_recipient(to)
    person = load_complainant(complainant)  # a broken file stops the run before anything is written
    result = complain_cases(cases, to, person, out, days, progress=progress)
    print_written(result)
    raise typer.Exit(int(result.exit_code))
