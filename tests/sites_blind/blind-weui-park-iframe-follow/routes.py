"""联泊停车 (iframe shell): the pay API insists on a follow and the subscribe check never passes."""

from __future__ import annotations

import time

from tests.sites.routekit import form, json_reply


def routes(ctx):
    orders = ctx.state.setdefault("orders", {})

    def fee(request):
        plate = (form(request).get("plate") or "").strip().upper()
        if not plate:
            return json_reply({"code": 1001, "msg": "请输入车牌号"})
        order_no = "LB%s%04d" % (time.strftime("%Y%m%d%H%M%S"), len(orders) + 1)
        orders[order_no] = plate
        return json_reply({"code": 0, "data": {
            "plate": plate, "orderNo": order_no, "amount": 1100, "minutes": 158,
            "inTime": "2024-05-13 09:42:16", "lotName": "星河湾广场地下停车场",
        }})

    def pay(request):
        data = form(request)
        if data.get("orderNo") not in orders:
            return json_reply({"status": "error", "msg": "订单不存在或已失效"})
        # the user's subscribe state is looked up by openid; this lot's check never finds one
        return json_reply({"status": "need_follow", "msg": "请先关注「联泊停车」公众号，关注后即可缴费"})

    def subscribe_check(request):
        return json_reply({"subscribe": 0, "msg": "未关注"})

    return {
        "/api/park/fee": fee,
        "/api/park/pay": pay,
        "/api/wx/subscribe/check": subscribe_check,
    }
