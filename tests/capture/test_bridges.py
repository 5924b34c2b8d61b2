"""In-app stand-ins: every call recorded in order with its step; payment answered as successful."""

from __future__ import annotations

from dataclasses import replace

from qraudit.capture import payment_signal
from qraudit.models import Action
from tests.capture.conftest import LOCAL, control


def test_weixin_bridge_and_sdk_are_recorded_in_order(harness, site):
    server = site()
    first = harness.capture(server.url("/wechat-pay.html"))[0]
    calls = [(c.bridge, c.method) for c in first.bridge_calls]
    assert calls[:2] == [("wx", "config"), ("wx", "ready")]
    assert ("WeixinJSBridge", "hideOptionMenu") in calls and ("WeixinJSBridge", "on") in calls
    config = first.bridge_calls[0].args
    assert config["appId"] == "wx0123456789" and config["jsApiList"] == ["chooseWXPay", "getLocation"]
    assert all(c.step == 1 for c in first.bridge_calls)
    assert "SDK 就绪" in first.visible_text  # wx.ready fired after config
    assert [e.kind for e in first.host_events] == ["jssdk"]  # jweixin was answered locally
    assert payment_signal(first) is None


def test_brand_wcpay_request_succeeds_so_the_page_continues(harness, site):
    server = site()
    first = harness.capture(server.url("/wechat-pay.html"))[0]
    snaps = harness.capture(
        server.url("/wechat-pay.html"), actions=[Action("click", ref=control(first, "立即支付").ref)]
    )
    paid = snaps[1]
    assert paid.title == "支付成功"  # the page went on after the stand-in answered get_brand_wcpay_request:ok
    pay = [c for c in paid.bridge_calls if c.method == "getBrandWCPayRequest"]
    assert len(pay) == 1 and pay[0].step == 2 and pay[0].args["package"] == "prepay_id=wx1"
    assert payment_signal(paid) == ("bridge:getBrandWCPayRequest", None)
    assert payment_signal(snaps[0]) is None
    assert not any(r.url.startswith("https://") and r.status is None for r in paid.requests)
    assert [s.method for s in server.seen()].count("GET") >= 2


def test_sdk_payment_and_denied_location(harness, site):
    server = site()
    first = harness.capture(server.url("/wechat-pay.html"))[0]
    snaps = harness.capture(
        server.url("/wechat-pay.html"),
        actions=[
            Action("click", ref=control(first, "获取位置").ref),
            Action("click", ref=control(first, "SDK 支付").ref),
        ],
    )
    assert "定位 getLocation:fail" in snaps[1].visible_text
    assert "SDK chooseWXPay:ok" in snaps[2].visible_text
    assert payment_signal(snaps[1]) is None
    assert payment_signal(snaps[2]) == ("bridge:chooseWXPay", None)
    assert [c.method for c in snaps[2].bridge_calls] == ["chooseWXPay"]


def test_alipay_bridge_and_ap(harness, site):
    server = site()
    options = replace(LOCAL, profile="alipay-ios")
    first = harness.capture(server.url("/alipay-pay.html"), options)[0]
    assert [(c.bridge, c.method) for c in first.bridge_calls] == [("AlipayJSBridge", "setTitle")]
    snaps = harness.capture(
        server.url("/alipay-pay.html"),
        options,
        actions=[
            Action("click", ref=control(first, "授权登录").ref),
            Action("click", ref=control(first, "支付宝支付").ref),
            Action("click", ref=control(first, "ap 支付").ref),
        ],
    )
    assert "拒绝 用户取消授权" in snaps[1].visible_text  # auth_user is refused, as the payer refuses it
    assert snaps[1].bridge_calls[0].args == {"scopes": ["auth_user"]}
    assert "结果 9000" in snaps[2].visible_text and payment_signal(snaps[2]) == ("bridge:tradePay", None)
    assert "ap 9000" in snaps[3].visible_text
    assert [(c.bridge, c.method, c.step) for c in snaps[3].bridge_calls] == [("ap", "tradePay", 4)]


def test_wechat_sdk_in_a_plain_browser_fails_like_the_real_one(harness, site):
    server = site()
    options = replace(LOCAL, profile="mobile-browser")
    first = harness.capture(server.url("/wechat-pay.html"), options)[0]
    assert "SDK 就绪" not in first.visible_text
    assert [c.method for c in first.bridge_calls][:2] == ["config", "ready"]
    snaps = harness.capture(
        server.url("/wechat-pay.html"), options, [Action("click", ref=control(first, "立即支付").ref)]
    )
    assert any("WeixinJSBridge is not defined" in e for e in snaps[1].console_errors)
    assert payment_signal(snaps[1]) is None


def test_a_bundled_sdk_verifies_through_the_bridge_then_pays(harness, site):
    """A page that carries its own JS-SDK never loads res.wx.qq.com: config is the bridge's preVerifyJSAPI and
    chooseWXPay its getBrandWCPayRequest, each answered with an err_msg the SDK parses."""
    server = site()
    first = harness.capture(server.url("/bundled-sdk.html"))[0]
    assert [(c.bridge, c.method) for c in first.bridge_calls if c.method == "preVerifyJSAPI"] == [
        ("WeixinJSBridge", "preVerifyJSAPI")
    ]
    assert "SDK 就绪" in first.visible_text and first.host_events == ()
    snaps = harness.capture(
        server.url("/bundled-sdk.html"), actions=[Action("click", ref=control(first, "立即支付").ref)]
    )
    paid = snaps[1]
    pay = [c for c in paid.bridge_calls if c.method == "getBrandWCPayRequest"]
    assert (
        len(pay) == 1
        and pay[0].args["package"] == "prepay_id=wx_bundled"
        and pay[0].args["verifyAppId"] == "wx00bundled"
    )
    assert paid.title == "支付成功" and payment_signal(paid) == ("bridge:getBrandWCPayRequest", None)


def test_the_stand_ins_answer_as_paid_exactly_the_calls_counted_as_payment():
    from qraudit.capture.payment import PAYMENT_CALLS, PAYMENT_METHODS
    from qraudit.capture.profiles import get_profile
    from qraudit.capture.wiring import bridges_script

    script = bridges_script(get_profile("wechat-ios"))
    assert '"paymentMethods": ["chooseWXPay", "getBrandWCPayRequest", "requestPayment", "tradePay"]' in script
    assert set(PAYMENT_METHODS) == {method for _, method in PAYMENT_CALLS}
