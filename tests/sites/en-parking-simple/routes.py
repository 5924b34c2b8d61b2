"""English parking page: plate → session → pay with the JS-SDK. No wall."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def config(request):
        return json_reply({"appId": "wx5e1a7c3d9f2b4680", "timestamp": 1717392000, "nonceStr": "nG8xQ2pLr7",
                           "signature": "3a1f5c9e0b7d2468ace13579bdf02468ace13579"})

    def sessions(request):
        return json_reply({"id": "S-40417", "vrn": form(request).get("vrn", ""), "entered": "10:24", "duration": "2 h 16 min",
                           "due": "45.00"})

    def pay(request):
        return json_reply(jsapi_params("wx0310452391ifc40417a8c1d4e33a1c0"))

    return {"/jsapi/config": config, "/api/sessions": sessions, "/api/sessions/S-40417/pay": pay}
