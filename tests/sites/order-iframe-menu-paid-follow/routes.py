"""Table ordering with the menu in a same-origin iframe and 去结算 in the parent; the order API needs only the
table and dishes, wx.chooseWXPay pays, and the follow QR appears only on the 支付成功 layer after payment."""

from tests.sites.routekit import jsapi_params, json_reply


def routes(ctx):
    def jsconfig(request):
        return json_reply({"appId": "wx3c7a9e5b1d2f4806", "timestamp": 1717392000, "nonceStr": "sushi12ichiban",
                           "signature": "9e107d9d372bb6826bd81d3542a419d6e1f0b2c4"})

    def orders(request):
        return json_reply({"orderNo": "YB120603017", "pay": jsapi_params("wx031045239yb12a8c1d4e33a1c017")})

    return {"/api/wx/jsconfig": jsconfig, "/api/sushi/orders": orders}
