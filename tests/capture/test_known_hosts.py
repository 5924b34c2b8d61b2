"""Providers are never contacted: OAuth, cashiers, app schemes and follow pages are answered locally."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from qraudit.capture import payment_signal
from qraudit.capture.known_hosts import KNOWN_HOSTS, Hit, add_query, known_host, wechat_oauth
from qraudit.models import Action
from tests.capture.conftest import LOCAL, control
from tests.support.server import Reply


def _wechat_url(back: str, scope: str) -> str:
    return (
        "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx0123456789&redirect_uri="
        f"{quote(back, safe='')}&response_type=code&scope={scope}&state=STATE42#wechat_redirect"
    )


def _query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_table_answers_only_its_hosts_and_paths():
    assert known_host("https://open.weixin.qq.com/connect/oauth2/authorize?x=1").host == "open.weixin.qq.com"
    assert known_host("https://res2.wx.qq.com/open/js/jweixin-1.6.0.js") is not None
    assert known_host("https://res.wx.qq.com/a/logo.png") is None  # only the SDK is replaced
    assert known_host("https://open.weixin.qq.com.evil.example/connect") is None
    assert known_host("weixin://dl/business") is None
    assert len({k.host + str(k.path) for k in KNOWN_HOSTS}) == len(KNOWN_HOSTS)


def test_silent_oauth_continues_with_a_synthetic_code_and_the_state():
    answer = wechat_oauth(Hit(_wechat_url("http://127.0.0.1:1/cb?x=1#frag", "snsapi_base")))
    assert answer.params == {
        "appid": "wx0123456789",
        "scope": "snsapi_base",
        "redirect_uri": "http://127.0.0.1:1/cb?x=1#frag",
        "state": "STATE42",
        "decision": "silent",
    }
    target = urlsplit(answer.location)
    assert target.path == "/cb" and target.fragment == "frag"
    query = parse_qs(target.query)
    assert query["x"] == ["1"] and query["state"] == ["STATE42"] and query["code"][0].startswith("QRAUDIT_SYNTHETIC")
    assert add_query("http://a/b", {"k": "v w"}) == "http://a/b?k=v+w"


def test_oauth_without_redirect_uri_is_an_error_page():
    answer = wechat_oauth(Hit("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_base"))
    assert answer.status == 400 and answer.location is None


@pytest.mark.parametrize("via", ["script", "server-302"])
def test_wechat_base_oauth_reaches_redirect_uri(harness, site, via):
    holder = {}
    server = site({"/login": lambda r: Reply(302, headers={"Location": _wechat_url(holder["back"], "snsapi_base")})})
    holder["back"] = server.url("/landing.html")
    start = server.url("/oauth-js.html?scope=snsapi_base") if via == "script" else server.url("/login")
    snap = harness.capture(start)[0]
    assert urlsplit(snap.url).path == "/landing.html" and snap.error is None
    query = _query(snap.url)
    assert query["state"] == ["STATE42"] and query["code"][0].startswith("QRAUDIT_SYNTHETIC_CODE_")
    events = [e for e in snap.host_events if e.kind == "wechat-oauth"]
    assert (
        len(events) == 1 and events[0].params["scope"] == "snsapi_base" and events[0].params["appid"] == "wx0123456789"
    )
    assert events[0].params["redirect_uri"] == holder["back"] and events[0].params["state"] == "STATE42"
    hops = [(urlsplit(h.url).hostname, h.status, h.via) for h in snap.redirects]
    assert ("open.weixin.qq.com", 302, "script" if via == "script" else "http") in hops
    assert hops[-1] == ("127.0.0.1", 200, "oauth-standin")
    if via == "server-302":
        assert hops[0] == ("127.0.0.1", 302, "http")
    assert not [s for s in server.seen() if "weixin" in s.path]


def test_userinfo_oauth_shows_a_consent_stand_in_that_can_be_declined(harness, site):
    holder = {}
    server = site(
        {"/login": lambda r: Reply(302, headers={"Location": _wechat_url(holder["back"], "snsapi_userinfo")})}
    )
    holder["back"] = server.url("/landing.html")
    prompt = harness.capture(server.url("/login"))[0]
    assert urlsplit(prompt.url).hostname == "open.weixin.qq.com" and prompt.title == "微信授权"
    assert [e.params["decision"] for e in prompt.host_events] == ["prompt"]
    snaps = harness.capture(server.url("/login"), actions=[Action("click", ref=control(prompt, "拒绝").ref)])
    declined = snaps[1]
    assert urlsplit(declined.url).path == "/landing.html"
    assert "code" not in _query(declined.url) and _query(declined.url)["state"] == ["STATE42"]
    assert [e.params["decision"] for e in declined.host_events] == ["declined"]
    accepted = harness.capture(server.url("/login"), actions=[Action("click", ref=control(prompt, "允许").ref)])[1]
    assert _query(accepted.url)["code"][0].startswith("QRAUDIT_SYNTHETIC_CODE_")


def test_alipay_oauth_base_and_user(harness, site):
    server = site()
    base = harness.capture(server.url("/oauth-js.html?provider=alipay&scope=auth_base"))[0]
    query = _query(base.url)
    assert urlsplit(base.url).path == "/landing.html" and query["auth_code"][0].startswith("QRAUDIT_SYNTHETIC")
    assert query["app_id"] == ["2021000000"] and query["scope"] == ["auth_base"]
    user = harness.capture(server.url("/oauth-js.html?provider=alipay&scope=auth_user"))[0]
    assert urlsplit(user.url).hostname == "openauth.alipay.com" and user.title == "支付宝授权"
    assert [(e.kind, e.params["scope"]) for e in user.host_events] == [("alipay-oauth", "auth_user")]


@pytest.mark.parametrize(
    "text, host",
    [
        ("微信H5支付", "wx.tenpay.com"),
        ("支付宝支付", "openapi.alipay.com"),
        ("支付宝旧版", "mapi.alipay.com"),
        ("银联支付", "gateway.95516.com"),
    ],
)
def test_each_cashier_is_payment_reached(harness, site, text, host):
    server = site()
    first = harness.capture(server.url("/links.html"))[0]
    snaps = harness.capture(server.url("/links.html"), actions=[Action("click", ref=control(first, text).ref)])
    cashier = snaps[1]
    assert urlsplit(cashier.url).hostname == host and "qraudit 不会付款" in cashier.visible_text
    assert payment_signal(cashier) == (f"cashier:{host}", cashier.host_events[0].url)
    assert cashier.host_events[0].params["host"] == host


def test_app_scheme_is_recorded_and_blocked(harness, site):
    server = site()
    first = harness.capture(server.url("/links.html"))[0]
    snap = harness.capture(server.url("/links.html"), actions=[Action("click", ref=control(first, "打开微信").ref)])[1]
    assert urlsplit(snap.url).path == "/links.html"  # nothing left the browser
    assert [(e.kind, e.params["scheme"]) for e in snap.host_events] == [("app-scheme", "weixin")]
    assert [r.blocked for r in snap.requests if r.url.startswith("weixin:")] == ["scheme weixin: refused"]


def test_official_account_follow_page_is_a_stand_in(harness, site):
    server = site()
    first = harness.capture(server.url("/links.html"))[0]
    snap = harness.capture(server.url("/links.html"), actions=[Action("click", ref=control(first, "关注公众号").ref)])[
        1
    ]
    assert snap.title == "公众号" and [e.kind for e in snap.host_events] == ["follow-page"]
    assert snap.host_events[0].params["__biz"] == "MzA5NzY3NTc2MQ=="


def test_start_url_on_a_known_host_needs_no_dns(harness):
    snap = harness.capture(
        "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=1", replace(LOCAL, allow_hosts=frozenset())
    )[0]
    assert snap.error is None and payment_signal(snap)[0] == "cashier:wx.tenpay.com"
