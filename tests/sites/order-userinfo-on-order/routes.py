"""Ordering needs a token that only the snsapi_userinfo login hands out; 暂不授权 just closes the sheet and the
order API keeps answering NEED_AUTH."""

import secrets

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    tokens: set[str] = set()

    def login(request):
        if not form(request).get("code"):
            return json_reply({"error": "code required"}, status=400)
        token = secrets.token_hex(10)
        tokens.add(token)
        return json_reply({"token": token})

    def order(request):
        if request.headers.get("x-token", "") not in tokens:
            return json_reply({"code": "NEED_AUTH"})
        return json_reply({"code": "OK", "pay": jsapi_params("wx031045239mw21")})

    return {"/api/muwu/login": login, "/api/muwu/order": order}
