import json
from pathlib import Path

import jsonschema
import yaml

from qraudit.rules import MATCHERS, builtin_rules_dir
from qraudit.rules.schema import rule_schema, schema_text

REPO = Path(__file__).resolve().parents[2]


def test_published_schema_is_the_generated_one():
    published = (REPO / "schemas" / "rule.schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), "run: qraudit rules schema > schemas/rule.schema.json"


def test_schema_knows_every_matcher():
    branches = rule_schema()["$defs"]["node"]["oneOf"]
    names = {key for branch in branches for key in branch["required"]}
    assert names == set(MATCHERS) | {"all", "any", "not"}


def test_every_builtin_rule_validates_against_the_editor_schema():
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    files = sorted(builtin_rules_dir().glob("*.yaml"))
    assert files
    for path in files:
        errors = [e.message for e in validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))]
        assert errors == [], path.name


def test_editor_schema_rejects_an_unknown_matcher():
    validator = jsonschema.Draft202012Validator(json.loads(schema_text()))
    rule = yaml.safe_load((builtin_rules_dir() / "pd-email.yaml").read_text(encoding="utf-8"))
    rule["match"] = {"txt": {"keywords": ["x"]}}
    assert list(validator.iter_errors(rule))
