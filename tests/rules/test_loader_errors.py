"""Every way a rule folder can be broken gives one RuleError with file:line and a hint."""

import pytest

from qraudit.errors import RuleError
from qraudit.exitcodes import ExitCode
from qraudit.rules import load_ruleset
from tests.rules.helpers import RULE, copy_vocab, write_rule


def load_error(tmp_path, text: str, rule_id: str = "my-rule", pages: bool = True) -> RuleError:
    folder = copy_vocab(tmp_path / "rules")
    write_rule(folder, rule_id, text, pages)
    with pytest.raises(RuleError) as caught:
        load_ruleset(builtin=folder)
    return caught.value


def valid(**changes: str) -> str:
    text = RULE.format(id="my-rule")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def test_a_valid_rule_loads(tmp_path):
    folder = copy_vocab(tmp_path / "rules")
    write_rule(folder)
    ruleset = load_ruleset(builtin=folder)
    assert [r.id for r in ruleset.rules] == ["my-rule"]


def test_unknown_matcher_suggests_the_closest(tmp_path):
    error = load_error(tmp_path, valid(**{"  text: {": "  txt: {"}))
    assert error.one_line() == "rules/my-rule.yaml:8: unknown matcher 'txt' (did you mean 'text'?)"
    assert error.exit_code == ExitCode.USAGE


def test_unknown_matcher_far_from_any_lists_the_known(tmp_path):
    error = load_error(tmp_path, valid(**{"  text: {": "  banana: {"}))
    assert error.hint.startswith("known: text, url, field, control")


def test_bad_regex_points_at_its_line(tmp_path):
    error = load_error(tmp_path, valid(**{"text: {keywords: [先关注]}": "text:\n    regex: '(先关注'"}))
    assert error.location == "rules/my-rule.yaml:9"
    assert "bad regular expression" in error.message


def test_bad_phrase_regex_in_keywords(tmp_path):
    error = load_error(tmp_path, valid(**{"[先关注]": "[ok, 're:[unclosed']"}))
    assert error.location == "rules/my-rule.yaml:8"
    assert "bad regular expression" in error.message


def test_unknown_matcher_parameter(tmp_path):
    error = load_error(tmp_path, valid(**{"{keywords: [先关注]}": "{keyword: [先关注]}"}))
    assert error.message == "unknown key 'keyword'"
    assert error.hint == "did you mean 'keywords'?"


def test_matcher_without_its_needed_parameters(tmp_path):
    error = load_error(tmp_path, valid(**{"{keywords: [先关注]}": "{where: overlay}"}))
    assert error.message == "needs one of: keywords, phrases, regex"


def test_unknown_field_kind(tmp_path):
    error = load_error(tmp_path, valid(**{"text: {keywords: [先关注]}": "field: {kind: phon}"}))
    assert error.message == "unknown field kind 'phon'"
    assert error.hint == "did you mean 'phone'?"


def test_unknown_phrase_list(tmp_path):
    error = load_error(tmp_path, valid(**{"{keywords: [先关注]}": "{phrases: follow_gates}"}))
    assert error.message == "unknown phrase list 'follow_gates'"
    assert error.hint == "did you mean 'follow_gate'?"


def test_bad_severity(tmp_path):
    error = load_error(tmp_path, valid(**{"severity: high": "severity: hihg"}))
    assert error.location == "rules/my-rule.yaml:5"
    assert error.message == "'hihg' is not one of high, medium, low, info"
    assert error.hint == "did you mean 'high'?"


def test_missing_key(tmp_path):
    error = load_error(tmp_path, valid(**{"advice: {zh: 建议, en: Advice}\n": ""}))
    assert error.message == "missing key 'advice'"


def test_missing_translation(tmp_path):
    error = load_error(tmp_path, valid(**{"title: {zh: 标题, en: Title}": "title: {zh: 标题}"}))
    assert error.location == "rules/my-rule.yaml:2"
    assert error.message == "missing key 'en'"


def test_unknown_top_level_key(tmp_path):
    error = load_error(tmp_path, valid(**{"category: follow": "categroy: follow\ncategory: follow"}))
    assert error.message == "unknown key 'categroy'"
    assert error.hint == "did you mean 'category'?"


