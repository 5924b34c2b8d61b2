"""Element-UI parking: plate lookup and a pay API that needs neither the optional phone nor the marketing opt-in."""

from __future__ import annotations

import itertools
import json
import re

from tests.sites.routekit import form, json_reply, jsapi_params

PLATE = re.compile(r"^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$")
PHONE = re.compile(r"^1[3-9]\d{9}$")


def routes(ctx):
    seq = itertools.count(1)
    orders: dict[str, dict] = ctx.state.setdefault("orders", {})

    def lookup(req):
        plate = form(req).get("plateNo", "").strip().upper()
        if not PLATE.match(plate):
            return json_reply({"code": 400, "message": "车牌号格式不正确"})
        order_no = f"P2406031{next(seq):05d}"
        orders[order_no] = {"plate": plate, "paid": False}
        return json_reply({"code": 200, "message": "success", "data": {
            "orderNo": order_no, "plateNo": plate, "parkName": "鑫泰广场地下停车场",
            "inTime": "2024-06-03 09:12:40", "duration": "3小时26分", "payAmount": 1500, "discount": 0}})

    def pay(req):
        try:
            body = json.loads(req.body or b"{}")
        except ValueError:
            body = {}
        order = orders.get(body.get("orderNo", ""))
        if order is None:
            return json_reply({"code": 404, "message": "订单不存在，请重新查询"})
        mobile = (body.get("mobile") or "").strip()
        if mobile and not PHONE.match(mobile):
            return json_reply({"code": 400, "message": "手机号格式不正确"})
        order.update(paid=True, mobile=mobile, sms_marketing=bool(body.get("smsMarketing")))
        return json_reply({"code": 200, "message": "success", "data": jsapi_params(f"wx03{body['orderNo']}")})

    return {"/api/v1/parking/order": lookup, "/api/v1/parking/pay": pay}
