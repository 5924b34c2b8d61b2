"""Amount typed on a div keypad; the pay API needs nothing but the amount in fen."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def pay(request):
        fee = form(request).get("total_fee", "")
        if not fee.isdigit() or int(fee) <= 0:
            return json_reply({"error": "total_fee"}, status=400)
        return json_reply(jsapi_params("wx031045239fm" + fee))

    return {"/api/qr/pay": pay}
