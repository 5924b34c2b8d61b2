from __future__ import annotations

import xml.etree.ElementTree as ET

from qraudit.report import render_batch, write_reports
from tests.report import sample
from tests.report.conftest import check_golden


def test_junit_matches_golden(audit):
    report, snapshots, folder = audit
    text = write_reports(report, folder, ["junit"], lang="en", rules=sample.RULES, snapshots=snapshots)[
        "junit"
    ].read_text(encoding="utf-8")
    check_golden("report.junit.xml", text)


def test_one_testcase_per_audit_and_a_failure_per_mandatory_wall(audit):
    report = audit[0]
    root = ET.fromstring(render_batch([report, sample.compliant(report), sample.inconclusive(report)], "junit"))
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name").split(":")[0] for c in cases] == ["parking-lot-88", "parking-lot-89", "parking-lot-90"]
    violation, compliant, inconclusive = cases
    failures = violation.findall("failure")
    assert [f.get("type") for f in failures] == ["follow"]  # the phone wall is optional: no failure
    assert "Personal Information Protection Law 第十六条" in failures[0].text
    assert compliant.find("failure") is None and compliant.find("error") is None
    assert inconclusive.find("error").get("type") == "inconclusive"
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    assert violation.get("time") == "72.000"


def test_hostile_control_bytes_do_not_break_the_xml(hostile_audit):
    report, _, folder = hostile_audit
    data = write_reports(report, folder, ["junit"])["junit"].read_bytes()
    root = ET.fromstring(data)  # would raise on a raw \x00 or \x1b
    text = root.find("testsuite/testcase/failure").text
    assert "<svg onload=" in text and "\x00" not in text
