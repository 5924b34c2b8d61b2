"""An aggregated pay-the-merchant code: the server sniffs the app from the user agent and 302s to that app's
silent OAuth (snsapi_base or auth_base) for the payer id only, then pays with the matching bridge."""

import secrets

from tests.sites.routekit import (alipay_authorize_url, cookies, form, jsapi_params, json_reply, redirect, set_cookie,
                                  wechat_authorize_url)
from tests.support.server import Reply

OTHER_APP = "<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'><p style='padding:40px;text-align:center'>请使用微信或支付宝扫码付款</p>"


def routes(ctx):
    payers: set[str] = set()
    state = secrets.token_hex(3)

    def entry(request):
        ua = request.headers.get("user-agent", "")
        if cookies(request).get("payer") in payers:
            return Reply(200, (ctx.site.root / "index.html").read_bytes())
        back = ctx.url("/gateway/oauth")
        if "MicroMessenger" in ua:
            return redirect(wechat_authorize_url("wx1f3a5c7e9b2d4068", back, "snsapi_base", state))
        if "AlipayClient" in ua:
            return redirect(alipay_authorize_url("2021004112233445", back, "auth_base", state))
        return Reply(200, OTHER_APP)

    def oauth(request):
        fields = form(request)
        if not (fields.get("code") or fields.get("auth_code")) or fields.get("state") != state:
            return Reply(400, "授权失败，请重新扫码")
        payer = secrets.token_hex(8)
        payers.add(payer)
        return redirect("/", headers=set_cookie("payer", payer))

    def precreate(request):
        if cookies(request).get("payer") not in payers:
            return json_reply({"error": "no payer"}, status=401)
        if form(request).get("channel") == "alipay":
            return json_reply({"channel": "alipay", "tradeNo": "2024060322001488" + secrets.token_hex(4)})
        return json_reply({"channel": "wechat", "wxParams": jsapi_params("wx031045239cw")})

    return {"/": entry, "/index.html": entry, "/gateway/oauth": oauth, "/gateway/precreate": precreate}
