"""A phone walk is an audit like any other: recorded in campaign.db, skipped by --resume, signed, stamped, in
English."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import qraudit.cli.campaign  # noqa: F401  (registers `campaign`)
from qraudit.campaign import CampaignStore
from qraudit.cli import app
from qraudit.evidence import generate_keypair, verify_folder
from qraudit.exitcodes import ExitCode
from tests.evidence.tsa import LocalTSA


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def local_tsa(tmp_path_factory) -> LocalTSA:
    return LocalTSA(tmp_path_factory.mktemp("tsa"))


def test_a_walk_lands_in_campaign_db_and_resume_skips_the_same_files(phone_walks, tmp_path):
    walk = str(phone_walks["mandatory-follow"].video)
    first = run("audit", "--walk", walk, "--out", str(tmp_path), "--format", "json")
    assert first.exit_code == ExitCode.VIOLATION, first.output
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    with CampaignStore.open(tmp_path, create=False) as store:
        (record,) = store.audits()
        assert record.case_id == folder.name and record.report.target.kind == "phone-walk"
        assert store.count("photos") == 0  # a recording is not a photo of a sign
    sealed = (folder / "manifest.json").read_bytes()

    again = run("audit", "--walk", walk, "--out", str(tmp_path), "--format", "json", "--resume", "--json")
    assert again.exit_code == ExitCode.VIOLATION, again.output  # the exit code of the audit it skipped
    assert "already audited" in again.output
    assert (folder / "manifest.json").read_bytes() == sealed
    assert json.loads(again.stdout[again.stdout.index("[") :])[0]["case_id"] == folder.name

    other = run("audit", "--walk", str(phone_walks["cashier-reached"].video), "--out", str(tmp_path), "--resume")
    assert other.exit_code == ExitCode.OK, other.output  # other files: a new case, audited
    summary = run("campaign", "summary", str(tmp_path), "--format", "csv")
    assert summary.exit_code == 0, summary.output
    rows = (tmp_path / "summary.csv").read_text(encoding="utf-8")
    assert folder.name in rows and rows.count("phone-walk-") >= 2


def test_resume_does_not_take_a_browser_audit_of_the_same_code_for_the_walk(phone_walks, tmp_path):
    url = "https://park.example.cn/pay?lot=9"
    run("audit", url, "--walk", str(phone_walks["no-checkout"].video), "--out", str(tmp_path), "--format", "json")
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    # the same case id, walked again from other files: the earlier audit is not these files', so it is redone
    result = run(
        "audit",
        url,
        "--walk",
        str(phone_walks["login-wall"].video),
        "--out",
        str(tmp_path),
        "--resume",
        "--format",
        "json",
    )
    assert result.exit_code == ExitCode.VIOLATION, result.output
    assert "already audited" not in result.output
    assert json.loads((folder / "report.json").read_text(encoding="utf-8"))["verdict"] == "violation"


def test_a_signed_stamped_english_walk_verifies(phone_walks, tmp_path, serve, local_tsa):
    private, public, _ = generate_keypair(tmp_path / "me.key")
    tsa = serve(routes={"/tsa": local_tsa.reply})
    result = run(
        "audit",
        "--walk",
        str(phone_walks["optional-follow-then-paid"].screenshots[0].parent),
        "--out",
        str(tmp_path / "out"),
        "--sign-key",
        str(private),
        "--tsa",
        tsa.url("/tsa"),
        "--lang",
        "en",
        "--format",
        "json",
        "--format",
        "html",
        "--format",
        "sarif",
        "--format",
        "junit",
    )
    assert result.exit_code == ExitCode.OK, result.output
    (folder,) = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    checked = verify_folder(folder, pub_key=public, tsa_ca=local_tsa.ca)
    assert checked.ok and checked.signature_ok and checked.timestamp_ok, checked.messages
    listed = {f["path"] for f in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]}
    assert {"report.sarif", "report.junit.xml"} <= listed and any(p.startswith("walk/") for p in listed)
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert 'lang="en"' in html and "phone" in html.lower()


def test_a_killed_walk_leaves_only_a_partial_folder_that_resume_clears(phone_walks, tmp_path):
    from qraudit.phone_pipeline import plan_phone_walk

    walk = phone_walks["login-wall"].video
    leftover = tmp_path / f"{plan_phone_walk([walk]).case_id}.partial"  # what a kill -9 mid-OCR leaves
    (leftover / "walk").mkdir(parents=True)
    result = run("audit", "--walk", str(walk), "--out", str(tmp_path), "--resume", "--format", "json")
    assert result.exit_code == ExitCode.VIOLATION, result.output
    assert not leftover.exists() and (tmp_path / leftover.name.removesuffix(".partial") / "report.json").is_file()
