"""Silent snsapi_base OAuth from a server 302 (only the openid, needed for JSAPI pay), then plate → bill → pay.
The callback checks code and state; the order API needs the openid session but nothing else."""

import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, redirect, set_cookie, wechat_authorize_url
from tests.support.server import Reply

APPID = "wx8a3e5c1f2b7d9046"


def routes(ctx):
    state = "qt" + secrets.token_hex(3)
    openids: set[str] = set()

    def has_openid(request) -> bool:
        return cookies(request).get("openid") in openids

    def entry(request):
        if not has_openid(request):
            return redirect(wechat_authorize_url(APPID, ctx.url("/oauth/wechat/callback"), "snsapi_base", state))
        return Reply(200, (ctx.site.root / "index.html").read_bytes())

    def callback(request):
        fields = form(request)
        if not fields.get("code") or fields.get("state") != state:
            return Reply(400, "<h3>授权失败，请重新扫码</h3>")
        openid = "oTx" + secrets.token_hex(10)
        openids.add(openid)
        return redirect("/", headers=set_cookie("openid", openid))

    def bill(request):
        plate = form(request).get("plate", "")
        return json_reply({"plate": plate, "entry": "06-03 11:05", "duration": "2小时40分", "amount": "20.00", "billId": "QT7731"})

    def unified_order(request):
        if not has_openid(request):
            return json_reply({"errcode": 40001, "errmsg": "缺少openid"}, status=401)
        return json_reply({"errcode": 0, "params": jsapi_params("wx031045239qt7731a8c1d4e33a1c0f9e")})

    return {"/": entry, "/index.html": entry, "/oauth/wechat/callback": callback, "/api/bill": bill,
            "/api/unifiedorder": unified_order}
