"""A page that only says "open this in WeChat" gets the audit retried under the WeChat profile."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from qraudit.cli import app
from tests.support.server import Reply

GATE = """<!doctype html><meta name=viewport content="width=device-width"><title>停车缴费</title>
<body><p>请在微信客户端打开链接</p></body>"""
PAY = """<!doctype html><meta name=viewport content="width=device-width"><title>停车缴费</title>
<body><p>应缴 ¥5.00</p>
<button onclick="WeixinJSBridge.invoke('getBrandWCPayRequest', {}, function(){})">立即支付</button></body>"""


def checkout(request):
    in_wechat = "MicroMessenger" in request.headers.get("user-agent", "")
    return Reply(body=PAY if in_wechat else GATE)


def test_open_in_wechat_page_is_retried_under_the_wechat_profile(serve, tmp_path):
    server = serve(routes={"/": checkout})
    result = CliRunner().invoke(
        app,
        [
            "audit",
            server.url("/"),
            "--profile",
            "mobile-browser",
            "--allow-host",
            "127.0.0.1",
            "--dwell",
            "0.5",
            "--format",
            "json",
            "--format",
            "html",
            "--out",
            str(tmp_path),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*/report.json")
    report = json.loads(path.read_text())
    assert report["profile"] == "wechat-ios"
    # The first walk's evidence is kept, apart from the retry's, and sealed with it.
    (earlier,) = report["earlier_walks"]
    assert earlier["profile"] == "mobile-browser" and earlier["reason"] == "请在微信客户端打开链接"
    aside = path.parent / earlier["folder"]
    assert earlier["steps"] >= 1 and (aside / "step-01.png").is_file() and (path.parent / "step-01.png").is_file()
    assert "请在微信客户端打开" in (aside / "step-01.html").read_text(encoding="utf-8")
    assert "立即支付" in (path.parent / "step-01.html").read_text(encoding="utf-8")
    manifest = json.loads((path.parent / "manifest.json").read_text())
    assert f"{earlier['folder']}/step-01.png" in json.dumps(manifest)
    assert CliRunner().invoke(app, ["verify", str(path.parent)]).exit_code == 0
    assert "请在微信客户端打开链接" in (path.parent / "report.html").read_text(encoding="utf-8")
    assert report["verdict"] == "compliant" and report["payment"]["how"].startswith("bridge:")
    agents = {r.headers.get("user-agent", "") for r in server.seen("GET")}
    assert any("MicroMessenger" not in a for a in agents) and any("MicroMessenger" in a for a in agents)
