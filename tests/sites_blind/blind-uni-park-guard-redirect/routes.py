"""鹭岛停车 (uni-app H5): the front end's router guard needs a token; the backend hands one out only for a
WeChat OAuth code (snsapi_userinfo) and refuses every parking API without it."""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import form, json_reply, jsapi_params


def routes(ctx):
    tokens: set[str] = ctx.state.setdefault("tokens", set())

    def body(request):
        try:
            return json.loads(request.body or b"{}")
        except ValueError:
            return form(request)

    def authed(request):
        return request.headers.get("x-access-token", "") in tokens

    def unauth():
        return json_reply({"code": 401, "msg": "登录已过期，请重新登录", "data": None})

    def wx_login(request):
        code = str(body(request).get("code", ""))
        if not code:
            return json_reply({"code": 500, "msg": "code不能为空", "data": None})
        token = "eyJhbGciOiJIUzI1NiJ9." + secrets.token_urlsafe(24)
        tokens.add(token)
        return json_reply({"code": 200, "msg": "操作成功", "data": {"token": token, "nickName": "微信用户"}})

    def query(request):
        if not authed(request):
            return unauth()
        plate = str(body(request).get("plateNo", "")).upper()
        if len(plate) < 7:
            return json_reply({"code": 500, "msg": "请输入正确的车牌号", "data": None})
        return json_reply({"code": 200, "msg": "操作成功", "data": {
            "billId": "LD" + secrets.token_hex(5), "plateNo": plate, "parkName": "鹭岛停车·会展中心P3",
            "inTime": "2024-06-03 09:02:15", "parkTime": "1小时48分", "payable": "6.00"}})

    def pay(request):
        if not authed(request):
            return unauth()
        return json_reply({"code": 200, "msg": "操作成功", "data": jsapi_params("wx03" + secrets.token_hex(10))})

    def user_info(request):
        if not authed(request):
            return unauth()
        return json_reply({"code": 200, "msg": "操作成功", "data": {"nickName": "微信用户"}})

    return {
        "/api/auth/wxLogin": wx_login,
        "/api/park/bill/query": query,
        "/api/park/bill/pay": pay,
        "/api/user/info": user_info,
    }
