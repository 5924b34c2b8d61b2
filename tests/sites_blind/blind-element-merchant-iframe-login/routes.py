"""鲜果时光 aggregate cashier: a shell page with the cashier app in a same-origin iframe. A 登录后可累积积分 dialog
offers member login (snsapi_userinfo) after 2 s; payment never asks for it."""

from __future__ import annotations

from tests.sites.routekit import cookies, form, json_reply, jsapi_params, redirect, set_cookie, wechat_authorize_url

APPID = "wx8e1c24f0a7d35b69"


def routes(ctx):
    def member(req):
        sid = cookies(req).get("xg_member")
        return json_reply({"code": 0, "data": {"member": bool(sid), "points": 0}})

    def oauth(req):
        return redirect(wechat_authorize_url(APPID, ctx.url("/member/oauth/callback"), "snsapi_userinfo", "xgmember"))

    def callback(req):
        if not (req.query.get("code") or [""])[0]:
            return redirect("/?auth=cancel")
        return redirect("/", headers=set_cookie("xg_member", "m_" + req.query["code"][0][-6:]))

    def unifiedorder(req):
        fields = form(req)
        try:
            amount = float(fields.get("totalAmount", ""))
        except ValueError:
            return json_reply({"code": "PARAM_ERROR", "message": "金额格式错误"})
        if amount <= 0:
            return json_reply({"code": "PARAM_ERROR", "message": "金额格式错误"})
        ctx.state.setdefault("orders", []).append({"amount": amount, "member": bool(cookies(req).get("xg_member"))})
        return json_reply({"code": "SUCCESS", "message": "ok", "data": {"outTradeNo": "XG2406120001", "payInfo": jsapi_params("wx12163005948821f3c2e1a07b6")}})

    return {"/api/member/current": member, "/member/oauth": oauth, "/member/oauth/callback": callback,
            "/api/cashier/unifiedorder": unifiedorder}
