"""食尚餐饮 table ordering (Vue, hash routing). Entry does a silent snsapi_base OAuth for the openid; the order
API refuses every order of a visitor who has not followed the Official Account, and the follow check always
says not followed (the test visitor never follows)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from tests.sites.routekit import cookies, json_reply, redirect, set_cookie, wechat_authorize_url
from tests.support.server import Reply

INDEX = Path(__file__).with_name("index.html")
APPID = "wx5d3a91c07be2f846"
SHOP, TABLE = "SS0755", "12"


def routes(ctx):
    def entry(req):
        shop = (req.query.get("shopId") or [SHOP])[0]
        table = (req.query.get("tableNo") or [TABLE])[0]
        if not cookies(req).get("ss_openid"):
            back = ctx.url("/wx/oauth?" + urlencode({"shopId": shop, "tableNo": table}))
            return redirect(wechat_authorize_url(APPID, back, "snsapi_base", "ss" + shop))
        if "shopId" not in req.query:
            return redirect("/?" + urlencode({"shopId": shop, "tableNo": table}))
        return Reply(200, INDEX.read_bytes())

    def oauth(req):
        shop = (req.query.get("shopId") or [SHOP])[0]
        table = (req.query.get("tableNo") or [TABLE])[0]
        code = (req.query.get("code") or [""])[0]
        if not code:
            return redirect(wechat_authorize_url(APPID, ctx.url(req.path), "snsapi_base", "ss" + shop))
        openid = "oSs7x0" + code[-8:]
        return redirect("/?" + urlencode({"shopId": shop, "tableNo": table}) + "#/menu", headers=set_cookie("ss_openid", openid))

    def subscribed(req) -> bool:
        # the Official Account API's user/info?openid=... answers subscribe=0 for this visitor, always
        return cookies(req).get("ss_openid", "") in ctx.state.setdefault("followers", set())

    def submit(req):
        ctx.state["submits"] = ctx.state.get("submits", 0) + 1
        if not cookies(req).get("ss_openid"):
            return json_reply({"code": 401, "msg": "登录已失效，请重新扫码"})
        if not subscribed(req):
            return json_reply({"code": 1001, "msg": "请先关注公众号"})
        return json_reply({"code": 500, "msg": "系统繁忙"})  # never reached by a visitor who does not follow

    def status(req):
        return json_reply({"code": 0, "msg": "ok", "data": {"subscribe": 1 if subscribed(req) else 0}})

    return {"/": entry, "/index.html": entry, "/wx/oauth": oauth, "/api/h5/order/submit": submit,
            "/api/h5/mp/subscribe-status": status}
