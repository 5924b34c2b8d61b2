from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from qraudit.errors import InputError
from qraudit.report import render_batch, write_reports
from tests.report import sample
from tests.report.conftest import check_golden

SARIF_SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _valid(log: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_is_valid_and_matches_golden(audit):
    report, snapshots, folder = audit
    text = write_reports(report, folder, ["sarif"], lang="en", rules=sample.RULES, snapshots=snapshots)[
        "sarif"
    ].read_text(encoding="utf-8")
    log = json.loads(text)
    _valid(log)
    check_golden("report.sarif", text)


def test_one_descriptor_per_rule_and_one_result_per_wall(audit):
    report = audit[0]
    log = json.loads(render_batch([report], "sarif", rules=sample.RULES))
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == sorted(sample.RULES)
    results = run["results"]
    assert len(results) == len(report.walls) + len(report.findings)
    for result in results:
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == sample.SHORT_URL
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["follow.overlay-qr"]["level"] == "error"  # severity high
    assert by_rule["follow.overlay-qr"]["properties"]["mandatory"] is True
    assert by_rule["personal.phone-required"]["properties"]["mandatory"] is False
    assert by_rule["consent.pre-ticked-marketing"]["level"] == "warning"  # severity medium
    follow = run["tool"]["driver"]["rules"][ids.index("follow.overlay-qr")]
    assert "may not refuse to provide products or services" in follow["help"]["text"]  # the law, quoted
    assert "Personal Information Protection Law 第十六条" in follow["properties"]["tags"]


def test_rules_without_metadata_still_get_a_descriptor(audit):
    log = json.loads(render_batch([audit[0]], "sarif"))
    _valid(log)
    descriptors = log["runs"][0]["tool"]["driver"]["rules"]
    assert [d["id"] for d in descriptors] == sorted(sample.RULES)
    follow = next(d for d in descriptors if d["id"] == "follow.overlay-qr")
    assert follow["properties"]["legal"][0]["article"] == "第十六条"


def test_batch_of_audits_is_one_valid_run(audit):
    report = audit[0]
    batch = [report, sample.compliant(report), sample.inconclusive(report)]
    text = render_batch(batch, "sarif", rules=sample.RULES)
    log = json.loads(text)
    _valid(log)
    run = log["runs"][0]
    assert [i["properties"]["case_id"] for i in run["invocations"]] == [
        "parking-lot-88",
        "parking-lot-89",
        "parking-lot-90",
    ]
    assert len(run["results"]) == 3 + 3 + 0
    fingerprints = [r["partialFingerprints"]["qraudit/v1"] for r in run["results"]]
    assert fingerprints[:3] == fingerprints[3:]  # same lot, same walls: GitHub sees the same alerts
    assert render_batch(batch, "sarif", rules=sample.RULES) == text  # deterministic


def test_chinese_sarif_is_valid(audit):
    log = json.loads(render_batch([audit[0]], "sarif", lang="zh", rules=sample.RULES))
    _valid(log)
    assert "必须关注公众号才能付款" in json.dumps(log, ensure_ascii=False)


def test_hostile_text_stays_data_in_sarif(hostile_audit):
    report, snapshots, folder = hostile_audit
    log = json.loads(write_reports(report, folder, ["sarif"], rules=sample.RULES)["sarif"].read_text(encoding="utf-8"))
    _valid(log)
    follow = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "follow.overlay-qr")
    assert follow["properties"]["excerpts"][0] == " ".join(sample.HOSTILE_TEXT.split())


def test_render_batch_refuses_single_audit_formats(audit):
    with pytest.raises(InputError) as err:
        render_batch([audit[0]], "html")
    assert "batch formats: sarif, junit" in err.value.one_line()
    with pytest.raises(InputError) as err:
        render_batch([audit[0]], "xml")
    assert "known formats: json, html, pdf, sarif, junit" in err.value.one_line()


def test_artifact_uri_is_a_valid_uri_even_for_chinese_paths(audit):
    from dataclasses import replace

    report = replace(audit[0], start_url="https://park.example.cn/缴费 页?lot=88")
    log = json.loads(render_batch([report], "sarif"))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "https://park.example.cn/%E7%BC%B4%E8%B4%B9%20%E9%A1%B5?lot=88"


def test_descriptors_from_the_shipped_ruleset_are_valid(audit):
    from qraudit.rules import load_ruleset

    ruleset = load_ruleset()
    log = json.loads(render_batch([audit[0]], "sarif", rules=ruleset.by_id))
    _valid(log)
    ids = {d["id"] for d in log["runs"][0]["tool"]["driver"]["rules"]}
    assert set(ruleset.by_id) <= ids
    with_law = [
        d
        for d in log["runs"][0]["tool"]["driver"]["rules"]
        if d["id"] in ruleset.by_id and ruleset.by_id[d["id"]].legal
    ]
    assert with_law and all(d["properties"]["legal"] and d["help"]["markdown"].count("> ") >= 1 for d in with_law)
