"""`qraudit rules …` through the real Typer app; `rules test` runs real Chromium on 127.0.0.1."""

import json

import pytest
from typer.testing import CliRunner

import qraudit.cli.rules  # noqa: F401  (registers the commands)
from qraudit.cli.app import app
from tests.rules.helpers import RULE, write_rule

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_list(builtin):
    result = run("rules", "list", "--lang", "en")
    assert result.exit_code == 0
    assert "follow-before-pay" in result.output and "marketing-prechecked" in result.output
    assert f"{len(builtin.rules)} rules, hash {builtin.hash[:12]}" in result.output


def test_list_json_with_disabled_rule(builtin):
    result = run("rules", "list", "--json", "--disable-rule", "pd-email")
    assert result.exit_code == 0
    data = json.loads(result.output)
    ids = [row["id"] for row in data["rules"]]
    assert "pd-email" not in ids and "pd-phone" in ids
    assert len(ids) == len(builtin.rules) - 1


def test_bad_language_is_a_usage_error():
    result = run("rules", "list", "--lang", "fr")
    assert result.exit_code == 2
    assert "unknown language 'fr'" in result.output


def test_broken_rule_file_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_rule(tmp_path / "mine", "my-rule", RULE.format(id="my-rule").replace("  text: {", "  txt: {"))
    result = run("rules", "list", "--rules", "mine")
    assert result.exit_code == 2
    assert "mine/my-rule.yaml:8: unknown matcher 'txt' (did you mean 'text'?)" in result.output
    assert "Traceback" not in result.output


def test_lint_clean_and_with_problems(tmp_path):
    assert run("rules", "lint").exit_code == 0
    write_rule(tmp_path, "my-rule")  # one fail and one pass example only
    result = run("rules", "lint", "--rules", str(tmp_path))
    assert result.exit_code == 1
    assert "only 1 fail example(s); write at least 2" in result.output


def test_schema_command_prints_json():
    result = run("rules", "schema")
    assert result.exit_code == 0
    assert json.loads(result.output)["title"] == "qraudit rule"


def test_rules_test_on_a_folder_passes_and_fails(tmp_path):
    write_rule(tmp_path, "my-rule")
    result = run("rules", "test", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "2 examples of 1 rules: 2 ok, 0 failed" in result.output
    # A pass page that shows the wall must fail the run.
    (tmp_path / "examples" / "my-rule" / "pass-1.html").write_text(
        "<meta charset=utf-8><p>请先关注</p>", encoding="utf-8"
    )
    result = run("rules", "test", str(tmp_path))
    assert result.exit_code == 1
    assert "FAILED: matched" in result.output


def test_rules_test_unknown_rule_id():
    result = run("rules", "test", "--rule", "pd-phon")
    assert result.exit_code == 2
    assert "did you mean 'pd-phone'?" in result.output


@pytest.mark.timeout(600)
def test_every_builtin_example_passes_in_chromium(builtin):
    """The proof of the rule set: `qraudit rules test` over all built-in examples."""
    result = run("rules", "test")
    examples = sum(len(r.examples) for r in builtin.rules)
    assert result.exit_code == 0, result.output
    assert f"{examples} examples of {len(builtin.rules)} rules: {examples} ok, 0 failed" in result.output


def test_lint_flags_a_phrase_list_nothing_uses_with_its_line(tmp_path):
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "phrases.yaml").write_text(
        "# mine\nfollow_gate:\n  - 关注后付款\nnobody_reads_me:\n  - 某句话\n", encoding="utf-8"
    )
    result = run("rules", "lint", "--rules", str(tmp_path))
    assert result.exit_code == 1
    assert "phrases.yaml:4: phrase list 'nobody_reads_me' is named by no rule and read by no code" in result.output
    assert "follow_gate" not in result.output  # named by the built-in follow rules


def test_the_code_reads_only_the_phrase_lists_it_declares():
    import re
    from pathlib import Path

    import qraudit
    from qraudit.pipeline import OPEN_ELSEWHERE
    from qraudit.rules.vocab import CODE_PHRASE_LISTS

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(qraudit.__file__).parent.rglob("*.py"))
    read = set(re.findall(r'phrases\["(\w+)"\]', source)) | {name for name, _ in OPEN_ELSEWHERE}
    assert read and read <= CODE_PHRASE_LISTS


def test_lint_fails_on_a_legal_quote_without_its_version_or_source(tmp_path):
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "legal.yaml").write_text(
        "# a volunteer's draft\n"
        "ecl-17:\n"
        "  law: {zh: 《中华人民共和国电子商务法》, en: E-Commerce Law of the PRC}\n"
        "  article: Art. 17\n"
        "  quote: {zh: 电子商务经营者应当全面、真实、准确、及时地披露商品或者服务信息。,\n"
        "          en: E-commerce operators shall disclose information fully.}\n"
        "  source: 中国人大网\n",
        encoding="utf-8",
    )
    result = run("rules", "lint", "--rules", str(tmp_path))
    assert result.exit_code == 1
    assert "legal.yaml:2: legal entry 'ecl-17' has no version" in result.output
    assert "has no source" not in result.output
    assert "pipl-" not in result.output  # every built-in entry has both


def test_every_builtin_legal_quote_names_its_version_and_source(vocab):
    for key, ref in vocab.legal.items():
        assert ref.version and ref.source, key
    pais = vocab.legal["pais-12"]
    assert "不得以任何方式强制用户订阅关注其他用户公众账号" in pais.quote.zh and "2021-02-22" in pais.version
    assert "要旨" not in pais.quote.zh and "Summary" not in pais.quote.en


def test_lint_flags_a_necessity_item_naming_a_rule_that_does_not_exist(tmp_path):
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "necessity.yaml").write_text(
        "items:\n  phone:\n    rules: [pd-phone, pd-fone]\n", encoding="utf-8"
    )
    result = run("rules", "lint", "--rules", str(tmp_path))
    assert result.exit_code == 1
    assert "necessity.yaml:3: necessity item 'phone' names rule 'pd-fone', which does not exist" in result.output
    assert "'pd-phone'" not in result.output
