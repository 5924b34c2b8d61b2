"""金桂路立体停车场 H5 (React, history routing): bill lookup by plate and a slow prepay (about 4 s)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

from tests.sites.routekit import form, json_reply, jsapi_params
from tests.support.server import Reply

INDEX = Path(__file__).with_name("index.html")


def routes(ctx):
    def spa(_req):
        # history routing: every client route is answered with the app shell
        return Reply(200, INDEX.read_bytes())

    def bill(req):
        plate = (req.query.get("plateNo") or [""])[0].strip().upper()
        if not plate:
            return json_reply({"code": 400, "message": "车牌号不能为空"})
        entered = datetime.now().replace(microsecond=0) - timedelta(hours=2, minutes=13)
        data = {
            "billNo": "PK" + datetime.now().strftime("%Y%m%d") + "0061327",
            "plateNo": plate,
            "inTime": entered.strftime("%Y-%m-%d %H:%M:%S"),
            "duration": "2小时13分",
            "total": "12.00",
            "discount": "0.00",
            "payable": "12.00",
        }
        ctx.state["bill"] = data
        return json_reply({"code": 0, "message": "ok", "data": data})

    def prepay(req):
        fields = form(req)
        if not fields.get("billNo"):
            return json_reply({"code": 400, "message": "账单不存在"})
        time.sleep(4)  # the parking operator's payment gateway is slow
        ctx.state["prepay_count"] = ctx.state.get("prepay_count", 0) + 1
        return json_reply({"code": 0, "message": "ok", "data": {"payParams": jsapi_params("wx2024061211390071a3d2f6")}})

    return {"/bill": spa, "/result": spa, "/api/parking/bill": bill, "/api/pay/prepay": prepay}
