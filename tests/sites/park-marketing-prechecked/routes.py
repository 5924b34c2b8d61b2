"""Marketing consent is ticked in advance, but the pay API accepts acceptMarketing=false just the same."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    ctx.state["marketing_choices"] = []

    def fee(request):
        plate = form(request).get("plate", "")
        data = {"plate": plate, "inTime": "2024-06-03 12:30", "duration": "55分钟", "amount": "8.00", "feeId": "MX5521"}
        return json_reply({"code": 200, "data": data})

    def pay(request):
        ctx.state["marketing_choices"].append(form(request).get("acceptMarketing"))
        return json_reply({"code": 200, "data": jsapi_params("wx0310452391mx5521a8c1d4e33a1c0f")})

    return {"/mixc/parking/fee": fee, "/mixc/parking/pay": pay}
