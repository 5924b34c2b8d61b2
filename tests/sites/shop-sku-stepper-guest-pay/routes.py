"""茶语小站: a guest order gets JSAPI pay parameters straight away; an order with no cup size is refused."""

import json
import secrets

from tests.sites.routekit import json_reply, jsapi_params


def routes(ctx):
    def order(request):
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            data = {}
        if not data.get("cup") or not data.get("sweet"):
            return json_reply({"code": 1, "msg": "请选择规格"})
        return json_reply({"code": 0, "data": jsapi_params("wx0317" + secrets.token_hex(8))})

    return {"/api/order": order}
