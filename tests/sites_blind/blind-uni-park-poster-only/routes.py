"""海岸城停车场 (uni-app H5): plate query and fee lookup. There is no pay endpoint on the web side."""

from __future__ import annotations

import re

from tests.sites.routekit import form, json_reply
from tests.support.server import SeenRequest

PLATE = re.compile(r"^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$")


def _fee(plate: str) -> dict:
    return {
        "plateNo": plate,
        "parkName": "海岸城地下停车场",
        "inTime": "2024-06-03 09:12:44",
        "parkDuration": "3小时26分",
        "totalFee": "15.00",
        "discountFee": "0.00",
        "payFee": "15.00",
        "freeMinutes": 15,
    }


def routes(ctx):
    def query(request: SeenRequest):
        plate = (form(request).get("plateNo") or "").upper()
        if not PLATE.match(plate):
            return json_reply({"code": 1, "msg": "车牌号格式不正确"})
        return json_reply({"code": 0, "msg": "ok", "data": {"plateNo": plate, "inPark": True}})

    def fee(request: SeenRequest):
        plate = (form(request).get("plateNo") or "").upper()
        if not PLATE.match(plate):
            return json_reply({"code": 1, "msg": "车牌号格式不正确"})
        return json_reply({"code": 0, "msg": "ok", "data": _fee(plate)})

    return {"/api/park/query": query, "/api/park/fee": fee}
