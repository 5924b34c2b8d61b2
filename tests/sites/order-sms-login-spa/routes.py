"""Ordering needs a bearer token that only the phone + SMS-code login hands out; without it the order API
answers 401 and the page routes to #/login."""

import re
import secrets

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    tokens: set[str] = set()

    def login(request):
        fields = form(request)
        if not re.fullmatch(r"1[3-9]\d{9}", fields.get("phone", "")) or not re.fullmatch(r"\d{4,6}", fields.get("code", "")):
            return json_reply({"code": 1002, "msg": "验证码错误"})
        token = secrets.token_hex(12)
        tokens.add(token)
        return json_reply({"code": 0, "data": {"token": token}})

    def send_sms(request):
        return json_reply({"code": 0})

    def create_order(request):
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if bearer not in tokens:
            return json_reply({"code": 401, "msg": "请先登录"})
        return json_reply({"code": 0, "data": {"orderNo": "XW0603A08", "payParams": jsapi_params("wx031045239xw0603a08")}})

    return {"/api/v1/login": login, "/api/v1/sms/send": send_sms, "/api/v1/order/create": create_order}
