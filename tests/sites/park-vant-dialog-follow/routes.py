"""A Vant-built parking SPA: after the fee query a van-dialog suggests following the Official Account. 取消
really closes it, and the prepay API answers anyone with the order number: the follow is only a suggestion."""

from tests.sites.routekit import form, jsapi_params, json_reply

ORDER_NO = "DJ0251-20240603-11873"


def routes(ctx):
    def fee(request):
        fields = form(request)
        plate = fields.get("plateNo", "")
        if len(plate) < 7:
            return json_reply({"code": 400, "message": "车牌号格式不正确"})
        return json_reply({"code": 200, "message": "success", "data": {
            "plateNo": plate, "inTime": "2024-06-03 10:05:12", "parkingTime": "2小时17分", "payAmount": "20.00",
            "orderNo": ORDER_NO}})

    def prepay(request):
        if form(request).get("orderNo") != ORDER_NO:
            return json_reply({"code": 404, "message": "订单不存在"})
        return json_reply({"code": 200, "message": "success", "data": jsapi_params("wx0310452391dj0251a8c1d4e33a1c0b7")})

    return {"/api/v2/parking/fee": fee, "/api/v2/parking/prepay": prepay}
