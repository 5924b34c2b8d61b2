"""The follow sheet can be dismissed, but the order API refuses every order with NEED_SUBSCRIBE: the wall is
enforced on the server, not in the sheet."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def create(request):
        return json_reply({"code": "NEED_SUBSCRIBE", "msg": "请先关注公众号"})

    return {"/order/create": create}
