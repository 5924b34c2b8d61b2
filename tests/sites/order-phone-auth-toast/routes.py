"""Submitting an order answers errcode 40001 请先授权手机号 until the visitor has logged in with a mobile number
and SMS code; 暂不授权 only closes the sheet, so no order is ever taken from a visitor who declines the login."""

import re
import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, set_cookie


def routes(ctx):
    sent: set[str] = set()
    sessions: set[str] = set()

    def sms_send(request):
        mobile = form(request).get("mobile", "")
        if not re.fullmatch(r"1[3-9]\d{9}", mobile):
            return json_reply({"errcode": 40003, "errmsg": "手机号格式不正确"})
        sent.add(mobile)
        return json_reply({"errcode": 0, "errmsg": "ok"})

    def login(request):
        fields = form(request)
        if fields.get("mobile") not in sent or not re.fullmatch(r"\d{6}", fields.get("code", "")):
            return json_reply({"errcode": 40004, "errmsg": "验证码错误"})
        token = secrets.token_hex(10)
        sessions.add(token)
        return json_reply({"errcode": 0, "errmsg": "ok"}, headers=set_cookie("xy_member", token))

    def submit(request):
        if cookies(request).get("xy_member") not in sessions:
            return json_reply({"errcode": 40001, "errmsg": "请先授权手机号"})
        return json_reply({"errcode": 0, "errmsg": "ok",
                           "data": {"orderNo": "XY0603B12", "payParams": jsapi_params("wx031045239xyb12a8c1d4e")}})

    return {"/api/xy/sms/send": sms_send, "/api/xy/login": login, "/api/xy/order/submit": submit}
