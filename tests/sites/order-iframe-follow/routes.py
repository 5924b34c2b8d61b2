"""A follow wall served in an iframe over the menu; its 我已关注 check and the order API both say not a fan."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def fans_check(request):
        return json_reply({"isFans": False})

    def order(request):
        return json_reply({"error": "NOT_FANS", "msg": "请先关注公众号"}, status=403)

    return {"/api/fans/check": fans_check, "/api/order": order}
