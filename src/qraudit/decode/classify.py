"""What a decoded payload is: one ordered table of entries, first match wins.

Order (see RULES): unsafe, wechat-pay, wechat-follow, wechat-oauth, wechat-miniprogram, alipay,
unionpay, emvco, aggregator, url, text.

Decisions:
- Hosts match exactly or as a subdomain, never as a substring: `qr.alipay.com.evil.cn` is a url.
- URLs are read the way a browser reads them (tabs and newlines dropped, `\\` taken as `/`,
  percent-escapes and full-width dots in the host undone) so that we name the host the browser
  would really visit.
- Known payment aggregators are their own kind `aggregator` (details `aggregator: <name>`); they
  are web pages and `is_url_kind` says so.
- A bare `www.host/...` (one token, no scheme) is a `url` with `https://` put in front and
  details `scheme_added: True`; any other scheme-less text stays `text`.
- A payload starting `000201` is `emvco` only when its TLV parses; otherwise it is `text`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from qraudit.decode.emvco import EmvcoError, looks_like_emvco, parse_emvco
from qraudit.errors import QrauditError

# Schemes a browser would run or read locally instead of fetching a merchant page.
UNSAFE_SCHEMES = frozenset(
    {
        "javascript",
        "vbscript",
        "livescript",
        "data",
        "file",
        "filesystem",
        "blob",
        "about",
        "chrome",
        "chrome-extension",
        "chrome-untrusted",
        "devtools",
        "view-source",
        "intent",
        "jar",
        "content",
        "ms-appx",
        "ms-appx-web",
        "res",
        "resource",
        "moz-extension",
    }
)

# Registrable domains of payment aggregators (acquirers whose pages sit between payer and merchant).
AGGREGATORS: dict[str, str] = {
    "shouqianba.com": "Shouqianba (收钱吧)",
    "swiftpass.cn": "SwiftPass (威富通)",
    "chinaums.com": "China UMS (银联商务)",
    "lakala.com": "Lakala (拉卡拉)",
    "heepay.com": "Heepay (汇付宝)",
    "fuiou.com": "Fuiou (富友)",
    "yeepay.com": "YeePay (易宝支付)",
    "allinpay.com": "Allinpay (通联支付)",
    "huifu.com": "Huifu (汇付天下)",
    "chinapnr.com": "Huifu (汇付天下)",
    "lianlianpay.com": "LianLian Pay (连连支付)",
    "sandpay.com.cn": "Sandpay (杉德)",
    "hnapay.com": "Hnapay (新生支付)",
    "suixingpay.com": "Suixingpay (随行付)",
    "fubei.cn": "Fubei (付呗)",
    "51fubei.com": "Fubei (付呗)",
    "leshuazf.com": "Leshua (乐刷)",
    "jlpay.com": "JL Pay (嘉联支付)",
    "umpay.com": "UMPay (联动优势)",
}

# Kinds whose payload is a web page the audit can open in the browser.
_AUDITABLE = frozenset({"url", "aggregator", "wechat-oauth"})

_CONTROL_OR_SPACE = "".join(chr(c) for c in range(0x21))
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_BARE_WWW = re.compile(r"www\.[a-z0-9\-]+(\.[a-z0-9\-]+)+(:\d{1,5})?([/?#]\S*)?", re.IGNORECASE)
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


@dataclass(frozen=True)
class Payload:
    """The text and, when it has one, its URL as a browser would read it."""

    text: str
    cleaned: str  # leading/trailing controls and spaces stripped, tabs/newlines removed
    scheme: str = ""  # lower case, "" when there is none
    host: str = ""  # lower case, no trailing dot
    path: str = ""
    query: dict[str, list[str]] = field(default_factory=dict)
    url: str = ""  # what the browser would open; "" when not http(s)
    scheme_added: bool = False

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def on_host(self, *hosts: str) -> bool:
        return any(self.host == h or self.host.endswith("." + h) for h in hosts)


@dataclass(frozen=True)
class Rule:
    kind: str
    matches: Callable[[Payload], bool]
    details: Callable[[Payload], dict[str, Any]] = lambda p: {}


def read_payload(text: str) -> Payload:
    cleaned = text.strip(_CONTROL_OR_SPACE).replace("\t", "").replace("\n", "").replace("\r", "")
    found = _SCHEME.match(cleaned)
    scheme_added = False
    if not found and _BARE_WWW.fullmatch(cleaned):
        cleaned, scheme_added = "https://" + cleaned, True
        found = _SCHEME.match(cleaned)
    if not found:
        return Payload(text, cleaned)
    scheme = found.group(1).lower()
    special = scheme in ("http", "https")
    try:
        parts = urlsplit(cleaned.replace("\\", "/") if special else cleaned)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return Payload(text, cleaned, scheme)
    host = unquote(parts.hostname or "").translate(_DOTS).lower().rstrip(".")
    query = parse_qs(parts.query, keep_blank_values=True)
    url = parts.geturl() if special and host else ""
    return Payload(text, cleaned, scheme, host, parts.path, query, url, scheme_added)


def _params(*names: str) -> Callable[[Payload], dict[str, Any]]:
    return lambda p: {n: p.param(n) for n in names if p.param(n) is not None}


def _segment(index: int, name: str = "code") -> Callable[[Payload], dict[str, Any]]:
    def pick(p: Payload) -> dict[str, Any]:
        parts = [s for s in p.path.split("/") if s]
        return {name: parts[index]} if len(parts) > index else {}

    return pick


def _path_starts(p: Payload, *prefixes: str) -> bool:
    return any(p.path.startswith(prefix) for prefix in prefixes)


def _wechat_follow(p: Payload) -> dict[str, Any]:
    if p.path.startswith("/mp/profile_ext"):
        return {"biz": p.param("__biz") or ""}
    if p.path.startswith("/qr/code"):
        return {"username": p.param("username") or ""}
    return _segment(1)(p)


def _miniprogram(p: Payload) -> dict[str, Any]:
    if p.scheme == "weixin":
        found = _params("t", "appid", "path", "query", "env_version")(p)
        return {("ticket" if k == "t" else k): v for k, v in found.items()}
    return _segment(0)(p)


def _alipay(p: Payload) -> dict[str, Any]:
    if p.scheme in ("alipays", "alipayqr"):
        return _params("saId", "appId", "qrcode", "url", "page")(p)
    return _segment(0)(p)


def _emvco(p: Payload) -> dict[str, Any]:
    return parse_emvco(p.text.strip())


def _is_emvco(p: Payload) -> bool:
    text = p.text.strip()
    if not looks_like_emvco(text):
        return False
    try:
        parse_emvco(text)
    except EmvcoError:
        return False
    return True


def _aggregator_name(p: Payload) -> str | None:
    return next((name for domain, name in AGGREGATORS.items() if p.url and p.on_host(domain)), None)


def _web(p: Payload) -> dict[str, Any]:
    details: dict[str, Any] = {"url": p.url, "host": p.host}
    if p.scheme_added:
        details["scheme_added"] = True
    name = _aggregator_name(p)
    if name:
        details["aggregator"] = name
    return details


RULES: list[Rule] = [
    Rule("unsafe", lambda p: p.scheme in UNSAFE_SCHEMES, lambda p: {"scheme": p.scheme}),
    Rule("wechat-pay", lambda p: p.scheme == "wxp", lambda p: {"code": p.cleaned[len("wxp://") :]}),
    Rule("wechat-pay", lambda p: p.scheme == "weixin" and p.host == "wxpay", _params("pr", "appid", "product_id")),
    Rule("wechat-pay", lambda p: bool(p.url) and p.on_host("payapp.weixin.qq.com"), _segment(1)),
    Rule(
        "wechat-follow",
        lambda p: bool(p.url) and p.host == "weixin.qq.com" and _path_starts(p, "/r/", "/q/"),
        _wechat_follow,
    ),
    Rule(
        "wechat-follow",
        lambda p: (
            bool(p.url)
            and p.host == "mp.weixin.qq.com"
            and p.path.startswith("/mp/profile_ext")
            and p.param("action") == "home"
        ),
        _wechat_follow,
    ),
    Rule(
        "wechat-follow",
        lambda p: (
            bool(p.url)
            and p.host == "open.weixin.qq.com"
            and p.path.startswith("/qr/code")
            and bool(p.param("username"))
        ),
        _wechat_follow,
    ),
    Rule(
        "wechat-oauth",
        lambda p: (
            bool(p.url)
            and p.host == "open.weixin.qq.com"
            and _path_starts(p, "/connect/oauth2/authorize", "/connect/qrconnect")
        ),
        lambda p: {**_params("appid", "scope", "redirect_uri", "state", "response_type")(p), "url": p.url},
    ),
    Rule(
        "wechat-miniprogram",
        lambda p: p.scheme == "weixin" and p.host == "dl" and p.path.startswith("/business"),
        _miniprogram,
    ),
    Rule("wechat-miniprogram", lambda p: bool(p.url) and p.on_host("wxaurl.cn"), _miniprogram),
    Rule("alipay", lambda p: p.scheme in ("alipays", "alipayqr"), _alipay),
    Rule("alipay", lambda p: bool(p.url) and p.on_host("qr.alipay.com"), _alipay),
    Rule("unionpay", lambda p: bool(p.url) and p.on_host("qr.95516.com"), lambda p: {"path": p.path}),
    Rule("emvco", _is_emvco, _emvco),
    Rule("aggregator", lambda p: _aggregator_name(p) is not None, _web),
    Rule("url", lambda p: bool(p.url), _web),
    Rule("text", lambda p: True, lambda p: {"scheme": p.scheme} if p.scheme else {}),
]

KINDS: tuple[str, ...] = tuple(dict.fromkeys(rule.kind for rule in RULES))


def classify(text: str) -> tuple[str, dict[str, Any]]:
    """(kind, details) for a decoded payload; never raises on any string."""
    payload = read_payload(text)
    rule = next(r for r in RULES if r.matches(payload))
    return rule.kind, rule.details(payload)


def is_url_kind(kind: str) -> bool:
    """True when a payload of this kind is a web page the audit can open."""
    if kind not in KINDS:
        raise QrauditError(f"unknown payload kind {kind!r}", hint="known: " + ", ".join(KINDS))
    return kind in _AUDITABLE
