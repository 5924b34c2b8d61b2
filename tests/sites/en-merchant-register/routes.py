"""No payment without an account: /v1/payments answers 403 account_required, and /v1/accounts needs a full
name, e-mail, mobile and date of birth before it hands out payment parameters."""

import re

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def payments(request):
        return json_reply({"error": "account_required"}, status=403)

    def accounts(request):
        f = form(request)
        ok = (f.get("fullName", "").strip() and re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", f.get("email", ""))
              and re.fullmatch(r"(\+?86)?1[3-9]\d{9}", f.get("mobile", "")) and f.get("dob"))
        if not ok:
            return json_reply({"error": "Please check your details."}, status=400)
        return json_reply({"wechat": jsapi_params("wx031045239wp07")})

    return {"/v1/payments": payments, "/v1/accounts": accounts}
