import re

import pytest

from qraudit.rules import load_ruleset
from tests.rules.helpers import field


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("暂不关注", "refuse"),
        ("跳过", "refuse"),
        ("以后再说", "refuse"),
        ("×", "refuse"),
        ("不关注，直接支付", "refuse"),
        ("游客下单", "refuse"),
        ("Continue as guest", "refuse"),
        ("No thanks", "refuse"),
        ("取消", "refuse"),
        ("关注后支付", "comply"),
        ("同意并支付", "comply"),
        ("登录并缴费", "comply"),
        ("我已关注", "comply"),
        ("Sign in to continue", "comply"),
        ("Follow", "comply"),
        ("立即支付", "proceed"),
        ("去 结 算", "proceed"),
        ("下一步", "proceed"),
        ("Place order", "proceed"),
        ("Pay", "proceed"),
        ("取消订单", None),
        ("PayPal", None),
        ("宫保鸡丁", None),
        ("", None),
    ],
)
def test_control_kind(vocab, text, kind):
    assert vocab.control_kind(text) == kind


def test_long_clickable_cards_are_not_controls(vocab):
    card = "本店招牌菜，每日新鲜食材，欢迎品尝。点击查看详情与评价，支付宝微信均可付款，" * 2
    assert vocab.control_kind(card) is None


@pytest.mark.parametrize(
    ("kwargs", "kind"),
    [
        ({"label": "手机号"}, "phone"),
        ({"label": "短信验证码"}, "sms_code"),
        ({"label": "手机验证码"}, "sms_code"),
        ({"name": "mobile"}, "phone"),
        ({"autocomplete": "tel"}, "phone"),
        ({"type": "tel"}, "phone"),
        ({"label": "验证码", "type": "tel"}, "sms_code"),  # the label beats the input type
        ({"placeholder": "请输入车牌号"}, "plate"),
        ({"label": "桌号"}, "table"),
        ({"label": "付款金额"}, "amount"),
        ({"label": "用餐人数"}, "quantity"),
        ({"label": "身份证号"}, "id_number"),
        ({"label": "Date of birth"}, "birthday"),
        ({"type": "email"}, "email"),
        ({"label": "收货地址"}, "address"),
        ({"label": "性别"}, "gender"),
        ({"label": "车主姓名"}, "name"),
        ({"label": "Username"}, "username"),
        ({"label": "备注"}, None),
    ],
)
def test_field_kind(vocab, kwargs, kind):
    assert vocab.field_kind(field(**kwargs)) == kind


def test_a_sentence_as_label_yields_to_the_name_and_placeholder(vocab):
    sentence = "Members earn a stamp with every order. Sign in with your mobile number to place your order."
    assert vocab.field_kind(field(label=sentence, placeholder="Verification code", name="otp")) == "sms_code"
    assert vocab.field_kind(field(label=sentence, placeholder="Mobile number", name="mobile")) == "phone"
    assert vocab.field_kind(field(label=sentence)) == "phone"  # nothing better: the sentence still counts


def test_groups(vocab):
    assert vocab.is_personal("phone") and not vocab.is_payment_need("phone")
    assert vocab.is_payment_need("plate") and not vocab.is_personal("plate")
    assert not vocab.is_personal("sms_code") and not vocab.is_payment_need("sms_code")
    assert not vocab.is_personal(None)


def test_field_optional(vocab):
    assert vocab.field_optional(field(label="手机号（选填）"))
    assert vocab.field_optional(field(label="Phone", placeholder="optional"))
    assert vocab.field_optional(field(label="手机号", context="非必填"))
    assert not vocab.field_optional(field(label="手机号"))
    assert not vocab.field_optional(field(label="手机号（选填）", required=True))  # HTML required wins


def test_checkbox_kinds(vocab):
    bundled = "我已阅读并同意《服务协议》并关注公众号"
    assert vocab.checkbox_kinds(bundled) == {"terms", "follow"}
    assert vocab.checkbox_kind(bundled) == "follow"  # never ticked as if it were plain terms
    assert vocab.is_bundled(bundled)
    assert vocab.checkbox_kind("同意接收营销短信") == "marketing"
    assert vocab.checkbox_kind("我已阅读并同意《用户协议》") == "terms"
    assert not vocab.is_bundled("我已阅读并同意《用户协议》")
    assert vocab.checkbox_kind("记住我") is None


def test_extra_folder_extends_vocabulary(tmp_path):
    (tmp_path / "vocab").mkdir()
    (tmp_path / "vocab" / "controls.yaml").write_text("refuse: [先不要]\n", encoding="utf-8")
    (tmp_path / "vocab" / "fields.yaml").write_text(
        "kinds:\n  plate:\n    labels: [号牌]\n  wechat_id:\n    group: personal\n    labels: [微信号]\n",
        encoding="utf-8",
    )
    vocab = load_ruleset([tmp_path]).vocabulary
    assert vocab.control_kind("先不要") == "refuse"
    assert vocab.control_kind("跳过") == "refuse"  # built-in phrases are kept
    assert vocab.field_kind(field(label="号牌")) == "plate"
    assert vocab.field_kind(field(label="微信号")) == "wechat_id"
    assert vocab.is_personal("wechat_id")


def test_every_close_word_of_the_capture_is_a_refusal_in_the_vocabulary(vocab):
    """capture/extract.py marks an overlay closable by CLOSE_WORDS; the walk refuses by controls.yaml. The first must
    be a subset of the second, or a pop-up the capture calls closable has a close the walk would never press."""
    from qraudit.capture.extract import CLOSE_WORDS

    words = re.fullmatch(r"\^\((.*)\)\$", CLOSE_WORDS).group(1).split("|")
    assert len(words) > 20
    assert [w for w in words if vocab.control_kind(w) != "refuse"] == []


def test_a_word_class_is_written_once_and_expanded_where_it_is_named(tmp_path):
    from qraudit.errors import RuleError
    from qraudit.rules.vocabload import load_vocabulary

    (tmp_path / "vocab").mkdir()
    phrases = tmp_path / "vocab" / "phrases.yaml"
    phrases.write_text("acts:\n  - 缴费\n  - 买单\ngate:\n  - 're:关注[^。]{0,6}后{acts}'\n", encoding="utf-8")
    vocab, _ = load_vocabulary([tmp_path])
    assert vocab.phrases["gate"].search("关注公众号后买单") and vocab.phrases["gate"].search("关注后缴费")
    assert not vocab.phrases["gate"].search("关注后领券")
    phrases.write_text("gate:\n  - 're:关注后{nothing}'\n", encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_vocabulary([tmp_path])
    assert "{nothing}" in str(error.value) and "phrases.yaml:1" in error.value.location
    # A list that names itself, or a class that is itself a pattern with classes, is refused too: no loops.
    for text in ("gate:\n  - 're:关注后{gate}'\n", "a:\n  - 're:x{b}'\nb:\n  - 're:y{a}'\n"):
        phrases.write_text(text, encoding="utf-8")
        with pytest.raises(RuleError):
            load_vocabulary([tmp_path])
