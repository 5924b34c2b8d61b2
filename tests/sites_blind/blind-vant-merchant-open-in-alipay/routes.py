"""Aggregated pay-the-merchant code that only takes Alipay: the trade API refuses anything but the Alipay client."""

from __future__ import annotations

import json

from tests.sites.routekit import json_reply
from tests.support.server import SeenRequest


def routes(ctx):
    ctx.state.setdefault("trades", [])

    def create(request: SeenRequest):
        if request.method != "POST":
            return json_reply({"code": "40004", "msg": "请求方式错误"}, 405)
        ua = request.headers.get("user-agent", "")
        if "AlipayClient" not in ua:
            return json_reply({"code": "40004", "msg": "本商户仅支持支付宝付款，请使用支付宝扫一扫"})
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            body = {}
        try:
            amount = float(body.get("totalAmount") or 0)
        except (TypeError, ValueError):
            amount = 0
        if amount <= 0:
            return json_reply({"code": "40004", "msg": "请输入正确的金额"})
        n = len(ctx.state["trades"]) + 1
        trade = {
            "tradeNo": f"2024060322001{n:06d}0541",
            "outTradeNo": f"HM{n:08d}",
            "totalAmount": f"{amount:.2f}",
        }
        ctx.state["trades"].append(trade)
        return json_reply({"code": "10000", "msg": "Success", "data": trade})

    return {"/api/cashier/trade/create": create}
