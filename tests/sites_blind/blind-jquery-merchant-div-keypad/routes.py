"""老王水果店 pay-the-merchant page: the prepay API needs only an amount (a remark is optional)."""

from __future__ import annotations

from tests.sites.routekit import form, json_reply, jsapi_params


def routes(ctx):
    counter = ctx.state.setdefault("n", [0])

    def prepay(request):
        data = form(request)
        try:
            amount = float(data.get("amount") or 0)
        except ValueError:
            amount = 0
        if not 0 < amount <= 50000:
            return json_reply({"code": 1, "msg": "金额有误"})
        if data.get("shopId") != "M20230917008":
            return json_reply({"code": 2, "msg": "商户不存在"})
        counter[0] += 1
        order_no = "LW20240301%05d" % counter[0]
        params = jsapi_params("wx0117342925867a1b9e7c5d6f0000%04d" % counter[0])
        params.update({"amount": "%.2f" % amount, "orderNo": order_no})
        return json_reply({"code": 0, "msg": "ok", "data": params})

    return {"/api/prepay": prepay}
