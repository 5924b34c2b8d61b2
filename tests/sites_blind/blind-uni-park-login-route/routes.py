"""城北智慧停车 (uni-app H5): fee lookup is open, but creating the order needs a login token.

Tokens only come from SMS login (a phone number and code) or from WeChat snsapi_userinfo OAuth with a code;
declining OAuth comes back without a code and lands on the login page again.
"""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import form, json_reply, jsapi_params, redirect


def routes(ctx):
    tokens: set[str] = ctx.state.setdefault("tokens", set())
    sms: dict[str, str] = ctx.state.setdefault("sms", {})

    def body(request):
        try:
            return json.loads(request.body or b"{}")
        except ValueError:
            return form(request)

    def token_of(request):
        auth = request.headers.get("authorization", "")
        return auth[7:] if auth.startswith("Bearer ") else ""

    def fee(request):
        plate = str(body(request).get("plateNo", "")).upper()
        if len(plate) < 7:
            return json_reply({"code": 400, "msg": "车牌号格式不正确"})
        return json_reply({"code": 200, "msg": "success", "data": {
            "recordId": "PK20240603" + "0817", "plateNo": plate, "lotName": "城北智慧停车场（北门）",
            "inTime": "2024-06-03 08:17:42", "duration": "2小时36分", "amount": "8.00"}})

    def order_create(request):
        if token_of(request) not in tokens:
            return json_reply({"code": 401, "msg": "请先登录"})
        return json_reply({"code": 200, "msg": "success", "data": {
            "orderNo": "CB" + secrets.token_hex(6), "payParams": jsapi_params("wx03" + secrets.token_hex(10))}})

    def sms_send(request):
        mobile = str(body(request).get("mobile", ""))
        if len(mobile) != 11:
            return json_reply({"code": 400, "msg": "手机号格式不正确"})
        sms[mobile] = "246810"
        return json_reply({"code": 200, "msg": "发送成功"})

    def sms_login(request):
        data = body(request)
        if sms.get(str(data.get("mobile"))) != str(data.get("code")):
            return json_reply({"code": 400, "msg": "验证码错误"})
        token = secrets.token_hex(16)
        tokens.add(token)
        return json_reply({"code": 200, "msg": "success", "data": {"token": token}})

    def oauth_callback(request):
        query = form(request)
        if not query.get("code"):
            return redirect("/#/pages/login/login?err=auth_deny")
        token = secrets.token_hex(16)
        tokens.add(token)
        return redirect(f"/?token={token}#/pages/login/login?oauth=ok")

    return {
        "/api/parking/fee": fee,
        "/api/order/create": order_create,
        "/api/sms/send": sms_send,
        "/api/login/sms": sms_login,
        "/api/wx/oauth/callback": oauth_callback,
    }
