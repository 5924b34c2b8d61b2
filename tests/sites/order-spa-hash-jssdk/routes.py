"""Tea-shop SPA: spec picker, 选好了, confirm, then the JS-SDK pays. No wall anywhere."""

from tests.sites.routekit import jsapi_params, json_reply


def routes(ctx):
    def signature(request):
        return json_reply({"appId": "wx9b4d2f6a8c1e3570", "timestamp": "1717392000", "nonceStr": "tea2024",
                           "signature": "6c2d1f0e9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d"})

    def orders(request):
        return json_reply({"orderId": "T086", "pay": jsapi_params("wx031045239tea086")})

    return {"/api/wx/signature": signature, "/api/tea/orders": orders}
