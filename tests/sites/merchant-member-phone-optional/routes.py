"""Pay-the-merchant for a convenience store: the 会员手机号 field only earns points. The pay API needs the store and
the amount; with no phone it answers WeChat JSAPI parameters or an Alipay trade number all the same."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def create(request):
        fields = form(request)
        try:
            amount = float(fields.get("totalAmount", "0"))
        except ValueError:
            amount = 0.0
        if amount <= 0 or fields.get("storeNo") != "BJ-WJ-0318":
            return json_reply({"ret": "FAIL", "msg": "金额不正确"}, status=400)
        if fields.get("channel") == "ALI_JSAPI":
            return json_reply({"ret": "SUCCESS", "tradeNo": "2024060322001466031408873021"})
        return json_reply({"ret": "SUCCESS", "wxPayInfo": jsapi_params("wx031045239hlj0318a8c1d4e33")})

    return {"/gateway/pay/create": create}
