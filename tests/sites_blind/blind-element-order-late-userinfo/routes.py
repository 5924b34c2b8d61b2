"""Server side of a late-userinfo Element-UI ordering page: slow menu, OAuth callback, session-gated order API."""

from __future__ import annotations

import itertools
import json
import time

from tests.sites.routekit import cookies, form, json_reply, jsapi_params, redirect, set_cookie, wechat_authorize_url

APPID = "wx7d3a5be0c41f9e62"
SESSION = "XL_SESSION"

MENU = [
    {"name": "招牌推荐", "foods": [
        {"id": "1001", "name": "剁椒鱼头", "desc": "鲜活胖头鱼，自制剁椒", "price": 8800},
        {"id": "1002", "name": "小炒黄牛肉", "desc": "现切黄牛肉，香辣下饭", "price": 6800},
    ]},
    {"name": "家常小炒", "foods": [
        {"id": "2001", "name": "辣椒炒肉", "desc": "农家土猪肉", "price": 3800},
        {"id": "2002", "name": "手撕包菜", "desc": "干锅做法", "price": 2200},
        {"id": "2003", "name": "擂辣椒皮蛋", "desc": "", "price": 2600},
    ]},
    {"name": "主食饮品", "foods": [
        {"id": "3001", "name": "米饭", "desc": "一碗", "price": 200},
        {"id": "3002", "name": "酸梅汤", "desc": "冰镇 500ml", "price": 800},
    ]},
]


def routes(ctx):
    sessions: set[str] = ctx.state.setdefault("sessions", set())
    counter = itertools.count(1)

    def menu(req):
        time.sleep(1.5)
        return json_reply({"code": 0, "msg": "ok", "data": {"categories": MENU}})

    def user_info(req):
        if cookies(req).get(SESSION) in sessions:
            return json_reply({"code": 0, "data": {"nickname": "微信用户", "avatar": ""}})
        return json_reply({"code": 401, "msg": "未登录"})

    def authorize(req):
        table = form(req).get("table", "A08")
        back = ctx.url("/api/wx/callback")
        return redirect(wechat_authorize_url(APPID, back, "snsapi_userinfo", table))

    def callback(req):
        fields = form(req)
        table = fields.get("state") or "A08"
        code = fields.get("code")
        if not code:
            return redirect(f"/?table={table}")
        token = f"s{len(sessions) + 1:04d}{code[-6:]}"
        sessions.add(token)
        return redirect(f"/?table={table}", headers=set_cookie(SESSION, token))

    def create(req):
        if cookies(req).get(SESSION) not in sessions:
            return json_reply({"code": 401, "msg": "请先授权登录"}, status=401)
        try:
            body = json.loads(req.body or b"{}")
        except ValueError:
            body = {}
        items = body.get("items") or []
        if not items:
            return json_reply({"code": 400, "msg": "购物车是空的"})
        order_no = f"XL{time.strftime('%Y%m%d')}{next(counter):05d}"
        ctx.state.setdefault("orders", []).append(order_no)
        return json_reply({"code": 0, "msg": "ok", "data": {
            "orderNo": order_no, "payParams": jsapi_params(f"wx{order_no}")}})

    return {
        "/api/menu": menu,
        "/api/user/info": user_info,
        "/api/wx/authorize": authorize,
        "/api/wx/callback": callback,
        "/api/order/create": create,
    }
