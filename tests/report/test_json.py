from __future__ import annotations

import dataclasses
import json
import typing
from pathlib import Path

import jsonschema
import pytest

from qraudit import models
from qraudit.errors import InputError
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


def _reachable(cls, seen):
    if cls.__name__ in seen:
        return
    seen[cls.__name__] = cls
    for hint in typing.get_type_hints(cls).values():
        for arg in [hint, *typing.get_args(hint), *(a for h in typing.get_args(hint) for a in typing.get_args(h))]:
            if dataclasses.is_dataclass(arg):
                _reachable(arg, seen)


def test_schema_names_exactly_the_fields_of_the_models():
    """A field added to qraudit.models without the schema (or the reverse) fails here, not in a user's CI."""
    seen: dict = {}
    _reachable(models.Report, seen)
    for name, cls in seen.items():
        node = SCHEMA if name == "Report" else SCHEMA["$defs"][name]
        fields = {f.name for f in dataclasses.fields(cls)}
        assert set(node["properties"]) == fields, name
        assert set(node["required"]) == fields, name


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
