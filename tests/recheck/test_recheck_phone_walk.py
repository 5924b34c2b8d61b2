"""A phone walk is rechecked from the copies of its recordings sealed in the case folder."""

from __future__ import annotations

import json

from qraudit.evidence import verify_folder
from qraudit.exitcodes import ExitCode
from qraudit.recheck import RECHECK_FILE
from tests.phonewalk.recorder import record
from tests.recheck.conftest import folder_bytes, qraudit


def test_a_phone_walk_is_rechecked_from_its_sealed_screenshots(tmp_path):
    walk = record(["bill", "follow-wall"], tmp_path / "walk", title="城东停车")
    out = tmp_path / "reports"
    audit = qraudit("audit", "--walk", str(walk.screenshots[0].parent), "--out", str(out), "--format", "json")
    assert audit.exit_code == ExitCode.VIOLATION, audit.output
    (case,) = [p for p in out.iterdir() if p.is_dir()]
    before = folder_bytes(case)
    for path in walk.screenshots:
        path.unlink()  # the originals are gone: only the sealed copies can be audited again
    result = qraudit("recheck", str(case), "--format", "json", "--format", "html")
    assert result.exit_code == ExitCode.VIOLATION, result.output
    (new,) = [p for p in out.iterdir() if p.name.startswith(case.name + ".recheck-")]
    data = json.loads((new / RECHECK_FILE).read_text(encoding="utf-8"))
    assert data["target_kind"] == "phone-walk" and data["status"] == "still-violating"
    assert data["reused"] == [m["name"] for m in json.loads(before["report.json"])["target"]["walk"]]
    assert [(w["category"], w["status"]) for w in data["walls"]] == [("follow", "still-violating")]
    assert (
        json.loads((new / "report.json").read_text(encoding="utf-8"))["target"]["sha256"]
        == json.loads(before["report.json"])["target"]["sha256"]
    )
    assert folder_bytes(case) == before and verify_folder(case).ok and verify_folder(new).ok
    assert '<section id="recheck">' in (new / "report.html").read_text(encoding="utf-8")
