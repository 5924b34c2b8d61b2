"""Payload classification: table order, exact-or-subdomain hosts, browser-style URL reading, details."""

from __future__ import annotations

import random

import pytest

from qraudit.decode.classify import KINDS, RULES, classify, is_url_kind
from qraudit.decode.emvco import build_emvco
from qraudit.errors import QrauditError
from tests.support.synth import PAYLOAD_SAMPLES


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "  \x01\x1fjavascript:alert(1)",  # leading controls and spaces are dropped by browsers
        "java\tscr\nipt:alert(1)",  # so are tabs and newlines anywhere
        "data:text/html,<script>alert(1)</script>",
        "file:///etc/passwd",
        "chrome://settings",
        "about:blank",
        "VBScript:msgbox",
        "blob:https://a.cn/123",
        "view-source:https://a.cn/",
        "intent://scan/#Intent;scheme=zxing;end",
    ],
)
def test_unsafe_schemes(text: str) -> None:
    kind, details = classify(text)
    assert kind == "unsafe"
    assert details["scheme"] == text.replace("\t", "").replace("\n", "").strip(" \x01\x1f").split(":")[0].lower()


def test_wechat_pay_codes() -> None:
    assert classify("wxp://f2f0Tc8K0ORb5sXMtYqGkJ3g2cTh2Lx_Ar3d") == (
        "wechat-pay",
        {"code": "f2f0Tc8K0ORb5sXMtYqGkJ3g2cTh2Lx_Ar3d"},
    )
    kind, details = classify("weixin://wxpay/bizpayurl?pr=AbCdEf1")
    assert (kind, details) == ("wechat-pay", {"pr": "AbCdEf1"})
    assert classify("https://payapp.weixin.qq.com/qr/AQF2abc?t=GAAG#wechat_pay")[0] == "wechat-pay"


def test_wechat_follow_codes() -> None:
    assert classify("http://weixin.qq.com/r/mUzq8Kfe1xJYrRXv9xnL") == (
        "wechat-follow",
        {"code": "mUzq8Kfe1xJYrRXv9xnL"},
    )
    assert classify("http://weixin.qq.com/q/02abcDEF0w2Ol10000g07a") == (
        "wechat-follow",
        {"code": "02abcDEF0w2Ol10000g07a"},
    )
    kind, details = classify(
        "https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz=MzA5NjYwOTg0Nw==&scene=124#wechat_redirect"
    )
    assert (kind, details) == ("wechat-follow", {"biz": "MzA5NjYwOTg0Nw=="})
    assert classify("https://open.weixin.qq.com/qr/code?username=gh_0123456789ab") == (
        "wechat-follow",
        {"username": "gh_0123456789ab"},
    )
    # A profile page that is not the follow page, and another host's /r/ path, are plain urls.
    assert classify("https://mp.weixin.qq.com/mp/profile_ext?action=getmsg&__biz=x")[0] == "url"
    assert classify("http://weixin.qq.com.evil.cn/r/abc")[0] == "url"


def test_wechat_oauth_details() -> None:
    url = (
        "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx520c15f417810387"
        "&redirect_uri=https%3A%2F%2Fpark.example.cn%2Fpay%3Flot%3D7&response_type=code"
        "&scope=snsapi_userinfo&state=lot7#wechat_redirect"
    )
    kind, details = classify(url)
    assert kind == "wechat-oauth"
    assert details["appid"] == "wx520c15f417810387"
    assert details["scope"] == "snsapi_userinfo"
    assert details["redirect_uri"] == "https://park.example.cn/pay?lot=7"
    assert details["state"] == "lot7"
    assert details["url"] == url
    assert (
        classify("https://open.weixin.qq.com/connect/qrconnect?appid=wx1&scope=snsapi_login")[1]["scope"]
        == "snsapi_login"
    )


def test_wechat_miniprogram_links() -> None:
    assert classify("weixin://dl/business/?t=Tm8WmRXyd0c") == ("wechat-miniprogram", {"ticket": "Tm8WmRXyd0c"})
    kind, details = classify("weixin://dl/business/?appid=wxabc&path=pages/pay/index&query=lot%3D7")
    assert kind == "wechat-miniprogram"
    assert details == {"appid": "wxabc", "path": "pages/pay/index", "query": "lot=7"}
    assert classify("https://wxaurl.cn/bqKDp8ZxQyr") == ("wechat-miniprogram", {"code": "bqKDp8ZxQyr"})


def test_alipay_codes_in_any_case() -> None:
    assert classify("HTTPS://QR.ALIPAY.COM/FKX07373TBMTOQ6VSNLO4A") == ("alipay", {"code": "FKX07373TBMTOQ6VSNLO4A"})
    assert classify("https://qr.alipay.com/bax01234abcd")[0] == "alipay"
    kind, details = classify("alipays://platformapi/startapp?saId=10000007&qrcode=https%3A%2F%2Fqr.alipay.com%2Fbax1")
    assert (kind, details) == ("alipay", {"saId": "10000007", "qrcode": "https://qr.alipay.com/bax1"})
    assert classify("alipayqr://platformapi/startapp?saId=10000007")[0] == "alipay"


