"""城西银泰城停车场: plate query, fee order and an H5 (MWEB) prepay that sends the payer to the WeChat cashier."""

from __future__ import annotations

import re
import zlib
from urllib.parse import quote

from tests.sites.routekit import form, json_reply, wechat_cashier_url

PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][A-Z0-9]{4,5}[A-Z0-9港澳学警]$")


def routes(ctx):
    orders = ctx.state.setdefault("orders", {})

    def query(request):
        plate = form(request).get("plateNo", "").strip().upper()
        if not PLATE.match(plate):
            return json_reply({"code": 400, "message": "车牌号格式不正确"})
        seed = zlib.crc32(plate.encode())
        minutes = 35 + seed % 300
        hours = -(-(minutes - 15) // 60)
        total = min(hours * 500, 4000)
        order_no = f"PK{seed % 10**8:08d}{len(orders) + 1:03d}"
        orders[order_no] = {
            "orderNo": order_no, "plateNo": plate, "parkName": "城西银泰城地下停车场",
            "inTime": f"2024-05-18 {9 + (seed % 5):02d}:{seed % 60:02d}:{seed % 53:02d}",
            "parkMinutes": minutes, "totalFee": total, "discountFee": 0, "payFee": total, "paid": False,
        }
        return json_reply({"code": 200, "message": "success", "data": {"orderNo": order_no, "payFee": total}})

    def order(request):
        found = orders.get(form(request).get("orderNo", ""))
        if not found:
            return json_reply({"code": 404, "message": "订单不存在，请重新查询"})
        return json_reply({"code": 200, "message": "success", "data": found})

    def pay(request):
        order_no = form(request).get("orderNo", "")
        found = orders.get(order_no)
        if not found:
            return json_reply({"code": 404, "message": "订单不存在，请重新查询"})
        prepay = "wx18" + order_no.lower() + "8a1b2c"
        back = ctx.url("/result.html?orderNo=" + quote(order_no))
        return json_reply({"code": 200, "message": "success",
                           "data": {"prepayId": prepay, "mwebUrl": wechat_cashier_url(prepay, back)}})

    return {"/api/park/query": query, "/api/park/order": order, "/api/park/pay": pay}
