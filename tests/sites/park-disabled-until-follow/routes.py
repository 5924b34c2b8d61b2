"""Follow status is looked up server-side and is never 'subscribed', so the pay button and the pay API stay shut."""

from tests.sites.routekit import form, json_reply


def routes(ctx):
    def query_fee(request):
        car_no = form(request).get("carNo", "")
        result = {"carNo": car_no, "inTime": "06-03 08:41", "parkTime": "2小时05分", "payable": "13.00",
                  "billNo": "JQ0017-240603-00513"}
        return json_reply({"status": "success", "result": result})

    def subscribe_status(request):
        return json_reply({"status": "success", "subscribe": 0})

    def pay(request):
        return json_reply({"status": "fail", "message": "请先关注公众号后再缴费"}, status=403)

    return {"/parking/queryFee": query_fee, "/parking/subscribeStatus": subscribe_status, "/parking/pay": pay}
