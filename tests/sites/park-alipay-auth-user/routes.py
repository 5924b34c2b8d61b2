"""Alipay user-info authorisation (scope auth_user) from a server 302 is the only way in: the callback needs an
auth_code, and declining sends the visitor back to the authorisation page."""

import secrets

from tests.sites.routekit import alipay_authorize_url, cookies, form, json_reply, redirect, set_cookie
from tests.support.server import Reply

APP_ID = "2021003145678901"


def routes(ctx):
    state = secrets.token_hex(4)
    users: set[str] = set()

    def authorize():
        return redirect(alipay_authorize_url(APP_ID, ctx.url("/alipay/oauth/return"), "auth_user", state))

    def signed_in(request) -> bool:
        return cookies(request).get("ali_uid") in users

    def entry(request):
        if not signed_in(request):
            return authorize()
        return Reply(200, (ctx.site.root / "index.html").read_bytes())

    def oauth_return(request):
        fields = form(request)
        if not fields.get("auth_code") or fields.get("state") != state:
            return authorize()
        uid = "2088" + secrets.token_hex(6)
        users.add(uid)
        return redirect("/", headers=set_cookie("ali_uid", uid))

    def trade_create(request):
        if not signed_in(request):
            return json_reply({"code": "40004", "msg": "请先授权登录"}, status=401)
        return json_reply({"tradeNo": "2024060322001412345678901234"})

    return {"/": entry, "/index.html": entry, "/alipay/oauth/return": oauth_return, "/alipay/trade/create": trade_create}
