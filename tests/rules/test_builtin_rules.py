"""The built-in rule set: coverage of the issue's list, and the hard decoys on hand-built snapshots."""

from qraudit.models import Hop, TextBlock
from qraudit.rules import EvalContext
from qraudit.rules.lint import lint
from tests.rules.helpers import box, checkbox, code, control, field, overlay, snap, texts

FOLLOW_CODE = code("http://weixin.qq.com/r/abc", "wechat-follow")


def walls(ruleset, page, ctx=None):
    return {m.rule_id for m in ruleset.evaluate(page, ctx or EvalContext()) if m.severity == "high"}


def test_rule_set_is_lint_clean(builtin):
    assert [p.line() for p in lint(builtin)] == []


def test_every_rule_has_two_fail_and_two_pass_examples(builtin):
    for rule in builtin.rules:
        assert sum(e.expect == "fail" for e in rule.examples) >= 2, rule.id
        assert sum(e.expect == "pass" for e in rule.examples) >= 2, rule.id


def test_issue_coverage(builtin):
    ids = set(builtin.by_id)
    assert {
        "follow-before-pay",
        "follow-qr-in-page",
        "follow-profile-link",
        "follow-check-button",
        "follow-pay-disabled",
        "follow-consent-bundled",
        "follow-code-scanned",
        "login-phone-sms",
        "login-signup-form",
        "login-membership-required",
        "oauth-wechat-userinfo",
        "oauth-alipay-userinfo",
        "pd-phone",
        "pd-name",
        "pd-id-number",
        "pd-birthday",
        "pd-email",
        "pd-address",
        "marketing-consent-required",
        "marketing-prechecked",
        "follow-after-payment",
        "follow-prechecked",
    } <= ids
    assert builtin.by_id["marketing-prechecked"].severity != "high"
    assert builtin.by_id["follow-after-payment"].severity != "high"
    assert builtin.by_id["follow-prechecked"].severity != "high"
    cited = {(ref.law.zh, ref.article) for rule in builtin.rules for ref in rule.legal}
    for article in ("Art. 5", "Art. 6", "Art. 13", "Art. 14", "Art. 16"):
        assert ("《中华人民共和国个人信息保护法》", article) in cited
    for article in ("Art. 9", "Art. 26", "Art. 29"):
        assert ("《中华人民共和国消费者权益保护法》", article) in cited
    assert ("《互联网用户公众账号信息服务管理规定》", "Art. 12") in cited


def test_follow_code_in_a_footer_is_not_a_wall(builtin):
    page = snap(texts=texts("停车费 ¥10", "关注我们"), controls=(control("立即缴费"),), page_codes=(FOLLOW_CODE,))
    assert walls(builtin, page) == set()


def test_follow_code_with_a_condition_is_a_wall(builtin):
    page = snap(texts=texts("扫码关注后才能缴费"), page_codes=(FOLLOW_CODE,))
    assert {"follow-qr-in-page", "follow-before-pay"} <= walls(builtin, page)


def test_optional_phone_field_is_not_a_wall(builtin):
    page = snap(fields=(field(label="手机号（选填）"), field(label="车牌号", ref="f2")))
    assert walls(builtin, page) == set()
    assert walls(builtin, snap(fields=(field(label="手机号"),))) == {"pd-phone"}


def test_follow_prompt_after_payment_is_only_a_finding(builtin):
    page = snap(texts=texts("支付成功", "关注公众号，领取下次停车优惠券"), page_codes=(FOLLOW_CODE,))
    matches = builtin.evaluate(page, EvalContext(after_payment=True))
    assert [(m.rule_id, m.severity) for m in matches] == [("follow-after-payment", "low")]


def test_optional_login_for_points_is_not_a_wall(builtin):
    page = snap(texts=texts("合计 ¥42"), controls=(control("登录享积分", tag="a"), control("去支付", ref="c2")))
    assert walls(builtin, page) == set()


def test_coupon_for_following_with_a_skip_is_a_prompt_not_a_gate(builtin):
    # Only the pop-up rule matches: the walk refuses it, and it is mandatory only if payment then fails.
    page = snap(
        texts=texts("关注公众号，立领5元代金券", in_overlay=True),
        controls=(control("立即关注", in_overlay=True), control("跳过", ref="c2", in_overlay=True)),
        overlays=(overlay("关注公众号，立领5元代金券 立即关注 跳过", closable=True),),
        page_codes=(FOLLOW_CODE,),
    )
    assert walls(builtin, page) == {"follow-prompt-overlay"}


def test_scanned_follow_code_needs_no_page(builtin):
    matches = builtin.evaluate(snap(url="http://weixin.qq.com/r/abc"), EvalContext(payload_kind="wechat-follow"))
    assert [m.rule_id for m in matches] == ["follow-code-scanned"]


def test_oauth_scopes(builtin):
    userinfo = snap(
        redirects=(Hop("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_userinfo", 302),)
    )
    base = snap(
        redirects=(Hop("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_base", 302),)
    )
    alipay = snap(url="https://openauth.alipay.com/oauth2/publicAppAuthorize.htm?app_id=1&scope=auth_user")
    assert walls(builtin, userinfo) == {"oauth-wechat-userinfo"}
    assert walls(builtin, base) == set()
    assert walls(builtin, alipay) == {"oauth-alipay-userinfo"}


def test_bundled_and_prechecked_marketing(builtin):
    bundled = snap(checkboxes=(checkbox("我已阅读并同意《服务协议》并接收营销短信"),))
    prechecked = snap(checkboxes=(checkbox("接收优惠活动短信", checked=True),))
    assert walls(builtin, bundled) == {"marketing-consent-required"}
    assert [m.rule_id for m in builtin.evaluate(prechecked)] == ["marketing-prechecked"]


def test_disabled_pay_next_to_follow_hint(builtin):
    pay = control("立即缴费", enabled=False, box=box(16, 300, 358, 48))
    near = snap(controls=(pay,), texts=(TextBlock("关注公众号后按钮可用", box(16, 260, 300, 20)),))
    assert "follow-pay-disabled" in walls(builtin, near)
    assert walls(builtin, snap(controls=(pay,), texts=texts("请输入车牌号"))) == set()


def test_a_toast_that_vanished_still_counts_and_says_so(builtin):
    toast = TextBlock("请先关注公众号后再下单", None, in_overlay=True, transient=True)
    page = snap(texts=(TextBlock("晨光咖啡 已选 1 杯", box(0, 0, 200, 20)), toast))
    matches = [m for m in builtin.evaluate(page, EvalContext()) if m.rule_id == "follow-before-pay"]
    assert len(matches) == 1 and "shown briefly" in matches[0].evidence.excerpts[0]


def test_a_toast_does_not_complete_a_sentence_split_across_blocks(builtin):
    page = snap(texts=(TextBlock("关注公众号", box(0, 0, 60, 20)), TextBlock("后才能缴费", None, transient=True)))
    assert "follow-before-pay" not in walls(builtin, page)
    joined = snap(texts=(TextBlock("关注公众号", box(0, 0, 60, 20)), TextBlock("后才能缴费", box(60, 0, 90, 20))))
    assert "follow-before-pay" in walls(builtin, joined)
