"""JS-initiated snsapi_base for the openid (compliant) plus an optional 授权登录 (snsapi_userinfo) for a member
discount; paying needs the openid only."""

import secrets

from tests.sites.routekit import cookies, form, jsapi_params, json_reply, redirect, set_cookie


def routes(ctx):
    openids: set[str] = set()

    def back(request):
        fields = form(request)
        if not fields.get("code"):
            return redirect("/")  # declined the member login: carry on as a guest
        openid = "oLH" + secrets.token_hex(9)
        openids.add(openid)
        # Readable by the page script, which checks it before redirecting to OAuth again.
        return redirect("/", headers=set_cookie("oid", openid, http_only=False))

    def order(request):
        if cookies(request).get("oid") not in openids:
            return json_reply({"code": 401, "msg": "请重新扫码"}, status=401)
        car = form(request).get("carNo", "")
        return json_reply({"code": 0, "data": {"carNo": car, "amount": "10.00", "pay": jsapi_params("wx031045239lh0603a8c1d4e33")}})

    return {"/wx/back": back, "/lh/parking/order": order}
