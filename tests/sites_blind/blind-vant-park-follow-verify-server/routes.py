"""Vant parking: the fee is shown, but paying waits for a follow check that a visitor who did not follow never passes."""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import json_reply, jsapi_params
from tests.support.server import SeenRequest


def routes(ctx):
    bills: dict[str, dict] = ctx.state.setdefault("bills", {})
    # Openids the Official Account knows as subscribers; a visitor arriving from the QR code is not among them.
    followers: set[str] = ctx.state.setdefault("followers", set())

    def body_of(request: SeenRequest) -> dict:
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def query(request: SeenRequest):
        plate = str(body_of(request).get("plateNo", "")).upper()
        if len(plate) < 7:
            return json_reply({"code": 400, "msg": "车牌号格式不正确"})
        order_id = f"PK{len(bills) + 1:04d}{secrets.token_hex(4).upper()}"
        bill = {
            "orderId": order_id, "plateNo": plate, "inTime": "2024-06-03 09:12:45", "duration": "3小时27分",
            "totalAmount": 1500, "discountAmount": 0, "payAmount": 1500,
        }
        bills[order_id] = bill
        return json_reply({"code": 200, "msg": "success", "data": bill})

    def follow_check(request: SeenRequest):
        order_id = (request.query.get("orderId") or [""])[0]
        openid = bills.get(order_id, {}).get("openid", "")
        return json_reply({"subscribed": bool(openid) and openid in followers})

    def pay(request: SeenRequest):
        order_id = str(body_of(request).get("orderId", ""))
        bill = bills.get(order_id)
        if bill is None:
            return json_reply({"code": 404, "msg": "订单不存在或已过期，请重新查询"})
        if bill.get("openid", "") not in followers or not bill.get("openid"):
            return json_reply({"code": 4031, "msg": "请先关注公众号后再缴费"})
        return json_reply({"code": 200, "msg": "success", "data": jsapi_params("wx03" + secrets.token_hex(14))})

    return {"/api/park/query": query, "/api/follow/check": follow_check, "/api/park/pay": pay}
