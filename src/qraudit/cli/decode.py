"""`qraudit decode PATH... [--json]`: the codes in photos, as a table or as JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from qraudit.cli.app import app, console, err_console, guarded, is_tty
from qraudit.exitcodes import ExitCode
from qraudit.models import PhotoResult
from qraudit.serde import to_data

PROGRESS_FROM = 4  # files; fewer finish before a bar would be worth drawing
TABLE_TEXT = 200  # characters of a payload shown in the table; --json has them all


@app.command()
@guarded
def decode(
    paths: list[Path] = typer.Argument(..., help="Photos or folders (searched recursively for images)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON array, one object per input file."),
) -> None:
    """Decode every QR code in photos: JPEG, PNG, WebP, BMP, TIFF, HEIC.

    Exit status, in this order of precedence: 2 when any input was missing or unreadable (the other
    files are still decoded and printed); else 3 when some image held no readable code; else 0.
    """
    from qraudit.decode import decode_path, iter_inputs

    inputs = list(iter_inputs(paths))
    results = [decode_path(path) for path in _with_progress(inputs)]
    if as_json:
        json.dump([photo_json(r) for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        console.print(results_table(results))
    raise typer.Exit(int(exit_code(results)))


def exit_code(results: list[PhotoResult]) -> ExitCode:
    if any(r.error for r in results):
        return ExitCode.USAGE
    if any(not r.codes for r in results):
        return ExitCode.NO_RESULT
    return ExitCode.OK


def photo_json(result: PhotoResult) -> dict:
    """The stable JSON shape of one input: source, sha256, codes, exif, error (+ width, height)."""
    data = to_data(result)
    return {
        "source": data["source"],
        "sha256": data["sha256"],
        "codes": [{k: code[k] for k in ("text", "kind", "polygon", "decoder", "details")} for code in data["codes"]],
        "exif": data["exif"],
        "error": data["error"],
        "width": data["width"],
        "height": data["height"],
    }


def results_table(results: list[PhotoResult]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    table.add_column("source", overflow="fold")
    table.add_column("kind")
    table.add_column("text", overflow="fold")
    table.add_column("decoder")
    for result in results:
        if result.error:
            table.add_row(result.source, Text("error", style="red"), Text(result.error, style="red"), "")
        elif not result.codes:
            table.add_row(result.source, Text("none", style="yellow"), Text("no QR code found", style="yellow"), "")
        for code in result.codes:
            table.add_row(result.source, code.kind, Text(shown_text(code.text)), code.decoder)
    return table


def shown_text(text: str) -> str:
    """A payload for the table: control characters escaped (they can move a terminal's cursor),
    long ones cut."""
    shown = "".join(repr(ch)[1:-1] if not ch.isprintable() else ch for ch in text)
    if len(shown) > TABLE_TEXT:
        return f"{shown[:TABLE_TEXT]}… ({len(text)} characters)"
    return shown


def _with_progress(inputs: list[Path]) -> Iterator[Path]:
    if len(inputs) < PROGRESS_FROM or not is_tty():
        yield from inputs
        return
    columns = (TextColumn("decoding"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("decode", total=len(inputs))
        for path in inputs:
            yield path
            progress.advance(task)
