"""一号食堂 (uni-app H5): no login, no follow; the order API answers JSAPI pay parameters straight away."""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import json_reply, jsapi_params


def routes(ctx):
    def order(request):
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            data = {}
        if request.method != "POST" or not data.get("items"):
            return json_reply({"code": 1001, "message": "购物车为空"})
        order_no = "YH" + secrets.token_hex(5).upper()
        return json_reply({"code": 0, "message": "ok", "data": {
            "orderNo": order_no, "payParams": jsapi_params("wx0312" + secrets.token_hex(9))}})

    return {"/api/order": order}
