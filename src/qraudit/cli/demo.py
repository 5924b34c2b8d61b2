"""`qraudit demo`: audit the bundled demo photo against the bundled demo site on 127.0.0.1."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer

from qraudit.cli.app import app, console, guarded

DEMO_PORT = 8737


def demo_photo() -> Path:
    return Path(str(resources.files("qraudit") / "data" / "demo" / "demo-photo.jpg"))


@app.command()
@guarded
def demo(
    out: Path = typer.Option(Path("reports"), "--out", help="Output folder."),
    lang: str = typer.Option("zh", "--lang", help="Report language: zh or en."),
) -> None:
    """Serve the demo checkout on 127.0.0.1:8737 and audit the demo photo of its QR code."""
    from qraudit.cli.audit import FailOn, audit
    from qraudit.data.demo.server import serve_demo

    server, _thread = serve_demo(port=DEMO_PORT)  # a busy port is a one-line QrauditError
    console.print(f"demo site on http://127.0.0.1:{DEMO_PORT}/ ; auditing {demo_photo()}")
    try:
        audit(
            targets=[str(demo_photo())], out=out, profile="wechat-ios", allow_private_network=False,
            allow_host=["127.0.0.1"], rules=[], disable_rule=[], fail_on=FailOn.never, max_steps=25,
            timeout=150.0, dwell=2.0, jobs=1, browser_endpoint=None, formats=["json", "html", "pdf"], lang=lang, as_json=False,
            resume=False, shard=None, sign_key=None, tsa=None, wacz=False,
        )
    except typer.Exit:
        pass  # the demo's verdict is a violation by design; the demo itself succeeded
    finally:
        server.stop()
