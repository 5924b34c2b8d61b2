"""Pay-the-merchant with an optional phone field: the unified-order API only needs an amount."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def unified(request):
        try:
            amount = float(form(request).get("amount", "0"))
        except ValueError:
            amount = 0.0
        if amount <= 0:
            return json_reply({"error": "金额不正确"}, status=400)
        return json_reply({"jsapi": jsapi_params("wx031045239xf1603")})

    return {"/pay/unified": unified}
