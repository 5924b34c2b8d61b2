from __future__ import annotations

import json

from typer.testing import CliRunner

import qraudit.cli.verify  # noqa: F401  (registers verify and keygen)
from qraudit.cli.app import app
from qraudit.evidence import generate_keypair, seal_audit, verify_folder
from tests.evidence.har import record_har, site
from tests.report import sample

runner = CliRunner()


def test_everything_at_once_signs_stamps_archives_and_verifies(tmp_path, serve, local_tsa):
    folder = tmp_path / "parking-lot-88"
    report, snapshots = sample.build(folder)
    with site() as server:
        record_har(server, folder / "network.har")
    private, public, _ = generate_keypair(tmp_path / "me.key")
    tsa = serve(routes={"/tsa": local_tsa.reply})
    sealed = seal_audit(
        report,
        folder,
        ["json", "html", "sarif", "junit"],
        lang="en",
        rules=sample.RULES,
        snapshots=snapshots,
        sign_key=private,
        tsa_url=tsa.url("/tsa"),
        wacz=True,
    )
    listed = {f["path"] for f in json.loads((folder / "manifest.json").read_text())["files"]}
    assert {"archive.wacz", "report.json", "report.sarif", "report.junit.xml"} <= listed
    assert "report.html" not in listed  # it prints the manifest hash, so it comes after
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert sealed.manifest_sha256 in html and "manifest.sig" in html and "manifest.tsr" in html
    result = verify_folder(folder, pub_key=public, tsa_ca=local_tsa.ca)
    assert result.ok and result.signature_ok and result.timestamp_ok


def test_cli_verify_passes_then_fails_after_tampering(tmp_path):
    folder = tmp_path / "case"
    report, snapshots = sample.build(folder)
    digest = seal_audit(report, folder, ["json", "html"], snapshots=snapshots).manifest_sha256
    ok = runner.invoke(app, ["verify", str(folder)])
    assert (
        ok.exit_code == 0 and f"manifest sha256 {digest}" in ok.output and "OK 12 files" in ok.output
    )  # 4 screenshots, 4 DOMs, HAR, photo, its copy, report.json
    (folder / "step-00.png").write_bytes(b"\x89PNG forged")
    bad = runner.invoke(app, ["verify", str(folder)])
    assert bad.exit_code == 1 and "tampered: step-00.png" in bad.output and "FAILED" in bad.output
    as_json = json.loads(runner.invoke(app, ["verify", str(folder), "--json"]).output)
    assert as_json["ok"] is False and as_json["tampered"] == ["step-00.png"]


def test_cli_keygen_then_verify_with_the_key(tmp_path):
    folder = tmp_path / "case"
    report, snapshots = sample.build(folder)
    made = runner.invoke(app, ["keygen", "--private", str(tmp_path / "k.key")])
    assert made.exit_code == 0 and "fingerprint sha256:" in made.output
    seal_audit(report, folder, ["json"], snapshots=snapshots, sign_key=tmp_path / "k.key")
    checked = runner.invoke(app, ["verify", str(folder), "--pub-key", str(tmp_path / "k.pub")])
    assert checked.exit_code == 0 and "signature OK" in checked.output
    again = runner.invoke(app, ["keygen", "--private", str(tmp_path / "k.key")])
    assert again.exit_code == 2 and "pass --force" in again.output


def test_cli_verify_on_a_bad_path_is_a_usage_error(tmp_path):
    done = runner.invoke(app, ["verify", str(tmp_path / "nope")])
    assert done.exit_code == 2 and "not a folder" in done.output
