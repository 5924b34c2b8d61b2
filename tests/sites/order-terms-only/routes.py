"""Plain service terms (no follow, no marketing) must be accepted; the order then goes to the WeChat H5 cashier."""

from tests.sites.routekit import form, json_reply, wechat_cashier_url


def routes(ctx):
    def order(request):
        fields = form(request)
        if fields.get("agreeTerms") != "true":
            return json_reply({"message": "请先同意用户服务协议"}, status=400)
        return json_reply({"cashierUrl": wechat_cashier_url("wx031045239ddd18", ctx.url("/paid.html"))})

    return {"/dianduode/order": order}
