"""The order API is broken for everyone (500 系统繁忙) and there is no wall: nothing to conclude about walls."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def order(request):
        return json_reply({"code": 50001, "msg": "系统繁忙，请稍后再试"}, status=500)

    return {"/api/mj/order": order}
