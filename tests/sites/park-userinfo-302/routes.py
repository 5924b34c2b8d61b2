"""Every entry 302s to WeChat OAuth with scope snsapi_userinfo; the callback only accepts a code, and a visitor
who declines (no code) is sent straight back to the consent screen. Nothing is served without that login."""

import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, redirect, set_cookie, wechat_authorize_url
from tests.support.server import Reply

APPID = "wx6f1c2d8e0a9b3c47"


def routes(ctx):
    state = secrets.token_hex(4)
    sessions: set[str] = set()

    def authorize() -> Reply:
        return redirect(wechat_authorize_url(APPID, ctx.url("/wx/oauth/callback"), "snsapi_userinfo", state))

    def logged_in(request) -> bool:
        return cookies(request).get("KSESSION") in sessions

    def entry(request):
        if not logged_in(request):
            return authorize()
        return Reply(200, (ctx.site.root / "index.html").read_bytes())

    def callback(request):
        fields = form(request)
        if not fields.get("code") or fields.get("state") != state:
            return authorize()
        session = secrets.token_hex(8)
        sessions.add(session)
        return redirect("/", headers=set_cookie("KSESSION", session))

    def fee(request):
        if not logged_in(request):
            return json_reply({"error": "unauthorized"}, status=401)
        return json_reply({"fee": "18.00"})

    def prepay(request):
        if not logged_in(request):
            return json_reply({"error": "unauthorized"}, status=401)
        return json_reply(jsapi_params("wx03104523912847a8c1d4e33a1c0f9e0000"))

    return {"/": entry, "/index.html": entry, "/wx/oauth/callback": callback, "/api/fee": fee, "/api/prepay": prepay}
