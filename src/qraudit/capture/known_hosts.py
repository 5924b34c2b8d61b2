"""Payment and identity providers the auditor must never contact: one table, answered locally.

Each entry names a host (and optionally a path pattern) and the function that answers it. An answer is
either a page (stand-in) or a redirect that the browser then follows as a navigation. Extend KNOWN_HOSTS
to add a provider; the session looks nothing up anywhere else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from qraudit.capture import standins

SYNTHETIC_CODE = "QRAUDIT_SYNTHETIC_CODE_{:04d}"  # never a real code; no provider ever issued it
DECISION = "qraudit_decision"  # query parameter the consent stand-in adds for decline/accept
_codes = itertools.count(1)


@dataclass(frozen=True)
class Answer:
    kind: str  # wechat-oauth | alipay-oauth | cashier | jssdk | follow-page
    params: dict[str, str] = field(default_factory=dict)  # recorded as a HostEvent
    body: str = ""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # go on to this URL (OAuth continues to the merchant's redirect_uri)


@dataclass(frozen=True)
class Hit:
    """What the browser asked of a known host."""

    url: str
    method: str = "GET"
    post_data: str | None = None

    def params(self) -> dict[str, str]:
        values = dict(parse_qsl(urlsplit(self.url).query, keep_blank_values=True))
        if self.post_data and "=" in self.post_data and self.method == "POST":
            values.update(parse_qsl(self.post_data, keep_blank_values=True))
        return {k: v[:300] for k, v in values.items()}


def add_query(url: str, extra: dict[str, str]) -> str:
    """`url` with `extra` appended to its query string (before any fragment), as providers do."""
    parts = urlsplit(url)
    query = parts.query + ("&" if parts.query else "") + urlencode(extra)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _oauth(hit: Hit, kind: str, provider: str, id_key: str, code_key: str, silent_scopes: set[str]) -> Answer:
    params = hit.params()
    app_id, scope = params.get(id_key, ""), params.get("scope", "")
    redirect_uri, state = params.get("redirect_uri", ""), params.get("state", "")
    recorded = {id_key: app_id, "scope": scope, "redirect_uri": redirect_uri, "state": state}
    if not redirect_uri.startswith(("http://", "https://")):
        return Answer(kind, recorded, standins.provider_error(kind, "redirect_uri 参数错误"), status=400)
    decision = params.get(DECISION)
    scopes = {s.strip() for s in scope.split(",") if s.strip()}
    silent = bool(scopes) and scopes <= silent_scopes
    if decision == "declined":  # the payer refused: back to the merchant without a code
        return Answer(kind, {**recorded, "decision": "declined"}, location=add_query(redirect_uri, {"state": state}))
    if decision == "accepted" or silent:
        code = SYNTHETIC_CODE.format(next(_codes))
        extra = {code_key: code, "state": state}
        if kind == "alipay-oauth":
            extra.update({"app_id": app_id, "scope": scope})
        return Answer(kind, {**recorded, "decision": decision or "silent"}, location=add_query(redirect_uri, extra))
    base = {k: v for k, v in params.items() if k != DECISION}
    decline = add_query(_strip_query(hit.url), {**base, DECISION: "declined"})
    accept = add_query(_strip_query(hit.url), {**base, DECISION: "accepted"})
    page = standins.consent_page(kind, provider, app_id, scope, decline, accept)
    return Answer(kind, {**recorded, "decision": "prompt"}, page)


def _strip_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def wechat_oauth(hit: Hit) -> Answer:
    return _oauth(hit, "wechat-oauth", "微信", "appid", "code", {"snsapi_base"})


def alipay_oauth(hit: Hit) -> Answer:
    return _oauth(hit, "alipay-oauth", "支付宝", "app_id", "auth_code", {"auth_base"})


def cashier(hit: Hit) -> Answer:
    host = urlsplit(hit.url).hostname or ""
    return Answer("cashier", {"host": host, **hit.params()}, standins.cashier_page(host))


def follow_page(hit: Hit) -> Answer:
    return Answer("follow-page", hit.params(), standins.follow_page(hit.url))


def _script(kind: str, source: str) -> Callable[[Hit], Answer]:
    def answer(hit: Hit) -> Answer:
        return Answer(kind, {"url": hit.url}, source, "application/javascript; charset=utf-8")

    return answer


# Stand-in SDKs: the recording objects are built by the injected bridges script (js/bridges.js).
WX_SDK = "window.wx = window.jWeixin = window.__qrauditMakeWx ? window.__qrauditMakeWx() : undefined;"
AP_SDK = "window.ap = window.__qrauditMakeAp ? window.__qrauditMakeAp() : undefined;"


@dataclass(frozen=True)
class KnownHost:
    host: str  # exact host name
    answer: Callable[[Hit], Answer]
    path: re.Pattern[str] | None = None  # only these paths; None: the whole host
    description: str = ""


KNOWN_HOSTS: tuple[KnownHost, ...] = (
    KnownHost("open.weixin.qq.com", wechat_oauth, description="WeChat OAuth (snsapi_base / snsapi_userinfo)"),
    KnownHost("openauth.alipay.com", alipay_oauth, description="Alipay OAuth (auth_base / auth_user)"),
    KnownHost("wx.tenpay.com", cashier, description="WeChat Pay H5 cashier (checkmweb)"),
    KnownHost("openapi.alipay.com", cashier, description="Alipay open-platform gateway (gateway.do)"),
    KnownHost("mapi.alipay.com", cashier, description="Alipay legacy gateway"),
    KnownHost("mclient.alipay.com", cashier, description="Alipay mobile cashier"),
    KnownHost("excashier.alipay.com", cashier, description="Alipay cashier"),
    KnownHost("gateway.95516.com", cashier, description="UnionPay online gateway"),
    KnownHost("cashier.95516.com", cashier, description="UnionPay cashier"),
    KnownHost("qr.95516.com", cashier, description="UnionPay QR payment"),
    KnownHost(
        "mp.weixin.qq.com", follow_page, re.compile(r"^/mp/(profile_ext|getmasssendmsg)"), "Official Account home"
    ),
    KnownHost("res.wx.qq.com", _script("jssdk", WX_SDK), re.compile(r"^/open/js/jweixin-[\w.-]*\.js$"), "JS-SDK"),
    KnownHost("res2.wx.qq.com", _script("jssdk", WX_SDK), re.compile(r"^/open/js/jweixin-[\w.-]*\.js$"), "JS-SDK"),
    KnownHost("gw.alipayobjects.com", _script("jssdk", AP_SDK), re.compile(r"alipayjsapi[\w.-]*\.js$"), "Alipay JSAPI"),
    KnownHost("a.alipayobjects.com", _script("jssdk", AP_SDK), re.compile(r"alipayjsapi[\w.-]*\.js$"), "Alipay JSAPI"),
)

# Custom schemes that open a payment or chat app; the browser never leaves for them.
APP_SCHEMES = frozenset(
    {"weixin", "wechat", "wxpay", "alipays", "alipay", "alipayqr", "upwrp", "uppay", "uppaywallet", "mqq", "taobao"}
)


def known_host(url: str) -> KnownHost | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").rstrip(".").lower()
    for entry in KNOWN_HOSTS:
        if entry.host == host and (entry.path is None or entry.path.search(parts.path)):
            return entry
    return None
