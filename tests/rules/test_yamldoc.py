import pytest

from qraudit.errors import RuleError
from qraudit.rules.yamldoc import load_yaml


def test_lines_of_nested_values(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("a: 1\nmatch:\n  all:\n    - text: {keywords: [x]}\n    - url: {host: h}\n", encoding="utf-8")
    doc = load_yaml(path, "r.yaml")
    assert doc.data["match"]["all"][1] == {"url": {"host": "h"}}
    assert doc.line(("match", "all", 1, "url")) == 5
    assert doc.where(("match", "all", 0, "text", "keywords", 0)) == "r.yaml:4"
    assert doc.line(("no", "such")) == 1  # falls back to the document start


def test_duplicate_keys_are_an_error_with_the_line(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("id: a\ntitle: x\nid: b\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_yaml(path, "r.yaml")
    assert caught.value.location == "r.yaml:3"
    assert "duplicate key 'id'" in caught.value.message


def test_malformed_yaml_names_its_line(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("id: a\nmatch:\n  text: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_yaml(path, "r.yaml")
    assert caught.value.location.startswith("r.yaml:")
    assert "not valid YAML" in caught.value.message
