"""木作家居: buying needs a member session, which a shopper who declines to log in never has."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def fastadd(request):
        return json_reply({"errno": 501, "errmsg": "请登录"})

    return {"/api/cart/fastadd": fastadd}
