"""A page that only says "open this in WeChat" gets the audit retried under the WeChat profile."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from qraudit.cli import app
from tests.support.server import Reply

GATE = """<!doctype html><meta name=viewport content="width=device-width"><title>停车缴费</title>
<body><p>请在微信客户端打开链接</p></body>"""
PAY = """<!doctype html><meta name=viewport content="width=device-width"><title>停车缴费</title>
<body><p>应缴 ¥5.00</p><button onclick="WeixinJSBridge.invoke('getBrandWCPayRequest', {}, function(){})">立即支付</button></body>"""


def checkout(request):
    in_wechat = "MicroMessenger" in request.headers.get("user-agent", "")
    return Reply(body=PAY if in_wechat else GATE)


def test_open_in_wechat_page_is_retried_under_the_wechat_profile(serve, tmp_path):
    server = serve(routes={"/": checkout})
    result = CliRunner().invoke(
        app,
        ["audit", server.url("/"), "--profile", "mobile-browser", "--allow-host", "127.0.0.1",
         "--dwell", "0.5", "--format", "json", "--out", str(tmp_path)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    (path,) = tmp_path.glob("*/report.json")
    report = json.loads(path.read_text())
    assert report["profile"] == "wechat-ios"
    assert report["verdict"] == "compliant" and report["payment"]["how"].startswith("bridge:")
    agents = {r.headers.get("user-agent", "") for r in server.seen("GET")}
    assert any("MicroMessenger" not in a for a in agents) and any("MicroMessenger" in a for a in agents)
