"""Checkout answers 401 until the mobile + one-time-code sign-in has set a member cookie."""

import re
import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, set_cookie


def routes(ctx):
    members: set[str] = set()

    def otp(request):
        return json_reply({"sent": True})

    def signin(request):
        fields = form(request)
        if not re.fullmatch(r"1[3-9]\d{9}", fields.get("mobile", "")) or not fields.get("otp"):
            return json_reply({"error": "invalid code"}, status=400)
        member = secrets.token_hex(8)
        members.add(member)
        return json_reply({"ok": True}, headers=set_cookie("hr_member", member))

    def orders(request):
        if cookies(request).get("hr_member") not in members:
            return json_reply({"error": "sign in required"}, status=401)
        return json_reply({"payment": jsapi_params("wx031045239hr14")})

    return {"/api/otp": otp, "/api/signin": signin, "/api/orders": orders}
