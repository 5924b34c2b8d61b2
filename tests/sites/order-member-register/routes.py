"""Membership registration (name, mobile, birthday) before the menu: the order API needs the member cookie that
only a complete registration sets."""

import re
import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, redirect, set_cookie
from tests.support.server import Reply


def routes(ctx):
    members: set[str] = set()

    def register(request):
        fields = form(request)
        complete = (fields.get("name", "").strip() and re.fullmatch(r"1[3-9]\d{9}", fields.get("mobile", ""))
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields.get("birthday", "")))
        if not complete:
            return Reply(400, "<p style='padding:40px'>请完整填写会员信息</p><a href='/'>返回</a>")
        member = "M" + secrets.token_hex(6)
        members.add(member)
        return redirect("/menu.html", status=303, headers=set_cookie("member", member))

    def order(request):
        if cookies(request).get("member") not in members:
            return json_reply({"msg": "请先注册会员"}, status=403)
        return json_reply({"pay": jsapi_params("wx031045239sdx12")})

    return {"/member/register": register, "/api/order": order}
