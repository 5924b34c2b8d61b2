"""惠民超市 线上商城 (jQuery-era list page): settlement is only for logged-in members, and nobody can log in here.

GET /api/checkout answers status nologin unless the hm_member cookie is present (it is never set); the member
login always fails. There is no guest checkout and no payment endpoint.
"""

from __future__ import annotations

from tests.sites.routekit import cookies, form, json_reply


def routes(ctx):
    def checkout(request):
        if not form(request).get("items"):
            return json_reply({"status": "error", "info": "请选择要结算的商品"})
        if not cookies(request).get("hm_member"):
            return json_reply({"status": "nologin", "info": "您还没有登录"})
        return json_reply({"status": "error", "info": "会员信息已失效，请重新登录"})

    def member_login(request):
        return json_reply({"status": "error", "info": "手机号或密码错误"})

    return {"/api/checkout": checkout, "/api/member/login": member_login}
