"""`qraudit demo`: audit the bundled demo photo against the bundled demo site on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import typer

from qraudit.cli.app import app, console, guarded


@app.command()
@guarded
def demo(
    out: Path = typer.Option(Path("reports"), "--out", help="Output folder."),
    lang: str = typer.Option("zh", "--lang", help="Report language: zh or en."),
) -> None:
    """Serve the demo checkout on 127.0.0.1:8737 and audit the demo photo of its QR code."""
    from qraudit.data.demo.server import DEMO_PORT, PHOTO, serve_demo

    server, _thread = serve_demo(port=DEMO_PORT)  # a busy port is a one-line QrauditError
    console.print(f"demo site on http://127.0.0.1:{DEMO_PORT}/ ; auditing {PHOTO}")
    # Through the audit command's own parser, so the demo gets its defaults and can never drift from them.
    argv = [
        "audit",
        str(PHOTO),
        "--out",
        str(out),
        "--allow-host",
        "127.0.0.1",
        "--fail-on",
        "never",
        "--jobs",
        "1",
        "--format",
        "json",
        "--format",
        "html",
        "--format",
        "pdf",
        "--lang",
        lang,
    ]
    try:
        app(argv, standalone_mode=False)
    except typer.Exit:
        pass  # the demo's verdict is a violation by design; the demo itself succeeded
    finally:
        server.stop()
