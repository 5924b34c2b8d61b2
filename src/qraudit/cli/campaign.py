"""`qraudit campaign summary|merge`: read and combine the campaign folders that `audit` fills."""

from __future__ import annotations

from pathlib import Path

import typer

from qraudit.cli.app import app, err_console, guarded
from qraudit.complaint.wording import DEFAULT_DAYS

campaign_app = typer.Typer(
    name="campaign",
    help="Summarize and merge campaign folders (campaign.db plus one audit folder per case).",
    no_args_is_help=True,
)
app.add_typer(campaign_app, name="campaign")


def _lang(lang: str | None) -> str:
    from qraudit.report.i18n import check_lang, default_lang

    return check_lang(lang) if lang else default_lang()


@campaign_app.command("summary")
@guarded
def summary(
    folder: Path = typer.Argument(..., help="A campaign folder (holds campaign.db)."),
    formats: list[str] = typer.Option(
        ["html", "csv", "geojson"], "--format", help="Summary outputs: html, csv, geojson, sarif (repeatable)."
    ),
    lang: str = typer.Option(
        None, "--lang", help="Language of index.html and campaign.sarif: zh or en (default: locale)."
    ),
) -> None:
    """Write index.html (sortable table), summary.csv and summary.geojson from campaign.db."""
    from qraudit.campaign import build_summary

    written = build_summary(folder, formats, lang=_lang(lang))
    for name, path in written.items():
        typer.echo(f"{name}\t{path}")  # plain tab-separated lines, for scripts


@campaign_app.command("merge")
@guarded
def merge(
    folders: list[Path] = typer.Argument(..., help="Campaign folders to combine, e.g. the shards of a CI matrix."),
    out: Path = typer.Option(..., "--out", help="The merged campaign folder (created; its own audits take part)."),
    link: bool = typer.Option(False, "--link", help="Hard-link audit files instead of copying (same file system)."),
    write_summary: bool = typer.Option(True, "--summary/--no-summary", help="Write the summaries of the result."),
    formats: list[str] = typer.Option(["html", "csv", "geojson"], "--format", help="Summary outputs (repeatable)."),
    lang: str = typer.Option(None, "--lang", help="Language of the summaries: zh or en (default: locale)."),
) -> None:
    """One case once: the newest finished audit wins; photo links are the union of all inputs."""
    from qraudit.campaign import build_summary, merge_campaigns
    from qraudit.campaign.summary import check_formats

    chosen_lang = _lang(lang)
    if write_summary:
        check_formats(formats)  # a typo should fail before anything is copied
    result = merge_campaigns(list(folders), out, link=link)
    err_console.print(
        f"merged {len(folders)} folder(s) into {result.out}: {result.audits} audit(s), {len(result.copied)} copied, "
        f"{len(result.kept)} kept, {result.superseded} older duplicate(s) left out, {result.photos} photo(s)",
        highlight=False,
        soft_wrap=True,
    )
    for case_id in result.missing:
        err_console.print(
            f"[yellow]missing:[/] {case_id} is recorded but no input has its folder", highlight=False, soft_wrap=True
        )
    if write_summary:
        for name, path in build_summary(result.out, formats, lang=chosen_lang).items():
            typer.echo(f"{name}\t{path}")  # plain tab-separated lines, for scripts


@campaign_app.command("complaints")
@guarded
def complaints(
    folder: Path = typer.Argument(..., help="A campaign folder (holds campaign.db)."),
    to: str = typer.Option(..., "--to", help="cca, 12315 or merchant (see `qraudit complaint --help`)."),
    complainant: Path | None = typer.Option(
        None, "--complainant", help="YAML with the complainant's name, phone, address…"
    ),
    out: Path = typer.Option(Path("complaints"), "--out", help="Where the packages, index.html and index.json go."),
    days: int = typer.Option(DEFAULT_DAYS, "--days", min=1, help="The merchant letter's deadline, in days."),
) -> None:
    """One complaint package per violating case, plus index.html and index.json with the counts."""
    from qraudit.cli.complaint import print_written, progress
    from qraudit.complaint.batch import complain_campaign
    from qraudit.complaint.complainant import load_complainant
    from qraudit.complaint.package import check_recipient

    check_recipient(to)
    result, index = complain_campaign(folder, to, load_complainant(complainant), out, days, progress=progress)
    print_written(result)
    err_console.print(
        f"{result.cases} case(s), {result.violating} violating, {len(result.written)} package(s) written, "
        f"{len(result.skipped)} skipped; index {index['html']}",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )
    raise typer.Exit(int(result.exit_code))
