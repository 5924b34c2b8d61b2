"""鲜果铺子: every purchase call answers 401 请先登录, since a shopper who declines to log in never has a token."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def buy(request):
        if request.headers.get("x-token"):
            return json_reply({"code": 500, "msg": "登录已失效"})
        return json_reply({"code": 401, "msg": "请先登录"})

    return {"/api/buy": buy, "/api/cart/settle": buy}
