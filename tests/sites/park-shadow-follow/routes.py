"""The pay API refuses (403, not followed) whatever the shadow-DOM dialog shows."""

from tests.sites.routekit import json_reply


def routes(ctx):
    def pay(request):
        return json_reply({"code": "NOT_SUBSCRIBED", "message": "请先关注公众号"}, status=403)

    return {"/api/gzt/pay": pay}
