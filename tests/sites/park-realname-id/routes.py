"""Visitor parking that demands name, ID number and phone: the server refuses payment unless all three are given."""

import re

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def register_and_pay(request):
        fields = form(request)
        if not fields.get("carNo", "").strip():
            return json_reply({"ok": False, "message": "请输入车牌号"}, status=400)
        if not fields.get("ownerName", "").strip():
            return json_reply({"ok": False, "message": "请填写车主姓名"}, status=400)
        if not re.fullmatch(r"\d{17}[\dXx]", fields.get("idCard", "").strip()):
            return json_reply({"ok": False, "message": "身份证号格式不正确"}, status=400)
        if not re.fullmatch(r"1[3-9]\d{9}", fields.get("mobile", "").strip()):
            return json_reply({"ok": False, "message": "手机号格式不正确"}, status=400)
        return json_reply({"ok": True, "pay": jsapi_params("wx0310452391ygh2024visitor0001")})

    return {"/visitor/register-and-pay": register_and_pay}
