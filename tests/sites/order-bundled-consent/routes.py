"""One checkbox bundles the service terms with following the Official Account; the submit API refuses unless
it was ticked, so refusing the follow means no order."""

from tests.sites.routekit import form, jsapi_params, json_reply

MENU = [
    {"id": 101, "title": "招牌红烧牛肉面", "price": 32},
    {"id": 102, "title": "葱油拌面", "price": 18},
    {"id": 103, "title": "卤蛋", "price": 3},
]


def routes(ctx):
    def menu(request):
        return json_reply(MENU)

    def submit(request):
        if form(request).get("agreeAndFollow") != "1":
            return json_reply({"success": False, "errorMsg": "请先同意服务协议并关注公众号"})
        return json_reply({"success": True, "payInfo": jsapi_params("wx031045239ywhm05")})

    return {"/api/menu": menu, "/api/order/submit": submit}
