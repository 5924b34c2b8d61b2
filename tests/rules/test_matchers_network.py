"""url, request and bridge_call matchers."""

from qraudit.models import BridgeCall, Hop, HostEvent, Request
from qraudit.rules import EvalContext
from qraudit.rules.matchers.network import body_fields
from tests.rules.helpers import build, control, snap

NO_CTX = EvalContext()
USERINFO = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_userinfo&state=1"
BASE = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1&scope=snsapi_base&state=1"
URL_RULE = "url: {host: open.weixin.qq.com, path: '^/connect/oauth2/authorize', query: {scope: '^snsapi_userinfo$'}}"


def test_url_in_redirects_and_page(tmp_path, vocab):
    node = build(tmp_path, URL_RULE, vocab)
    hit = node.evaluate(snap(redirects=(Hop(USERINFO, 302),)), NO_CTX, vocab)
    assert hit is not None and hit.urls == (USERINFO,)
    assert node.evaluate(snap(url=USERINFO), NO_CTX, vocab) is not None
    assert node.evaluate(snap(redirects=(Hop(BASE, 302),)), NO_CTX, vocab) is None


def test_url_host_event_params(tmp_path, vocab):
    node = build(tmp_path, URL_RULE, vocab)
    event = HostEvent(
        "wechat-oauth", "https://open.weixin.qq.com/connect/oauth2/authorize", {"scope": "snsapi_userinfo"}
    )
    assert node.evaluate(snap(host_events=(event,)), NO_CTX, vocab) is not None


def test_url_host_is_exact_or_subdomain(tmp_path, vocab):
    node = build(tmp_path, "url: {host: weixin.qq.com}", vocab)
    assert node.evaluate(snap(url="https://open.weixin.qq.com/x"), NO_CTX, vocab) is not None
    assert node.evaluate(snap(url="https://weixin.qq.com.evil.example/x"), NO_CTX, vocab) is None


def test_url_links_only_when_asked(tmp_path, vocab):
    link = control("登录", tag="a", href=USERINFO)
    default = build(tmp_path, URL_RULE, vocab)
    assert default.evaluate(snap(controls=(link,)), NO_CTX, vocab) is None
    links = build(tmp_path, URL_RULE[:-1] + ", in: links}", vocab)
    assert links.evaluate(snap(controls=(link,)), NO_CTX, vocab) is not None


def test_body_fields():
    assert body_fields('{"user": {"mobile": "1"}, "amount": 3}') == {"user", "mobile", "amount"}
    assert body_fields("phone=138&code=1") == {"phone", "code"}
    assert body_fields('--x\r\nContent-Disposition: form-data; name="Mobile"\r\n\r\n1') == {"mobile"}
    assert body_fields(None) == set()


def test_request_method_and_body_field(tmp_path, vocab):
    node = build(tmp_path, "request: {url: '/api/sms', method: post, body_field: [mobile, phone]}", vocab)
    sent = Request("POST", "http://127.0.0.1/api/sms/send", post_data="phone=13800000000")
    assert node.evaluate(snap(requests=(sent,)), NO_CTX, vocab) is not None
    assert node.evaluate(snap(requests=(Request("GET", "http://127.0.0.1/api/sms/send"),)), NO_CTX, vocab) is None
    other = Request("POST", "http://127.0.0.1/api/sms/send", post_data="plate=A1")
    assert node.evaluate(snap(requests=(other,)), NO_CTX, vocab) is None


def test_bridge_call(tmp_path, vocab):
    node = build(tmp_path, "bridge_call: {bridge: WeixinJSBridge, method: [jumpToBizProfile]}", vocab)
    assert (
        node.evaluate(snap(bridge_calls=(BridgeCall("WeixinJSBridge", "jumpToBizProfile"),)), NO_CTX, vocab) is not None
    )
    assert (
        node.evaluate(snap(bridge_calls=(BridgeCall("WeixinJSBridge", "getBrandWCPayRequest"),)), NO_CTX, vocab) is None
    )
    assert node.evaluate(snap(bridge_calls=(BridgeCall("AlipayJSBridge", "jumpToBizProfile"),)), NO_CTX, vocab) is None
