"""`qraudit campaign complaints DIR`: one package per violating case, and an index that counts them."""

from __future__ import annotations

import json

from qraudit.exitcodes import ExitCode
from tests.complaint.conftest import folder_hashes, run


def test_one_package_per_violating_case_and_the_counts(
    campaign, violating_case, compliant_case, complainant_file, tmp_path
):
    before = {case.name: folder_hashes(case) for case in (violating_case, compliant_case)}
    out = tmp_path / "complaints"
    result = run(
        "campaign",
        "complaints",
        str(campaign),
        "--to",
        "cca",
        "--complainant",
        str(complainant_file),
        "--out",
        str(out),
    )
    assert result.exit_code == ExitCode.OK, result.output
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [f"{violating_case.name}-cca"]
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["counts"] == {"cases": 2, "violating": 1, "written": 1, "skipped": 1, "errors": 0}
    assert index["skipped"] == [
        {"case_id": compliant_case.name, "reason": "skipped: verdict is compliant", "error": False}
    ]
    assert index["packages"][0]["missing"] == ["respondent.address"]
    assert "已生成 1 份" in (out / "index.html").read_text(encoding="utf-8")
    assert "1 violating, 1 package(s) written" in result.output
    assert {case.name: folder_hashes(case) for case in (violating_case, compliant_case)} == before


def test_a_folder_without_campaign_db_is_exit_2(tmp_path):
    result = run("campaign", "complaints", str(tmp_path), "--to", "12315", "--out", str(tmp_path / "out"))
    assert result.exit_code == ExitCode.USAGE and "no campaign.db" in result.output
