"""Payment only through the Official Account menu: the H5 pay API always answers 'follow first'."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def pay(request):
        return json_reply({"code": 1001, "msg": "请关注公众号后在菜单中缴费"})

    return {"/njnz/pay": pay}
