"""The pay channel is never available and no wall is involved: an audit can only say it found no way to pay."""

from tests.sites.routekit import form, json_reply


def routes(ctx):
    def query(request):
        return json_reply({"carNumber": form(request).get("carNumber", ""), "duration": "1小时12分", "fee": "6.00"})

    def channel(request):
        return json_reply({"available": False, "reason": "maintenance"})

    return {"/api/park/query": query, "/api/pay/channel": channel}
