"""Coupon-for-following offer is optional: the prepay API works for anyone, followed or not."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def jssdk_config(request):
        return json_reply({"appId": "wx2d6f0e9a1c3b5748", "timestamp": 1717392000, "nonceStr": "Wm3WZYTPz0wzccnW",
                           "signature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed"})

    def order(request):
        car = form(request).get("car", "")
        return json_reply({"car": car, "inTime": "06-03 13:20", "duration": "1小时46分", "fee": "12.00", "orderId": "YXC-88213"})

    def prepay(request):
        return json_reply(jsapi_params("wx0310452391yxc88213a8c1d4e33a1c"))

    return {"/wx/jssdk-config": jssdk_config, "/park/order": order, "/park/prepay": prepay}
