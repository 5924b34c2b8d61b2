"""Each demanded item judged against the service's row, and what that does to the verdict."""

import pytest

from qraudit.models import Bilingual, Evidence, RuleMatch, ServiceClass, Snapshot, Wall
from qraudit.necessity import NecessityJudge, demanded_items, judge_item
from qraudit.walk.verdict import decide
from qraudit.walk.walker import WalkResult


def service(kind: str, vocab) -> ServiceClass:
    return ServiceClass(kind=kind, name=vocab.necessity.services[kind].name, source="override")


def wall(category: str, rule_ids=(), field_kinds=(), mandatory=True) -> Wall:
    return Wall(
        category=category,
        mandatory=mandatory,
        rule_ids=tuple(rule_ids),
        step=1,
        summary=Bilingual("", ""),
        evidence=Evidence(field_kinds=tuple(field_kinds)),
    )


def test_a_phone_for_parking_is_not_necessary_and_the_row_says_so(vocab):
    j = judge_item("phone", service("parking", vocab), vocab.necessity)
    assert not j.necessary and j.row == "sh-parking"
    assert "上海市商场停车场扫码缴费服务合规指引" in j.citation
    assert "输入车牌号" in j.reason.zh and "phone number" in j.reason.en


@pytest.mark.parametrize("item", ["phone", "address", "name"])
def test_delivery_details_for_takeaway_are_necessary(vocab, item):
    j = judge_item(item, service("takeaway", vocab), vocab.necessity)
    assert j.necessary and j.row == "cac-2021-5-7"
    assert j.citation == "《常见类型移动互联网应用程序必要个人信息范围规定》第五条（七）餐饮外卖类"


@pytest.mark.parametrize("item", ["profile", "follow", "marketing", "id_number"])
def test_profile_follow_marketing_and_id_are_necessary_for_no_service(vocab, item):
    for kind in vocab.necessity.services:
        j = judge_item(item, service(kind, vocab), vocab.necessity)
        assert not j.necessary, (item, kind)
        assert j.row in vocab.necessity.rows  # every judgment cites a row that exists


def test_what_a_wall_demands_comes_from_its_rules_fields_or_category(vocab):
    table = vocab.necessity
    assert demanded_items(wall("login", ["login-phone-sms"], ["sms_code", "phone"]), table) == ("phone",)
    assert demanded_items(wall("login", ["oauth-wechat-userinfo"]), table) == ("profile",)
    assert demanded_items(wall("follow", ["follow-before-pay"]), table) == ("follow",)
    assert demanded_items(wall("login", ["login-required-text"]), table) == ("account",)
    assert set(demanded_items(wall("personal_data", ["pd-name", "pd-address"], ["name", "address"]), table)) == {
        "name",
        "address",
    }


def _dead_end_with(match: RuleMatch) -> WalkResult:
    snaps = [Snapshot(step=1, url="https://shop.example.cn/1", title="")]
    return WalkResult(
        snapshots=snaps, actions=[None], matches=[match], end_reason="dead-end", stuck_steps=[1], step_states=["s1"]
    )


def test_a_login_demanding_only_what_takeaway_needs_is_reported_but_not_a_violation(ruleset):
    match = RuleMatch("login-phone-sms", "login", "high", 1, Evidence(field_kinds=("phone", "sms_code")))
    judge = NecessityJudge(service("takeaway", ruleset.vocabulary), ruleset.vocabulary.necessity)
    d = decide(_dead_end_with(match), ruleset.by_id, judge=judge)
    (only,) = d.walls
    assert only.mandatory and not only.violation
    assert d.verdict == "compliant"
    assert "not a violation" in d.reason and "第五条（七）" in d.reason


def test_the_same_login_at_a_car_park_is_a_violation(ruleset):
    match = RuleMatch("login-phone-sms", "login", "high", 1, Evidence(field_kinds=("phone", "sms_code")))
    judge = NecessityJudge(service("parking", ruleset.vocabulary), ruleset.vocabulary.necessity)
    d = decide(_dead_end_with(match), ruleset.by_id, judge=judge)
    assert d.verdict == "violation" and d.walls[0].violation
    assert [j.item for j in d.walls[0].necessity] == ["phone"]


def test_an_optional_wall_is_never_a_violation(ruleset):
    snaps = [Snapshot(step=i, url=f"https://p.example.cn/{i}", title="") for i in (1, 2)]
    from qraudit.models import Payment

    result = WalkResult(
        snapshots=snaps,
        actions=[None, None],
        matches=[RuleMatch("follow-before-pay", "follow", "high", 1)],
        payment=Payment("bridge:getBrandWCPayRequest", 2),
        end_reason="payment",
        step_states=["a", "b"],
    )
    judge = NecessityJudge(service("parking", ruleset.vocabulary), ruleset.vocabulary.necessity)
    d = decide(result, ruleset.by_id, judge=judge)
    assert d.verdict == "compliant" and not d.walls[0].violation and d.walls[0].necessity
