"""The prepay API answers 403 unless a mobile number came with the amount."""

import re

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def prepay(request):
        fields = form(request)
        if not re.fullmatch(r"1[3-9]\d{9}", fields.get("phone", "")):
            return json_reply({"result": "FAIL", "message": "请填写手机号"}, status=403)
        return json_reply({"result": "SUCCESS", "payParams": jsapi_params("wx031045239lbx")})

    return {"/cashier/prepay": prepay}
