"""`qraudit profiles`: the device profiles an audit can pretend to be (data/profiles.yaml), for `--profile`."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from qraudit.cli.app import app, console, guarded


@app.command()
@guarded
def profiles(
    as_json: bool = typer.Option(False, "--json", help="Print the profiles as JSON."),
) -> None:
    """List the device profiles: the app whose stand-ins a page gets, the screen, the user agent."""
    from qraudit.capture.profiles import load_profiles

    found = load_profiles()
    if as_json:
        rows = [
            {
                "name": p.name,
                "app": p.app,
                "viewport": list(p.viewport),
                "device_scale_factor": p.device_scale_factor,
                "touch": p.touch,
                "user_agent": p.user_agent,
            }
            for p in found.values()
        ]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title="device profiles (--profile NAME)")
    for column in ("name", "app", "screen", "user agent"):
        table.add_column(column, overflow="fold")
    for p in found.values():
        width, height = p.viewport
        table.add_row(p.name, p.app, f"{width}x{height} @{p.device_scale_factor:g}", p.user_agent)
    console.print(table)
