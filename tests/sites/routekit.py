"""Small helpers for the sites' routes.py files: JSON and redirect replies, form and cookie parsing, OAuth URLs.

Kept here so every fixture site scripts its server the same plain way; the sites differ in behaviour, not plumbing.
"""

from __future__ import annotations

import json
from http.cookies import SimpleCookie
from urllib.parse import quote, urlencode

from tests.sites.personal import request_pairs
from tests.support.server import Reply, SeenRequest

WECHAT_AUTHORIZE = "https://open.weixin.qq.com/connect/oauth2/authorize"
ALIPAY_AUTHORIZE = "https://openauth.alipay.com/oauth2/publicAppAuthorize.htm"
WECHAT_CASHIER = "https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb"


def json_reply(data: object, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(data, ensure_ascii=False), dict(headers or {}), "application/json; charset=utf-8")


def redirect(location: str, status: int = 302, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, b"", {"Location": location, **(headers or {})}, "text/plain")


def form(request: SeenRequest) -> dict[str, str]:
    """Query and body fields as one flat dict (last value wins), whatever the encoding."""
    return dict(request_pairs(request))


def cookies(request: SeenRequest) -> dict[str, str]:
    jar = SimpleCookie()
    jar.load(request.headers.get("cookie", ""))
    return {key: morsel.value for key, morsel in jar.items()}


def set_cookie(name: str, value: str, http_only: bool = True) -> dict[str, str]:
    return {"Set-Cookie": f"{name}={value}; Path=/" + ("; HttpOnly" if http_only else "")}


def wechat_authorize_url(appid: str, redirect_uri: str, scope: str, state: str) -> str:
    # WeChat wants redirect_uri percent-encoded and the '#wechat_redirect' suffix.
    query = f"appid={appid}&redirect_uri={quote(redirect_uri, safe='')}&response_type=code&scope={scope}&state={state}"
    return f"{WECHAT_AUTHORIZE}?{query}#wechat_redirect"


def alipay_authorize_url(app_id: str, redirect_uri: str, scope: str, state: str) -> str:
    return f"{ALIPAY_AUTHORIZE}?app_id={app_id}&scope={scope}&redirect_uri={quote(redirect_uri, safe='')}&state={state}"


def wechat_cashier_url(prepay_id: str, redirect_url: str) -> str:
    return f"{WECHAT_CASHIER}?{urlencode({'prepay_id': prepay_id, 'package': '2713609447', 'redirect_url': redirect_url})}"


def jsapi_params(prepay_id: str) -> dict[str, str]:
    """The parameter set a merchant backend hands to WeixinJSBridge / wx.chooseWXPay (signature is fake)."""
    return {
        "appId": "wx2421b1c4370ec43b",
        "timeStamp": "1717392000",
        "nonceStr": "e61463f8efa94090b1f366cccfbbb444",
        "package": f"prepay_id={prepay_id}",
        "signType": "RSA",
        "paySign": "oR9d8PuhnIc+YZ8cBHFCwfgpaK9gd7vaRvkYD7rthRAZ/X+QBhcCYL21N7cHCTUxbQ+EAt6Uy+lwSN22f5YZvI45MLko8Pfso0jm46v5hqcVw==",
    }
