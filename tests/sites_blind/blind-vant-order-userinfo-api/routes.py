"""Table ordering whose order API wants a snsapi_userinfo session: no cookie -> 40101, and only an OAuth code sets one."""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import cookies, form, json_reply, jsapi_params, redirect, set_cookie
from tests.support.server import SeenRequest

SESSION_COOKIE = "XM_SESSION"

MENU = {
    "shop": {"id": 1038, "name": "小满面馆（科技园店）", "notice": "出餐约15分钟"},
    "categories": [
        {"id": 1, "name": "招牌面", "goods": [
            {"id": 101, "name": "红烧牛肉面", "desc": "慢炖牛腱 · 大碗", "price": 2800},
            {"id": 102, "name": "番茄肥牛面", "desc": "酸甜开胃", "price": 2600},
            {"id": 103, "name": "葱油拌面", "desc": "经典上海味", "price": 1600},
        ]},
        {"id": 2, "name": "小吃", "goods": [
            {"id": 201, "name": "卤蛋", "desc": "秘制卤汁", "price": 300},
            {"id": 202, "name": "煎饺(6只)", "desc": "猪肉白菜馅", "price": 1200},
        ]},
        {"id": 3, "name": "饮品", "goods": [
            {"id": 301, "name": "酸梅汤", "desc": "冰镇", "price": 600},
            {"id": 302, "name": "豆浆", "desc": "现磨", "price": 500},
        ]},
    ],
}
PRICES = {g["id"]: g["price"] for c in MENU["categories"] for g in c["goods"]}


def routes(ctx):
    sessions: set[str] = ctx.state.setdefault("sessions", set())
    orders: list[dict] = ctx.state.setdefault("orders", [])

    def menu(_: SeenRequest):
        return json_reply({"code": 0, "msg": "ok", "data": MENU})

    def oauth_callback(request: SeenRequest):
        q = form(request)
        table = q.get("table", "")
        home = "/" + (f"?table={table}" if table else "")
        code = q.get("code", "")
        if not code:  # the visitor declined the userinfo authorization: back to the menu, still anonymous
            return redirect(home + "#/menu")
        sid = secrets.token_hex(12)
        sessions.add(sid)
        return redirect(home + "#/confirm", headers=set_cookie(SESSION_COOKIE, sid))

    def order(request: SeenRequest):
        if request.method != "POST":
            return json_reply({"code": 405, "msg": "method not allowed"}, 405)
        if cookies(request).get(SESSION_COOKIE) not in sessions:
            return json_reply({"code": 40101, "msg": "需要授权用户信息"})
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            body = {}
        items = body.get("items") or []
        total = 0
        for item in items:
            try:
                total += PRICES[int(item.get("goodsId"))] * max(0, int(item.get("num", 0)))
            except (KeyError, TypeError, ValueError):
                return json_reply({"code": 1, "msg": "商品已下架，请刷新菜单"})
        if total <= 0:
            return json_reply({"code": 1, "msg": "请选择商品"})
        order_no = f"XM2024{len(orders) + 1:08d}"
        orders.append({"orderNo": order_no, "total": total, "table": body.get("tableNo")})
        prepay = f"wx03{secrets.token_hex(14)}"
        return json_reply({"code": 0, "msg": "ok", "data": {"orderNo": order_no, "total": total, "payParams": jsapi_params(prepay)}})

    return {"/api/shop/menu": menu, "/api/wx/oauth/callback": oauth_callback, "/api/order": order}
