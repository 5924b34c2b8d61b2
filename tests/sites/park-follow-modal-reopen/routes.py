"""The pay API refuses every visitor with code 40301 "请先关注公众号": following can never be verified here."""

from tests.sites.routekit import form, json_reply


def routes(ctx):
    def fee(request):
        plate = form(request).get("plate", "")
        data = {"plate": plate, "enterTime": "2024-06-03 09:12", "duration": "1小时27分", "amount": "15.00",
                "orderNo": "HQ20240603104233917"}
        return json_reply({"code": 0, "data": data})

    def pay(request):
        return json_reply({"code": 40301, "msg": "请先关注公众号"}, status=403)

    return {"/api/fee": fee, "/api/pay": pay}
