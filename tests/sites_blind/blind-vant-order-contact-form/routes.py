"""山间食堂 dine-in ordering: the order API refuses every order without a contact name and a mobile number."""

from __future__ import annotations

import json
import re

from tests.sites.routekit import json_reply, jsapi_params

MOBILE = re.compile(r"^1[3-9]\d{9}$")


def routes(ctx):
    def submit(request):
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            body = {}
        if not body.get("items"):
            return json_reply({"code": 1002, "msg": "请先选择菜品"})
        contact = body.get("contact") or {}
        name = str(contact.get("name") or "").strip()
        mobile = str(contact.get("mobile") or "").strip()
        if not name or not MOBILE.match(mobile):
            return json_reply({"code": 400, "msg": "请填写联系人"})
        ctx.state["n"] = ctx.state.get("n", 0) + 1
        order_no = f"SJ{ctx.state['n']:05d}"
        return json_reply({"code": 0, "data": {"orderNo": order_no, "payInfo": jsapi_params(f"wx26SJST{order_no}")}})

    return {"/api/dinein/order/submit": submit}
