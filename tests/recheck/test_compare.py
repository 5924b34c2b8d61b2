"""The statuses of recheck.json, from hand-made reports; and the audit options a recheck passes on."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from qraudit.cli.recheck import forwarded, parse_audit_args
from qraudit.models import Bilingual, Evidence, Finding, Report, Target, Versions, Wall
from qraudit.recheck.case import Case
from qraudit.recheck.compare import compare_findings, compare_walls, overall_status
from qraudit.recheck.finish import compare_case
from qraudit.recheck.model import FINDING_STATUSES, OVERALL_STATUSES, WALL_STATUSES, read_recheck, recheck_json

SCHEMA = json.loads((Path(__file__).parents[2] / "schemas" / "recheck.schema.json").read_text(encoding="utf-8"))
BASE = Report(
    case_id="park-example-cn-0123456789ab",
    target=Target(kind="url", source="https://park.example.cn/", payload="https://park.example.cn/"),
    start_url="https://park.example.cn/",
    profile="wechat-ios",
    started_at="2026-11-20T10:00:00Z",
    finished_at="2026-11-20T10:01:00Z",
    versions=Versions("0", "r", "b"),
    verdict="compliant",
    verdict_reason="",
    reached_payment=True,
)


def wall(category: str, mandatory: bool, *rules: str, violation: bool | None = None) -> Wall:
    # As decide() makes them: a mandatory wall is a violation unless the necessity judge allows it.
    return Wall(
        category,
        mandatory,
        rules or (f"{category}-rule",),
        1,
        Bilingual("墙", "wall"),
        Evidence(),
        violation=mandatory if violation is None else violation,
    )


def report(*walls: Wall, findings: tuple[Finding, ...] = (), verdict: str | None = None) -> Report:
    violation = any(w.violation for w in walls)
    return replace(BASE, walls=walls, findings=findings, verdict=verdict or ("violation" if violation else "compliant"))


@pytest.mark.parametrize(
    "old, new, status",
    [
        ([wall("follow", True)], [], "fixed"),
        ([wall("follow", True)], [wall("follow", False)], "fixed"),
        ([wall("follow", True)], [wall("follow", True, "other-rule")], "still-violating"),
        ([], [wall("login", True)], "new"),
        ([], [wall("login", False)], "new"),
        ([wall("login", False)], [], "gone"),
        ([wall("login", False)], [wall("login", False)], "unchanged"),
        ([wall("login", False)], [wall("login", True)], "changed"),
        ([wall("login", False)], [wall("login", False, "login-page")], "changed"),
        # A login that now asks only for what the service needs (a phone for takeaway) is no longer a violation.
        ([wall("login", True)], [wall("login", True, violation=False)], "fixed"),
        ([wall("login", True, violation=False)], [wall("login", True, violation=False)], "unchanged"),
        ([wall("login", True, violation=False)], [wall("login", True)], "changed"),
    ],
)
def test_each_wall_status(old, new, status):
    (change,) = compare_walls(report(*old), report(*new))
    assert change.status == status and status in WALL_STATUSES


def test_walls_of_one_category_count_as_one_and_the_order_is_follow_login_personal_data():
    old = report(
        wall("personal_data", False), wall("follow", False, "a"), wall("follow", True, "b"), wall("login", True)
    )
    changes = compare_walls(old, report())
    assert [(c.category, c.old.state, c.old.rule_ids) for c in changes] == [
        ("follow", "mandatory", ("a", "b")),
        ("login", "mandatory", ("login-rule",)),
        ("personal_data", "optional", ("personal_data-rule",)),
    ]
    assert [c.status for c in changes] == ["fixed", "fixed", "gone"]


def test_findings_by_rule_id():
    finding = Finding(("marketing-prechecked",), "medium", 1, Bilingual("", ""), Evidence())
    other = replace(finding, rule_ids=("follow-prechecked",))
    changes = compare_findings(report(findings=(finding, other)), report(findings=(finding,)))
    assert [(c.rule_id, c.status) for c in changes] == [
        ("follow-prechecked", "fixed"),
        ("marketing-prechecked", "still-present"),
    ]
    assert compare_findings(report(), report(findings=(other,)))[0].status == "new"
    assert all(c.status in FINDING_STATUSES for c in changes)


@pytest.mark.parametrize(
    "old, new, status",
    [
        (report(wall("follow", True)), report(), "fixed"),
        (report(wall("follow", True)), report(wall("login", True)), "still-violating"),
        (report(wall("follow", True)), report(verdict="inconclusive"), "inconclusive"),
        (report(), report(wall("follow", True)), "changed"),
        (report(wall("login", False)), report(wall("login", False)), "unchanged"),
        (report(wall("login", False)), report(), "changed"),
        (report(verdict="inconclusive"), report(), "changed"),
    ],
)
def test_overall_status(old, new, status):
    assert overall_status(old, new, compare_walls(old, new), compare_findings(old, new)) == status
    assert status in OVERALL_STATUSES


def test_recheck_json_matches_its_schema_and_reads_back(tmp_path):
    old = report(wall("follow", True), wall("login", False))
    case_dir = tmp_path / old.case_id
    case_dir.mkdir()
    (case_dir / "manifest.json").write_text("{}", encoding="utf-8")
    recheck = compare_case(
        Case(case_dir, old),
        report(wall("login", True)),
        f"{old.case_id}.recheck-20261121T000000Z",
        True,
        "2026-11-21T00:00:00Z",
    )
    (tmp_path / "recheck.json").write_text(recheck_json(recheck), encoding="utf-8")
    jsonschema.validate(json.loads(recheck_json(recheck)), SCHEMA)
    assert read_recheck(tmp_path / "recheck.json") == recheck
    assert [(w.category, w.status) for w in recheck.walls] == [("follow", "fixed"), ("login", "changed")]
    assert recheck.status == "still-violating" and len(recheck.old.manifest_sha256 or "") == 64


def test_the_audit_options_pass_on_through_the_audit_parser_unchanged():
    argv = [
        "CASE",
        "--allow-host",
        "127.0.0.1",
        "--allow-host",
        "10.0.0.2",
        "--fail-on",
        "any",
        "--format",
        "html",
        "--format",
        "pdf",
        "--dwell",
        "1.5",
        "--profile",
        "alipay-ios",
        "--allow-private-network",
        "--json",
        "--lang",
        "en",
    ]
    parsed, defaults = parse_audit_args(argv)
    again, _ = parse_audit_args(["CASE", *forwarded(parsed, defaults)])
    assert {k: v for k, v in again.items() if k != "as_json"} == {k: v for k, v in parsed.items() if k != "as_json"}
    assert "--json" not in forwarded(parsed, defaults) and "--out" not in forwarded(parsed, defaults)
    assert forwarded(*parse_audit_args(["CASE"])) == [], "defaults are left to the audit command"
