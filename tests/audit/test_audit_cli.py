"""`qraudit audit` end to end: real Chromium, real fixture sites on 127.0.0.1, every exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qraudit.cli import app
from qraudit.evidence import verify_folder
from qraudit.exitcodes import ExitCode
from tests.sites.catalog import load_sites, personal_data_seen, start_site

SITES = {site.id: site for site in load_sites()}
FAST = ["--dwell", "1.5", "--allow-host", "127.0.0.1", "--format", "json"]


def run(args: list[str]):
    return CliRunner().invoke(app, ["audit", *args], catch_exceptions=False)


@pytest.fixture
def site_url():
    servers = []

    def start(site_id: str) -> str:
        server = start_site(SITES[site_id])
        servers.append(server)
        return server.url(SITES[site_id].start_path)

    yield start
    for server in servers:
        assert personal_data_seen(server) == []  # the auditor never hands over personal data
        server.stop()


def reports_in(out: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(out.glob("*/report.json"))]


def test_violation_exits_1_and_writes_a_verifiable_folder(site_url, tmp_path):
    url = site_url("park-shadow-follow")
    result = run([url, "--out", str(tmp_path), *FAST, "--format", "html"])
    assert result.exit_code == ExitCode.VIOLATION, result.output
    (report,) = reports_in(tmp_path)
    assert report["verdict"] == "violation"
    assert [w["category"] for w in report["walls"] if w["mandatory"]] == ["follow"]
    assert report["walls"][0]["legal"], "each wall carries its legal basis"
    folder = tmp_path / report["case_id"]
    assert (folder / "report.html").is_file()
    assert verify_folder(folder).ok


def test_compliant_exits_0_and_fail_on_any_flags_findings(site_url, tmp_path):
    url = site_url("park-marketing-prechecked")
    result = run([url, "--out", str(tmp_path / "a"), *FAST])
    assert result.exit_code == ExitCode.OK, result.output
    (report,) = reports_in(tmp_path / "a")
    assert report["verdict"] == "compliant" and report["reached_payment"]
    assert report["findings"], "marketing consent ticked in advance is a finding"
    assert run([url, "--out", str(tmp_path / "b"), *FAST, "--fail-on", "any"]).exit_code == ExitCode.VIOLATION


def test_fail_on_never_keeps_exit_0_on_a_violation(site_url, tmp_path):
    url = site_url("park-userinfo-302")
    assert run([url, "--out", str(tmp_path), *FAST, "--fail-on", "never"]).exit_code == ExitCode.OK
    assert reports_in(tmp_path)[0]["verdict"] == "violation"


def test_private_address_is_refused_without_allow_host(site_url, tmp_path):
    url = site_url("park-shadow-follow")
    result = run([url, "--out", str(tmp_path), "--dwell", "0.5", "--format", "json"])
    assert result.exit_code == ExitCode.NO_RESULT, result.output
    (report,) = reports_in(tmp_path)
    assert report["verdict"] == "inconclusive"
    assert "127.0.0.1" in report["verdict_reason"]


def test_malformed_url_is_a_one_line_usage_error(tmp_path):
    result = run(["http://exa mple.com:99999/", "--out", str(tmp_path)])
    assert result.exit_code == ExitCode.USAGE
    assert "Traceback" not in result.output
    assert "malformed URL" in result.output


def test_unsafe_and_native_payloads_need_no_browser(tmp_path, monkeypatch):
    monkeypatch.setenv("QRAUDIT_CHROMIUM", str(tmp_path / "no-chromium-here"))  # any launch would fail
    result = run(
        ["javascript:alert(1)", "wxp://f2f0pQx7aVx4Rk7xD4sFyAhMz4Sd", "--out", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code == ExitCode.NO_RESULT, result.output
    verdicts = {r["target"]["payload_kind"]: r["verdict"] for r in reports_in(tmp_path)}
    assert verdicts == {"unsafe": "inconclusive", "wechat-pay": "compliant"}


def test_a_batch_that_needs_pages_and_has_no_browser_is_one_line(tmp_path, monkeypatch):
    missing = tmp_path / "no-chromium-here"
    monkeypatch.setenv("QRAUDIT_CHROMIUM", str(missing))
    result = run(["wxp://f2f0pQx7aVx4Rk7xD4sFyAhMz4Sd", "http://127.0.0.1:9/pay", "--out", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "QRAUDIT_CHROMIUM" in result.output and str(missing) in result.output
    assert "Traceback" not in result.output


def test_unreadable_photo_is_reported_and_other_targets_still_run(tmp_path):
    bad = tmp_path / "broken.jpg"
    bad.write_text("not a picture")
    result = run([str(bad), "wxp://f2f0pQx7aVx4Rk7xD4sFyAhMz4Sd", "--out", str(tmp_path / "out")])
    assert result.exit_code == ExitCode.USAGE
    assert "broken.jpg" in result.output and "Traceback" not in result.output
    assert [r["verdict"] for r in reports_in(tmp_path / "out")] == ["compliant"]


def test_photo_without_code_exits_3(tmp_path):
    from PIL import Image

    blank = tmp_path / "wall.jpg"
    Image.new("RGB", (800, 600), "white").save(blank)
    assert run([str(blank), "--out", str(tmp_path / "out")]).exit_code == ExitCode.NO_RESULT


def test_photo_with_two_codes_gives_two_audits_linked_to_the_photo(site_url, photo_of, tmp_path):
    url = site_url("park-userinfo-302")
    photo = photo_of(url, "wxp://f2f0pQx7aVx4Rk7xD4sFyAhMz4Sd")
    result = run([str(photo), "--out", str(tmp_path / "out"), *FAST])
    assert result.exit_code == ExitCode.VIOLATION, result.output
    reports = {r["target"]["payload_kind"]: r for r in reports_in(tmp_path / "out")}
    assert set(reports) == {"url", "wechat-pay"}
    web = reports["url"]
    assert web["target"]["kind"] == "photo" and web["target"]["exif"]["gps"]["lat"] == pytest.approx(31.2304, abs=1e-3)
    assert web["target"]["exif"]["make"] == "Apple"
    assert web["verdict"] == "violation"
    assert reports["wechat-pay"]["verdict"] == "compliant"
    # the browser is named where a page was opened, and only there (whatever else the batch held)
    assert web["versions"]["browser"] and reports["wechat-pay"]["versions"]["browser"] == ""


def test_resume_skips_finished_audits(site_url, tmp_path):
    url = site_url("park-userinfo-302")
    out = tmp_path / "out"
    assert run([url, "--out", str(out), *FAST]).exit_code == ExitCode.VIOLATION
    first = reports_in(out)[0]["finished_at"]
    again = run([url, "--out", str(out), *FAST, "--resume"])
    assert again.exit_code == ExitCode.VIOLATION  # the skipped audit's verdict still counts
    assert "already complete" in again.output
    assert reports_in(out)[0]["finished_at"] == first


def test_jobs_0_keeps_every_core_busy_within_free_memory():
    from qraudit.cli.audit import MAX_JOBS, default_jobs

    assert default_jobs(cores=2, free_mb=24_000) == 16  # the 2-core machine: 85% of the CPU limit measured there
    assert default_jobs(cores=2, free_mb=1_000) == 3  # memory, not cores, is the bound: no swapping
    assert default_jobs(cores=1, free_mb=100) == 1  # never none
    assert default_jobs(cores=64, free_mb=500_000) == MAX_JOBS  # one browser holds so many contexts


def test_unknown_clock_is_a_one_line_usage_error_before_any_browsing(tmp_path, monkeypatch):
    monkeypatch.setenv("QRAUDIT_CHROMIUM", str(tmp_path / "no-chromium-here"))  # any launch would fail
    result = run(["https://example.com/pay", "--clock", "fast", "--out", str(tmp_path)])
    assert result.exit_code == ExitCode.USAGE and "Traceback" not in result.output
    assert "unknown --clock 'fast'; known: virtual, real" in result.output
    assert not any(tmp_path.iterdir())  # nothing written
