from qraudit.models import Evidence, FormField
from qraudit.rules import EvalContext, load_ruleset
from tests.rules.helpers import RULE, box, snap, texts, write_rule


def test_evaluate_gives_rule_matches_with_evidence(builtin):
    page = snap(
        step=3,
        url="http://127.0.0.1/pay",
        screenshot="step-03.png",
        fields=(FormField("f1", "input", label="手机号", box=box(0, 200)),),
    )
    matches = builtin.evaluate(page, EvalContext())
    assert [m.rule_id for m in matches] == ["pd-phone"]
    match = matches[0]
    assert (match.category, match.severity, match.step) == ("personal_data", "high", 3)
    assert match.evidence == Evidence(
        excerpts=("phone field: 手机号",),
        boxes=(box(0, 200),),
        screenshot="step-03.png",
        url="http://127.0.0.1/pay",
        field_kinds=("phone",),
    )


def test_evaluate_without_context(builtin):
    assert builtin.evaluate(snap(texts=texts("欢迎光临"))) == []


def test_by_id_and_rule_fields(builtin):
    rule = builtin.by_id["follow-before-pay"]
    assert rule.title.zh and rule.title.en
    assert {ref.article for ref in rule.legal} >= {"Art. 9", "Art. 16"}
    assert rule.examples_dir.name == "follow-before-pay"


def test_extra_folder_overrides_a_builtin_rule(tmp_path, builtin):
    text = RULE.format(id="pd-phone").replace("severity: high", "severity: low")
    write_rule(tmp_path, "pd-phone", text)
    ruleset = load_ruleset([tmp_path])
    assert ruleset.by_id["pd-phone"].severity == "low"
    assert ruleset.by_id["pd-phone"].source == tmp_path / "pd-phone.yaml"
    assert len(ruleset.rules) == len(builtin.rules)
    assert ruleset.hash != builtin.hash


def test_extra_folder_adds_a_rule(tmp_path, builtin):
    write_rule(tmp_path, "my-rule")
    ruleset = load_ruleset([tmp_path])
    assert len(ruleset.rules) == len(builtin.rules) + 1
    assert ruleset.evaluate(snap(texts=texts("请先关注")))[0].rule_id in ("follow-before-pay", "my-rule")


def test_disabled_rules_are_dropped_and_change_the_hash(builtin):
    ruleset = load_ruleset(disabled={"pd-phone"})
    assert "pd-phone" not in ruleset.by_id
    assert ruleset.hash != builtin.hash
    assert ruleset.evaluate(snap(fields=(FormField("f1", "input", label="手机号"),))) == []


def test_hash_is_stable_and_follows_the_files(tmp_path, builtin):
    assert load_ruleset().hash == builtin.hash
    path = write_rule(tmp_path, "my-rule")
    first = load_ruleset([tmp_path]).hash
    path.write_text(path.read_text(encoding="utf-8").replace("标题", "新标题"), encoding="utf-8")
    assert load_ruleset([tmp_path]).hash != first
