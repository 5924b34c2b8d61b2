"""The landing page sends every visitor to snsapi_userinfo from JS; without the resulting token the pay API
refuses, and a declined consent only offers 重新授权."""

import secrets

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    tokens: set[str] = set()

    def login(request):
        if not form(request).get("code"):
            return json_reply({"error": "code"}, status=400)
        token = secrets.token_hex(10)
        tokens.add(token)
        return json_reply({"token": token})

    def pay(request):
        if request.headers.get("x-pay-token", "") not in tokens:
            return json_reply({"error": "login required"}, status=401)
        return json_reply({"params": jsapi_params("wx031045239hm")})

    return {"/api/hm/login": login, "/api/hm/pay": pay}
