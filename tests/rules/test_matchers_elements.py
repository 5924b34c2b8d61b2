"""field, control and checkbox matchers."""

from qraudit.models import TextBlock
from qraudit.rules import EvalContext
from tests.rules.helpers import box, build, checkbox, control, field, snap

NO_CTX = EvalContext()


def test_field_kind_and_optional(tmp_path, vocab):
    demanded = build(tmp_path, "field: {kind: phone, optional: false}", vocab)
    phone = field(label="手机号", box=box(0, 100))
    optional_phone = field(label="手机号（选填）")
    hit = demanded.evaluate(snap(fields=(phone,)), NO_CTX, vocab)
    assert hit is not None and hit.field_kinds == ("phone",) and hit.boxes == (box(0, 100),)
    assert demanded.evaluate(snap(fields=(optional_phone,)), NO_CTX, vocab) is None
    assert demanded.evaluate(snap(fields=(field(label="车牌号"),)), NO_CTX, vocab) is None


def test_field_hidden_fields_do_not_count(tmp_path, vocab):
    node = build(tmp_path, "field: {kind: phone}", vocab)
    assert node.evaluate(snap(fields=(field(label="手机号", visible=False),)), NO_CTX, vocab) is None


def test_field_group(tmp_path, vocab):
    node = build(tmp_path, "field: {group: personal}", vocab)
    hit = node.evaluate(snap(fields=(field(label="车牌号"), field(label="邮箱", ref="f2"))), NO_CTX, vocab)
    assert hit is not None and hit.field_kinds == ("email",)
    assert node.evaluate(snap(fields=(field(label="桌号"),)), NO_CTX, vocab) is None


def test_control_kind_and_state(tmp_path, vocab):
    node = build(tmp_path, "control: {kind: proceed, state: disabled}", vocab)
    assert node.evaluate(snap(controls=(control("立即缴费", enabled=False),)), NO_CTX, vocab) is not None
    assert node.evaluate(snap(controls=(control("立即缴费"),)), NO_CTX, vocab) is None
    assert node.evaluate(snap(controls=(control("暂不关注", enabled=False),)), NO_CTX, vocab) is None


def test_control_covered_state(tmp_path, vocab):
    node = build(tmp_path, "control: {kind: proceed, state: covered}", vocab)
    assert node.evaluate(snap(controls=(control("支付", covered=True),)), NO_CTX, vocab) is not None
    assert node.evaluate(snap(controls=(control("支付"),)), NO_CTX, vocab) is None


def test_control_href_and_text(tmp_path, vocab):
    node = build(tmp_path, "control: {href: 'mp\\.weixin\\.qq\\.com/mp/profile_ext', keywords: [关注]}", vocab)
    link = control("去关注", tag="a", href="https://mp.weixin.qq.com/mp/profile_ext?action=home")
    assert node.evaluate(snap(controls=(link,)), NO_CTX, vocab) is not None
    assert (
        node.evaluate(snap(controls=(control("去关注", tag="a", href="https://example.com/"),)), NO_CTX, vocab) is None
    )


def test_control_near_text_by_distance(tmp_path, vocab):
    node = build(
        tmp_path, "control: {kind: proceed, state: disabled, near: {phrases: follow_words, within: 150}}", vocab
    )
    pay = control("立即缴费", enabled=False, box=box(16, 300, 358, 48))
    close_hint = (TextBlock("关注公众号后可缴费", box(16, 260, 300, 20)),)
    far_hint = (TextBlock("关注我们", box(16, 800, 300, 20)),)
    assert node.evaluate(snap(controls=(pay,), texts=close_hint), NO_CTX, vocab) is not None
    assert node.evaluate(snap(controls=(pay,), texts=far_hint), NO_CTX, vocab) is None


def test_control_in_overlay_scope(tmp_path, vocab):
    node = build(tmp_path, "control: {kind: refuse, where: overlay}", vocab)
    assert node.evaluate(snap(controls=(control("跳过", in_overlay=True),)), NO_CTX, vocab) is not None
    assert node.evaluate(snap(controls=(control("跳过"),)), NO_CTX, vocab) is None


def test_checkbox_bundled_and_defaults(tmp_path, vocab):
    bundled = build(tmp_path, "checkbox: {kind: follow, bundled: true}", vocab)
    assert (
        bundled.evaluate(snap(checkboxes=(checkbox("我已阅读并同意《服务协议》并关注公众号"),)), NO_CTX, vocab)
        is not None
    )
    assert bundled.evaluate(snap(checkboxes=(checkbox("关注公众号"),)), NO_CTX, vocab) is None
    prechecked = build(tmp_path, "checkbox: {kind: marketing, checked_by_default: true}", vocab)
    ticked_later = checkbox("接收营销短信", checked=True, by_default=False)
    assert prechecked.evaluate(snap(checkboxes=(checkbox("接收营销短信", checked=True),)), NO_CTX, vocab) is not None
    assert prechecked.evaluate(snap(checkboxes=(ticked_later,)), NO_CTX, vocab) is None
    assert (
        prechecked.evaluate(snap(checkboxes=(checkbox("我已阅读并同意《用户协议》", checked=True),)), NO_CTX, vocab)
        is None
    )


def test_checkbox_required(tmp_path, vocab):
    node = build(tmp_path, "checkbox: {kind: marketing, required: true}", vocab)
    assert node.evaluate(snap(checkboxes=(checkbox("接收推送", required=True),)), NO_CTX, vocab) is not None
    assert node.evaluate(snap(checkboxes=(checkbox("接收推送"),)), NO_CTX, vocab) is None
