from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from qraudit.errors import InputError
from qraudit.models.categories import WALL_CATEGORIES
from qraudit.models.kinds import SEVERITIES, VERDICTS
from qraudit.models.schema import report_schema, schema_text
from qraudit.report import read_report, report_json, write_reports
from tests.report import sample
from tests.report.conftest import check_golden

SCHEMA = json.loads((Path(__file__).parents[2] / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_report_json_is_valid_sorted_and_matches_golden(audit):
    report, snapshots, folder = audit
    paths = write_reports(report, folder, ["json"], rules=sample.RULES, snapshots=snapshots)
    text = paths["json"].read_text(encoding="utf-8")
    data = json.loads(text)
    VALIDATOR.validate(data)
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert "城西停车场" in text  # Chinese stays readable, not \u-escaped
    check_golden("report.json", text)


@pytest.mark.parametrize("variant", [sample.compliant, sample.inconclusive])
def test_other_verdicts_validate(audit, variant):
    VALIDATOR.validate(json.loads(report_json(variant(audit[0]))))


def test_schema_rejects_what_is_not_a_report(audit):
    data = json.loads(report_json(audit[0]))
    for broken in (
        {k: v for k, v in data.items() if k != "verdict"},
        {**data, "verdict": "maybe"},
        {**data, "started_at": "11/03/2026"},
        {**data, "walls": [{**data["walls"][0], "mandatory": "yes"}]},
        {**data, "surprise": 1},
    ):
        assert not VALIDATOR.is_valid(broken)


def test_published_schema_is_the_one_generated_from_the_models():
    """A field, a Literal or a constraint changed in qraudit.models without the schema fails here."""
    published = (Path(__file__).parents[2] / "schemas" / "report.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(report_schema()), "run: qraudit schema report > schemas/report.schema.json"


def test_schema_closes_every_model_and_enumerates_the_closed_sets():
    assert SCHEMA["additionalProperties"] is False and set(SCHEMA["required"]) == set(SCHEMA["properties"])
    assert SCHEMA["properties"]["verdict"]["enum"] == list(VERDICTS)
    assert SCHEMA["$defs"]["Wall"]["properties"]["category"]["enum"] == list(WALL_CATEGORIES)
    assert SCHEMA["$defs"]["Finding"]["properties"]["severity"]["enum"] == list(SEVERITIES)
    assert "observed" in SCHEMA["$defs"]["Action"]["properties"]["kind"]["enum"]
    for name, node in SCHEMA["$defs"].items():
        assert node["additionalProperties"] is False and set(node["required"]) == set(node["properties"]), name


def test_a_report_with_a_walk_reason_no_walker_gives_is_rejected(audit):
    data = json.loads(report_json(audit[0]))
    step = next(s for s in data["steps"] if s["action"])
    assert VALIDATOR.is_valid(data)
    step["action"]["reason"] = "guess"
    assert not VALIDATOR.is_valid(data)


def test_read_report_round_trips(audit):
    report = audit[0]
    path = write_reports(report, audit[2], ["json"])["json"]
    assert read_report(path) == report


def test_read_report_names_the_bad_file(tmp_path):
    bad = tmp_path / "report.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_report(bad)
    assert str(bad) in err.value.one_line()
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="not a qraudit report"):
        read_report(bad)


def test_hostile_text_survives_json_unchanged(hostile_audit):
    report, _, folder = hostile_audit
    data = json.loads(write_reports(report, folder, ["json"])["json"].read_text(encoding="utf-8"))
    VALIDATOR.validate(data)
    assert data["steps"][0]["title"] == sample.HOSTILE_TITLE
    assert read_report(folder / "report.json").walls[1].evidence.excerpts[0] == sample.HOSTILE_TEXT


def test_a_report_written_before_necessity_reads_back_with_its_mandatory_walls_as_violations(audit, tmp_path):
    data = json.loads(report_json(audit[0]))
    for wall in data["walls"]:
        del wall["violation"], wall["necessity"]
    old = tmp_path / "report.json"
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    walls = read_report(old).walls
    assert [(w.mandatory, w.violation) for w in walls] == [(w["mandatory"], w["mandatory"]) for w in data["walls"]]
    assert any(w.violation for w in walls) and not all(w.violation for w in walls)
