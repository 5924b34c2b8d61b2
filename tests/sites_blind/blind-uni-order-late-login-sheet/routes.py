"""湘味小馆 table ordering (uni-app H5): menu and order APIs, WeChat OAuth for the phone login."""

from __future__ import annotations

import itertools

from tests.sites.routekit import cookies, form, json_reply, jsapi_params, redirect, set_cookie, wechat_authorize_url
from tests.support.server import SeenRequest

APPID = "wx6f3a2c81d09be417"
TOKEN = "utk_5d81c0e2a4f7"

MENU = [
    {"id": "c1", "name": "招牌推荐", "dishes": [
        {"id": 101, "name": "农家小炒肉", "desc": "精选前腿肉，现炒现卖", "price": 3800},
        {"id": 102, "name": "剁椒鱼头", "desc": "约1.5斤，微辣", "price": 6800},
        {"id": 103, "name": "手撕包菜", "desc": "干锅做法", "price": 2200},
    ]},
    {"id": "c2", "name": "主食", "dishes": [
        {"id": 201, "name": "米饭", "desc": "东北大米", "price": 200},
        {"id": 202, "name": "湘味炒饭", "desc": "腊肉蛋炒饭", "price": 1800},
    ]},
    {"id": "c3", "name": "饮品", "dishes": [
        {"id": 301, "name": "酸梅汤", "desc": "自制冰镇", "price": 800},
        {"id": 302, "name": "王老吉", "desc": "310ml 罐装", "price": 600},
    ]},
]


def routes(ctx):
    order_no = itertools.count(240601001)

    def menu(request: SeenRequest):
        table = form(request).get("table") or "A12"
        return json_reply({"code": 0, "msg": "ok", "data": {"shopName": "湘味小馆（科技园店）", "table": table, "categories": MENU}})

    def user_info(request: SeenRequest):
        if cookies(request).get("uni_token") != TOKEN:
            return json_reply({"code": 401, "msg": "未登录"})
        return json_reply({"code": 0, "data": {"nickName": "微信用户", "mobile": "138****6620"}})

    def order_create(request: SeenRequest):
        if cookies(request).get("uni_token") != TOKEN:
            return json_reply({"code": 401, "msg": "请先登录"})
        no = f"XW{next(order_no)}"
        ctx.state.setdefault("orders", []).append(no)
        return json_reply({"code": 0, "msg": "ok", "data": {"orderNo": no, "payParams": jsapi_params(f"wx2024{no}")}})

    def oauth(request: SeenRequest):
        back = ctx.url("/api/user/oauth/callback")
        return redirect(wechat_authorize_url(APPID, back, "snsapi_userinfo", "order_confirm"))

    def oauth_callback(request: SeenRequest):
        code = form(request).get("code")
        if not code:
            # 用户拒绝授权：回到确认订单页，仍未登录
            return redirect("/#/pages/order/confirm")
        return redirect("/#/pages/order/confirm", headers=set_cookie("uni_token", TOKEN))

    return {
        "/api/shop/menu": menu,
        "/api/user/info": user_info,
        "/api/order/create": order_create,
        "/api/user/oauth": oauth,
        "/api/user/oauth/callback": oauth_callback,
    }
