"""`qraudit recheck CASE_DIR`: real Chromium against a checkout that gets fixed (or not) between the two audits."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import jsonschema
import pytest

from qraudit.campaign import CampaignStore
from qraudit.evidence import verify_folder
from qraudit.exitcodes import ExitCode
from qraudit.recheck import RECHECK_FILE
from tests.recheck.conftest import FAST, folder_bytes, qraudit

SCHEMA = json.loads((Path(__file__).parents[2] / "schemas" / "recheck.schema.json").read_text(encoding="utf-8"))
STAMPED = re.compile(r"^(?P<case>.+)\.recheck-\d{8}T\d{6}Z$")


def recheck_folder(case: Path) -> Path:
    (folder,) = [p for p in case.parent.iterdir() if p.is_dir() and p.name.startswith(case.name + ".recheck-")]
    return folder


def load_recheck(folder: Path) -> dict:
    data = json.loads((folder / RECHECK_FILE).read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    return data


def test_a_fixed_checkout_rechecks_as_fixed_beside_the_untouched_case(fixed_scenario):
    s = fixed_scenario
    assert s.audit_exit == ExitCode.VIOLATION
    assert s.recheck_exit == ExitCode.OK, s.recheck_output
    new = recheck_folder(s.case)
    assert STAMPED.match(new.name).group("case") == s.case.name and new.parent == s.case.parent
    assert not list(s.campaign.glob("*.partial")), "the staging folder is gone"
    data = load_recheck(new)
    assert data["status"] == "fixed"
    assert [(w["category"], w["status"], w["old"]["state"]) for w in data["walls"]] == [
        ("follow", "fixed", "mandatory")
    ]
    assert data["old"]["verdict"] == "violation" and data["new"]["verdict"] == "compliant"
    assert data["old"]["folder"] == s.case.name and data["new"]["folder"] == new.name
    assert data["old"]["verified"] is True and data["target_kind"] == "photo" and data["reused"] == ["photo.jpg"]
    assert f"fixed {s.case.name}: violation → compliant (follow fixed)" in s.recheck_output
    # the old folder is byte-identical and still verifies; the new one verifies with recheck.json sealed in it
    assert folder_bytes(s.case) == s.before
    assert verify_folder(s.case).ok
    assert verify_folder(new).ok
    manifest = json.loads((new / "manifest.json").read_text(encoding="utf-8"))
    assert RECHECK_FILE in {f["path"] for f in manifest["files"]}
    # the sealed photo was audited again: same bytes, same EXIF time and place in the new report
    assert (new / "photo.jpg").read_bytes() == s.before["photo.jpg"]
    old_report = json.loads(s.before["report.json"])
    new_report = json.loads((new / "report.json").read_text(encoding="utf-8"))
    assert new_report["case_id"] == old_report["case_id"]
    assert new_report["target"]["exif"] == old_report["target"]["exif"]
    html = (new / "report.html").read_text(encoding="utf-8")
    section = html[html.index('<section id="recheck">') :]
    section = section[: section.index("</section>")]
    assert "<h2>复查</h2>" in section and "已整改" in section and "follow-before-pay" in section
    assert old_report["case_id"] in section
    assert '<section id="recheck">' not in s.before["report.html"].decode("utf-8")


def test_the_campaign_summary_shows_the_recheck_and_the_store_is_untouched(fixed_scenario, tmp_path):
    s = fixed_scenario
    with CampaignStore.open(s.campaign, create=False) as store:
        assert [r.case_id for r in store.audits()] == [s.case.name], "a recheck is not a second case"
        assert store.adopt_finished() == [], "nor is it adopted as one by --resume"
    result = qraudit("campaign", "summary", str(s.campaign), "--lang", "en")
    assert result.exit_code == 0, result.output
    new = recheck_folder(s.case)
    with (s.campaign / "summary.csv").open(encoding="utf-8-sig") as handle:
        (row,) = list(csv.DictReader(handle))
    assert (row["case_id"], row["verdict"], row["recheck_status"], row["recheck_verdict"]) == (
        s.case.name,
        "violation",
        "fixed",
        "compliant",
    )
    assert row["recheck_report"] == f"./{new.name}/report.html"
    (feature,) = json.loads((s.campaign / "summary.geojson").read_text(encoding="utf-8"))["features"]
    assert feature["properties"]["case_ids"] == [s.case.name] and feature["properties"]["rechecks"] == ["fixed"]
    index = (s.campaign / "index.html").read_text(encoding="utf-8")
    assert "<th>Re-check</th>" in index
    assert f'<a class="rc rc-fixed" href="./{new.name}/report.html">fixed</a>' in index


def test_an_unchanged_checkout_is_still_violating_and_exits_1(switch_site, tmp_path):
    out = tmp_path / "reports"
    assert (
        qraudit("audit", switch_site.url, "--out", str(out), "--allow-host", "127.0.0.1", *FAST).exit_code
        == ExitCode.VIOLATION
    )
    (case,) = [p for p in out.iterdir() if p.is_dir()]
    before = folder_bytes(case)
    result = qraudit("recheck", str(case), "--allow-host", "127.0.0.1", "--lang", "en", "--json", *FAST)
    assert result.exit_code == ExitCode.VIOLATION, result.output
    new = recheck_folder(case)
    data = load_recheck(new)
    assert json.loads(result.stdout) == data, "--json prints recheck.json"
    assert data["status"] == "still-violating" and data["target_kind"] == "url"
    assert [(w["category"], w["status"]) for w in data["walls"]] == [("follow", "still-violating")]
    assert folder_bytes(case) == before and verify_folder(case).ok and verify_folder(new).ok
    html = (new / "report.html").read_text(encoding="utf-8")
    assert "<h2>Re-check</h2>" in html and "still violating" in html
    # --fail-on never keeps exit 0 on a violation, as for `audit`
    again = qraudit("recheck", str(case), "--allow-host", "127.0.0.1", "--fail-on", "never", *FAST)
    assert again.exit_code == ExitCode.OK, again.output
    assert len([p for p in out.iterdir() if p.name.startswith(case.name + ".recheck-")]) == 2, (
        "two rechecks never collide"
    )
    # the site gone: the re-audit cannot say, and neither can the recheck
    switch_site.stop()
    gone = qraudit("recheck", str(case), "--allow-host", "127.0.0.1", "--json", *FAST)
    assert gone.exit_code == ExitCode.NO_RESULT, gone.output
    assert json.loads(gone.stdout)["status"] == "inconclusive"


def _not_json(tmp_path: Path) -> Path:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "report.json").write_text("{not json", encoding="utf-8")
    (folder / "manifest.json").write_text("{}", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "make, says",
    [
        (lambda tmp: tmp / "missing", "no such folder"),
        (lambda tmp: (tmp / "file.txt").write_text("x") and tmp / "file.txt", "not a folder"),
        (lambda tmp: tmp, "not an audit folder"),
        (_not_json, "not JSON"),
    ],
)
def test_a_bad_case_dir_is_one_line_and_exit_2(tmp_path, make, says):
    result = qraudit("recheck", str(make(tmp_path)), "--allow-private-network")
    assert result.exit_code == ExitCode.USAGE, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and says in lines[0], result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args, says",
    [
        ([], "name one case folder"),
        (["--out", "x"], "--out does not apply"),
        (["--resume"], "--resume does not apply"),
        (["--jobs", "many"], "--jobs"),
    ],
)
def test_options_a_recheck_cannot_take_are_one_line_and_exit_2(tmp_path, args, says):
    case = [str(tmp_path)] if args else []
    result = qraudit("recheck", *case, *args)
    assert result.exit_code == ExitCode.USAGE and says in result.output, result.output
