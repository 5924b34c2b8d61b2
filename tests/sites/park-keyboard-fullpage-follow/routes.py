"""The fee API flags every visitor as not subscribed, which puts a full-page follow layer over the fee page;
the pay API refuses as well, so removing the layer would not help either."""

from tests.sites.routekit import form, json_reply


def routes(ctx):
    def fee(request):
        data = {"carNo": form(request).get("carNo", ""), "inTime": "2024-06-03 06:52:10", "duration": "4小时38分",
                "fee": "30.00", "needSubscribe": True}
        return json_reply({"code": 0, "data": data})

    def pay(request):
        return json_reply({"code": 4031, "msg": "请先关注公众号"}, status=403)

    return {"/api/v2/fee": fee, "/api/v2/pay": pay}
