"""A WeChat-like page context for checking the fixture sites in real Chromium, with no traffic off 127.0.0.0/8.

Only what the catalog test needs to render the sites: the bridges record calls in `window.__payments`, the JS-SDK
and the OAuth and cashier hosts are answered locally, and every other non-loopback request is aborted.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

WECHAT_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.50(0x1800322d) NetType/WIFI Language/zh_CN"
)
LAUNCH_ARGS = ["--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
LOOPBACK_PREFIX = "127."

BRIDGES_JS = """
// Kept in sessionStorage too: a success callback often navigates away before anyone reads the list.
window.__payments = JSON.parse(sessionStorage.getItem('__payments') || '[]');
window.__recordPayment = function (call) { window.__payments.push(call); sessionStorage.setItem('__payments', JSON.stringify(window.__payments)); }
window.WeixinJSBridge = {
  invoke: function (name, args, cb) {
    __recordPayment({bridge: 'WeixinJSBridge', name: name, args: args});
    if (cb) setTimeout(function () { cb({err_msg: name === 'getBrandWCPayRequest' ? 'get_brand_wcpay_request:ok' : name + ':ok'}); }, 0);
  },
  on: function () {}, call: function () {}
};
window.AlipayJSBridge = {
  call: function (name, args, cb) {
    __recordPayment({bridge: 'AlipayJSBridge', name: name, args: args});
    if (cb) setTimeout(function () { cb({resultCode: '9000'}); }, 0);
  }
};
document.addEventListener('DOMContentLoaded', function () {
  document.dispatchEvent(new Event('WeixinJSBridgeReady'));
  document.dispatchEvent(new Event('AlipayJSBridgeReady'));
});
"""

JSSDK_JS = """
window.wx = window.jWeixin = {
  _ready: [],
  config: function (c) { var self = this; setTimeout(function () { self._ready.forEach(function (f) { f(); }); self._isReady = true; }, 0); },
  ready: function (f) { if (this._isReady) f(); else this._ready.push(f); },
  error: function () {},
  checkJsApi: function (o) { if (o && o.success) o.success({errMsg: 'checkJsApi:ok'}); },
  chooseWXPay: function (o) { __recordPayment({bridge: 'wx', name: 'chooseWXPay', args: o}); if (o && o.success) setTimeout(function () { o.success({errMsg: 'chooseWXPay:ok'}); }, 0); }
};
"""

CASHIER_HOSTS = ("wx.tenpay.com", "openapi.alipay.com", "mapi.alipay.com")


def _consent_page(scope: str) -> str:
    return (
        "<!doctype html><meta charset=utf-8><title>授权</title>"
        f"<p>网页申请获取以下权限 ({scope})：获得你的公开信息（昵称、头像等）</p><button>拒绝</button><button>允许</button>"
    )


def _pass_loopback(route) -> None:
    """Playwright never routes the request that follows an HTTP redirect, so a site's 302 to an off-site host
    would escape the stubs. Page loads are fetched here instead and a 3xx becomes a script navigation that is
    routed again; Set-Cookie and the other headers are kept."""
    if route.request.resource_type != "document":
        route.continue_()
        return
    response = route.fetch(max_redirects=0)
    location = response.headers.get("location")
    if 300 <= response.status < 400 and location:
        target = urljoin(route.request.url, location)
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("location", "content-length", "content-type")}
        body = f"<!doctype html><script>location.replace({json.dumps(target)})</script>"
        route.fulfill(status=200, headers=headers, body=body, content_type="text/html; charset=utf-8")
    else:
        route.fulfill(response=response)


def answer_offsite(route) -> None:
    """Playwright route handler for every request: loopback passes, known hosts are answered, the rest aborted."""
    url = route.request.url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host.startswith(LOOPBACK_PREFIX):
        _pass_loopback(route)
        return
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    if host == "res.wx.qq.com" and parts.path.endswith(".js"):
        route.fulfill(status=200, body=JSSDK_JS, content_type="application/javascript")
    elif host == "open.weixin.qq.com" or host == "openauth.alipay.com":
        scope = query.get("scope", "")
        if scope in ("snsapi_base", "auth_base"):
            code_key = "code" if host == "open.weixin.qq.com" else "auth_code"
            back = query.get("redirect_uri", "")
            sep = "&" if "?" in back else "?"
            target = back + sep + urlencode({code_key: "stubcodeABCDEF", "state": query.get("state", "")})
            route.fulfill(status=302, headers={"Location": target}, body="")
        else:
            route.fulfill(status=200, body=_consent_page(scope), content_type="text/html; charset=utf-8")
    elif host in CASHIER_HOSTS:
        route.fulfill(status=200, body="<!doctype html><meta charset=utf-8><p>收银台</p>", content_type="text/html; charset=utf-8")
    else:
        route.abort()