def test_two_keys_in_one_match_item(tmp_path):
    error = load_error(tmp_path, valid(**{"  text: {keywords: [先关注]}": "  text: {keywords: [a]}\n  url: {host: b}"}))
    assert "exactly one key" in error.message
    assert error.hint == "put several conditions under 'all:' or 'any:'"


def test_id_must_match_the_file_name(tmp_path):
    error = load_error(tmp_path, RULE.format(id="other-id"))
    assert error.location == "rules/my-rule.yaml:1"
    assert error.hint == "rename the file to other-id.yaml"


def test_missing_example_page(tmp_path):
    error = load_error(tmp_path, valid(), pages=False)
    assert error.location == "rules/my-rule.yaml:11"
    assert error.message == "example page not found: rules/examples/my-rule/fail-1.html"


def test_unknown_legal_id(tmp_path):
    error = load_error(tmp_path, valid(**{"[pipl-16]": "[pipl-61]"}))
    assert error.message == "unknown legal id 'pipl-61'"
    assert error.hint == "did you mean 'pipl-6'?"


def test_unknown_example_context_kind(tmp_path):
    error = load_error(
        tmp_path, valid(**{"fail: [fail-1.html]": "fail: [{page: fail-1.html, context: {payload_kind: follow}}]"})
    )
    assert error.message == "unknown payload kind 'follow'"


def test_duplicate_yaml_key(tmp_path):
    error = load_error(tmp_path, valid(**{"severity: high": "severity: high\nseverity: low"}))
    assert error.location == "rules/my-rule.yaml:6"
    assert "duplicate key 'severity'" in error.message


def test_broken_vocabulary_file(tmp_path):
    folder = copy_vocab(tmp_path / "rules")
    (folder / "vocab" / "controls.yaml").write_text("refuse: [跳过]\nrefuze: [暂不]\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_ruleset(builtin=folder)
    assert caught.value.one_line() == "rules/vocab/controls.yaml:2: unknown key 'refuze' (did you mean 'refuse'?)"


def test_unknown_vocabulary_file(tmp_path):
    folder = copy_vocab(tmp_path / "rules")
    (folder / "vocab" / "feilds.yaml").write_text("kinds: {}\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_ruleset(builtin=folder)
    assert caught.value.message == "unknown vocabulary file 'feilds.yaml'"
    assert caught.value.hint == "did you mean 'fields'?"


def test_new_field_kind_needs_a_group(tmp_path):
    extra = tmp_path / "extra"
    (extra / "vocab").mkdir(parents=True)
    (extra / "vocab" / "fields.yaml").write_text("kinds:\n  wechat_id:\n    labels: [微信号]\n", encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_ruleset([extra])
    assert caught.value.message == "field kind 'wechat_id' has no group"
    assert caught.value.location.endswith("extra/vocab/fields.yaml:2")


def test_unknown_disabled_rule(tmp_path):
    with pytest.raises(RuleError) as caught:
        load_ruleset(disabled={"pd-phon"})
    assert caught.value.hint == "did you mean 'pd-phone'?"


def test_missing_extra_folder(tmp_path):
    with pytest.raises(RuleError) as caught:
        load_ruleset([tmp_path / "nope"])
    assert caught.value.message == "rules folder not found"


def test_rules_dir_environment_override(tmp_path, monkeypatch):
    folder = copy_vocab(tmp_path / "elsewhere")
    write_rule(folder)
    monkeypatch.setenv("QRAUDIT_RULES_DIR", str(folder))
    assert [r.id for r in load_ruleset().rules] == ["my-rule"]
    monkeypatch.setenv("QRAUDIT_RULES_DIR", str(tmp_path / "missing"))
    with pytest.raises(RuleError):
        load_ruleset()


@pytest.fixture(autouse=True)
def _run_in_tmp(tmp_path, monkeypatch):
    """Error locations are relative to the working folder, as a user in their checkout would see them."""
    monkeypatch.chdir(tmp_path)