def test_unionpay() -> None:
    assert classify("https://qr.95516.com/00010000/01234567890123456789") == (
        "unionpay",
        {"path": "/00010000/01234567890123456789"},
    )


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://qr.alipay.com.evil.cn/FKX1", "qr.alipay.com.evil.cn"),
        ("https://evilqr.alipay.com.cn/FKX1", "evilqr.alipay.com.cn"),
        ("https://qr.alipay.com@evil.cn/FKX1", "evil.cn"),  # user info, not host
        ("https://evil.cn\\@qr.alipay.com/FKX1", "evil.cn"),  # browsers read \ as /
        ("https://xqr.95516.com/x", "xqr.95516.com"),
        ("https://wxaurl.cn.evil.cn/x", "wxaurl.cn.evil.cn"),
    ],
)
def test_hosts_match_exactly_or_as_subdomain_only(text: str, host: str) -> None:
    kind, details = classify(text)
    assert kind == "url"
    assert details["host"] == host


def test_host_is_read_like_a_browser() -> None:
    # Percent-escapes and ideographic full stops in a host name resolve to the real host.
    assert classify("https://qr%2ealipay.com/FKX1")[0] == "alipay"
    assert classify("https://qr。alipay。com/FKX1")[0] == "alipay"
    assert classify("https://QR.ALIPAY.COM./FKX1")[0] == "alipay"
    assert classify("https://sub.qr.alipay.com/x")[0] == "alipay"


def test_emvco_only_when_it_parses() -> None:
    payload = build_emvco(
        [("00", "01"), ("01", "11"), ("52", "5812"), ("53", "156"), ("58", "CN"), ("59", "SHOP"), ("60", "HANGZHOU")]
    )
    kind, details = classify(payload)
    assert kind == "emvco"
    assert details["merchant_name"] == "SHOP"
    assert details["crc_ok"] is True
    assert classify("000201hello")[0] == "text"
    assert classify("0002010102")[0] == "text"  # runs past its end


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://qr.shouqianba.com/q/12345", "Shouqianba (收钱吧)"),
        ("https://pay.swiftpass.cn/qr/abc", "SwiftPass (威富通)"),
        ("https://qr.chinaums.com/bills/qrCode.do?id=1", "China UMS (银联商务)"),
        ("https://wx.lakala.com/m/a", "Lakala (拉卡拉)"),
        ("https://pay.heepay.com/x", "Heepay (汇付宝)"),
        ("https://a.fuiou.com/x", "Fuiou (富友)"),
        ("HTTPS://CASHIER.YEEPAY.COM/x", "YeePay (易宝支付)"),
    ],
)
def test_aggregators_are_tagged(url: str, name: str) -> None:
    kind, details = classify(url)
    assert kind == "aggregator"
    assert details["aggregator"] == name
    assert details["url"].lower() == url.lower()


def test_aggregator_lookalike_is_a_plain_url() -> None:
    kind, details = classify("https://shouqianba.com.evil.cn/q/1")
    assert kind == "url"
    assert "aggregator" not in details


def test_urls() -> None:
    assert classify("https://park.example.cn/pay?lot=7") == (
        "url",
        {"url": "https://park.example.cn/pay?lot=7", "host": "park.example.cn"},
    )
    assert classify("HTTP://PARK.EXAMPLE.CN/A")[1]["url"] == "http://PARK.EXAMPLE.CN/A"
    assert classify("www.example.cn/pay") == (
        "url",
        {"url": "https://www.example.cn/pay", "host": "www.example.cn", "scheme_added": True},
    )


@pytest.mark.parametrize(
    "text",
    [
        "hello",
        "www.example.cn is great",
        "example.cn/pay",
        "https://",
        "http://[::1",
        "MECARD:N:测试;;",
        "",
        "停车缴费",
    ],
)
def test_text(text: str) -> None:
    assert classify(text)[0] == "text"


def test_text_names_an_unknown_scheme() -> None:
    assert classify("weixin://dl/scan") == ("text", {"scheme": "weixin"})


def test_table_order_first_match_wins() -> None:
    # An EMVCo payload whose merchant name looks like a URL is still emvco.
    emv = build_emvco([("00", "01"), ("59", "https://a.cn/"), ("60", "X")])
    assert classify(emv)[0] == "emvco"
    # Unsafe wins over everything else.
    assert classify("javascript://qr.alipay.com/%0aalert(1)")[0] == "unsafe"
    assert KINDS == (
        "unsafe",
        "wechat-pay",
        "wechat-follow",
        "wechat-oauth",
        "wechat-miniprogram",
        "alipay",
        "unionpay",
        "emvco",
        "aggregator",
        "url",
        "text",
    )
    assert RULES[-1].kind == "text"


def test_is_url_kind() -> None:
    assert [k for k in KINDS if is_url_kind(k)] == ["wechat-oauth", "aggregator", "url"]
    with pytest.raises(QrauditError) as caught:
        is_url_kind("telegram")
    assert "telegram" in caught.value.one_line() and "wechat-pay" in caught.value.one_line()


def test_every_sample_payload_classifies_as_its_kind() -> None:
    assert set(PAYLOAD_SAMPLES) == set(KINDS)
    for kind, text in PAYLOAD_SAMPLES.items():
        assert classify(text)[0] == kind, text


def test_details_are_fresh_dicts() -> None:
    first = classify("https://a.cn/")[1]
    first["host"] = "changed"
    assert classify("https://a.cn/")[1]["host"] == "a.cn"


def test_never_raises_on_random_text() -> None:
    rng = random.Random(5)
    alphabet = "ahtps:/\\.%@[]?#=&0123456789 \t\n\x00\x7f微信支付qrALIPAY。"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        for candidate in (text, "https://" + text, "000201" + text):
            kind, details = classify(candidate)
            assert kind in KINDS and isinstance(details, dict)
