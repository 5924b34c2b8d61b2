"""An English café SPA (history.pushState routes): optional WeChat sign-in, guest checkout paid via wx.chooseWXPay."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from tests.sites.routekit import cookies, form, json_reply, jsapi_params, redirect, set_cookie, wechat_authorize_url
from tests.support.server import Reply

APPID = "wx3b8e0f25d6a1c947"
PRICES = {"flat-white": 3200, "latte": 3000, "long-black": 2600, "matcha": 3400, "croissant": 1800, "banana-bread": 2200}
MENU = [
    {"title": "Coffee", "items": [
        {"id": "flat-white", "name": "Flat White", "desc": "Double ristretto, silky milk", "price": 3200},
        {"id": "latte", "name": "Latte", "desc": "Single origin espresso", "price": 3000},
        {"id": "long-black", "name": "Long Black", "desc": "Hot water, double shot", "price": 2600},
    ]},
    {"title": "Not coffee", "items": [
        {"id": "matcha", "name": "Iced Matcha", "desc": "Uji matcha, oat milk", "price": 3400},
    ]},
    {"title": "Bakery", "items": [
        {"id": "croissant", "name": "Butter Croissant", "desc": "Baked this morning", "price": 1800},
        {"id": "banana-bread", "name": "Banana Bread", "desc": "Toasted, with butter", "price": 2200},
    ]},
]


def routes(ctx):
    shell = (Path(__file__).parent / "index.html").read_bytes()
    members: dict[str, dict] = ctx.state.setdefault("members", {})
    orders = ctx.state.setdefault("orders", [])
    seq = itertools.count(101)

    def app_shell(req):
        return Reply(200, shell)

    def menu(req):
        return json_reply({"sections": MENU})

    def me(req):
        member = members.get(cookies(req).get("hb_sid", ""))
        return json_reply({"signed_in": bool(member), "member": member})

    def jssdk_config(req):
        return json_reply({"appId": APPID, "timestamp": "1717392000", "nonceStr": "Wm3WZYTPz0wzccnW",
                           "signature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed"})

    def sign_in(req):
        nxt = form(req).get("next", "/checkout")
        return redirect(wechat_authorize_url(APPID, ctx.url("/auth/wechat/callback"), "snsapi_userinfo", nxt))

    def sign_in_back(req):
        fields = form(req)
        nxt = fields.get("state") or "/checkout"
        if not nxt.startswith("/"):
            nxt = "/checkout"
        if not fields.get("code"):
            return redirect(nxt)
        sid = f"m{len(members) + 1:03d}"
        members[sid] = {"nickname": "WeChat friend", "points": 40}
        return redirect(nxt, headers=set_cookie("hb_sid", sid))

    def create_order(req):
        try:
            body = json.loads(req.body or b"{}")
        except ValueError:
            return json_reply({"ok": False, "error": "Bad request"}, status=400)
        lines = [i for i in body.get("items") or [] if i.get("sku") in PRICES and int(i.get("qty") or 0) > 0]
        if not lines:
            return json_reply({"ok": False, "error": "Your bag is empty"}, status=422)
        order_id = f"HB-{next(seq)}"
        member = members.get(cookies(req).get("hb_sid", ""))
        orders.append({"id": order_id, "member": bool(member)})
        return json_reply({"ok": True, "order_id": order_id,
                           "amount": sum(PRICES[i["sku"]] * int(i["qty"]) for i in lines),
                           "payment": jsapi_params(f"wx20240603{order_id[3:]}")})

    return {
        "/checkout": app_shell,
        "/order-complete": app_shell,
        "/api/menu": menu,
        "/api/me": me,
        "/api/wx/jssdk-config": jssdk_config,
        "/auth/wechat": sign_in,
        "/auth/wechat/callback": sign_in_back,
        "/api/orders": create_order,
    }
