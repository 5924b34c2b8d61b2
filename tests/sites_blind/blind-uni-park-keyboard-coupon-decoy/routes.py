"""万象汇停车场 (uni-app H5): plate lookup, prepay with JSAPI parameters, pay result. Nothing asks who the payer is."""

from __future__ import annotations

import itertools
import json
import re

from tests.sites.routekit import form, json_reply, jsapi_params
from tests.support.server import SeenRequest

PLATE = re.compile(r"^[\u4e00-\u9fa5][A-Z][A-HJ-NP-Z0-9]{5,6}$")


def routes(ctx):
    seq = itertools.count(8801)
    orders: dict[str, dict] = ctx.state.setdefault("orders", {})

    def body_or_query(request: SeenRequest) -> dict:
        try:
            data = json.loads(request.body or b"{}")
            if isinstance(data, dict):
                return {**form(request), **{k: str(v) for k, v in data.items()}}
        except ValueError:
            pass
        return form(request)

    def order(request: SeenRequest):
        plate = (form(request).get("plateNo") or "").upper()
        if not PLATE.match(plate):
            return json_reply({"code": 40001, "msg": "车牌号格式有误"})
        order_id = f"PK20240603{next(seq)}"
        orders[order_id] = {"plateNo": plate, "paid": False}
        return json_reply({"code": 0, "msg": "success", "data": {
            "orderId": order_id, "plateNo": plate, "parkName": "万象汇停车场（B2层）",
            "entryTime": "2024-06-03 13:05:21", "duration": "2小时17分", "amount": 1000, "payAmount": 1000,
        }})

    def prepay(request: SeenRequest):
        data = body_or_query(request)
        order_id = data.get("orderId", "")
        if order_id not in orders:
            return json_reply({"code": 40004, "msg": "订单不存在或已失效，请重新查询"})
        return json_reply({"code": 0, "msg": "success", "data": {"orderId": order_id, "payParams": jsapi_params(f"wx03{order_id}")}})

    def status(request: SeenRequest):
        order_id = form(request).get("orderId", "")
        if order_id in orders:
            orders[order_id]["paid"] = True
        return json_reply({"code": 0, "data": {"orderId": order_id, "status": "PAID" if order_id in orders else "UNKNOWN", "leaveMinutes": 15}})

    return {"/api/parking/order": order, "/api/parking/prepay": prepay, "/api/parking/status": status}
