"""Necessity end to end: real Chromium on a fixture site, the service read from the page or set by --service."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from qraudit.cli import app
from qraudit.exitcodes import ExitCode
from tests.sites.catalog import load_sites, start_site

FAST = ["--dwell", "1.5", "--allow-host", "127.0.0.1", "--format", "json"]
SMS_LOGIN = next(site for site in load_sites() if site.id == "order-sms-login-spa")  # table ordering, phone + SMS login


def audit(url: str, out, *extra: str):
    result = CliRunner().invoke(app, ["audit", url, "--out", str(out), *FAST, *extra], catch_exceptions=False)
    (path,) = out.glob("*/report.json")
    return result, json.loads(path.read_text(encoding="utf-8"))


def test_a_phone_login_at_a_table_is_a_violation_but_for_takeaway_it_is_allowed(tmp_path):
    server = start_site(SMS_LOGIN)
    try:
        url = server.url(SMS_LOGIN.start_path)
        result, report = audit(url, tmp_path / "read")
        assert result.exit_code == ExitCode.VIOLATION, result.output
        assert report["service"]["kind"] == "dine_in" and report["service"]["source"] == "inferred"
        (login,) = [w for w in report["walls"] if w["mandatory"]]
        assert login["violation"] and [j["item"] for j in login["necessity"]] == ["phone"]
        assert login["necessity"][0]["row"] == "minimum-scope" and not login["necessity"][0]["necessary"]

        result, report = audit(url, tmp_path / "takeaway", "--service", "takeaway")
        assert result.exit_code == ExitCode.OK, result.output
        assert report["service"] == {**report["service"], "kind": "takeaway", "source": "override"}
        (login,) = [w for w in report["walls"] if w["mandatory"]]
        assert not login["violation"] and login["necessity"][0]["necessary"]
        assert login["necessity"][0]["citation"].endswith("第五条（七）餐饮外卖类")
        assert report["verdict"] == "compliant" and "not a violation" in report["verdict_reason"]
    finally:
        server.stop()


def test_an_unknown_service_is_one_line_and_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["audit", "https://example.cn/", "--out", str(tmp_path), "--service", "parkng"])
    assert result.exit_code == ExitCode.USAGE
    assert "unknown service 'parkng'; use one of: parking" in result.output
    assert "Traceback" not in result.output and not list(tmp_path.glob("*/report.json"))
