"""蜀香居扫码点餐 backend: menu, JS-SDK signature, order + JSAPI prepay; login only for coupons."""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import form, json_reply, jsapi_params, set_cookie

MENU = [
    {"name": "招牌热菜", "dishes": [
        {"id": 101, "name": "宫保鸡丁", "price": 3800, "desc": "花生酥脆，糊辣荔枝味", "img": "/img/dish/101.png"},
        {"id": 102, "name": "鱼香肉丝", "price": 3200, "desc": "下饭神器，微甜微辣", "img": "/img/dish/102.png"},
        {"id": 103, "name": "水煮牛肉", "price": 5800, "desc": "嫩滑牛肉，麻辣鲜香", "img": "/img/dish/103.png"},
        {"id": 104, "name": "麻婆豆腐", "price": 2200, "desc": "郫县豆瓣，麻辣烫嫩", "img": "/img/dish/104.png"},
    ]},
    {"name": "凉菜", "dishes": [
        {"id": 105, "name": "口水鸡", "price": 3600, "desc": "红油藤椒，皮滑肉嫩", "img": "/img/dish/105.png"},
        {"id": 106, "name": "拍黄瓜", "price": 1200, "desc": "蒜香爽脆", "img": "/img/dish/106.png"},
    ]},
    {"name": "主食", "dishes": [
        {"id": 107, "name": "担担面", "price": 1800, "desc": "芽菜肉臊，麻辣鲜香", "img": "/img/dish/107.png"},
        {"id": 108, "name": "米饭", "price": 300, "desc": "东北长粒香", "img": "/img/dish/108.png"},
    ]},
    {"name": "饮品", "dishes": [
        {"id": 109, "name": "冰粉", "price": 1000, "desc": "红糖冰粉，解辣必备", "img": "/img/dish/109.png"},
        {"id": 110, "name": "酸梅汤", "price": 800, "desc": "古法熬制", "img": "/img/dish/110.png"},
    ]},
]
PRICES = {d["id"]: d["price"] for c in MENU for d in c["dishes"]}


def _body(request) -> dict:
    if "json" in request.headers.get("content-type", ""):
        try:
            data = json.loads(request.body or b"{}")
            return data if isinstance(data, dict) else {}
        except ValueError:
            return {}
    return form(request)


def routes(ctx):
    orders = ctx.state.setdefault("orders", {})

    def menu(request):
        return json_reply({"code": 0, "msg": "ok", "data": {"shopId": "SXJ0571001", "categories": MENU}})

    def jssdk(request):
        return json_reply({"code": 0, "data": {
            "appId": "wx2421b1c4370ec43b", "timestamp": 1717392000, "nonceStr": "Wm3WZYTPz0wzccnW",
            "signature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed"}})

    def create(request):
        data = _body(request)
        items = data.get("items") or []
        total = 0
        for it in items if isinstance(items, list) else []:
            try:
                total += PRICES[int(it.get("dishId"))] * max(int(it.get("qty", 0)), 0)
            except (KeyError, TypeError, ValueError, AttributeError):
                return json_reply({"code": 2001, "msg": "菜品已下架，请刷新菜单"})
        if total <= 0:
            return json_reply({"code": 2002, "msg": "请先选择菜品"})
        try:
            people = max(int(data.get("people", 1)), 1)
        except (TypeError, ValueError):
            people = 1
        order_no = "SXJ" + secrets.token_hex(6).upper()
        orders[order_no] = total + people * 200
        return json_reply({"code": 0, "msg": "ok", "data": {"orderNo": order_no, "amount": orders[order_no]}})

    def pay(request):
        order_no = form(request).get("orderNo", "")
        if order_no not in orders:
            return json_reply({"code": 3001, "msg": "订单不存在或已关闭"})
        return json_reply({"code": 0, "msg": "ok", "data": jsapi_params("wx" + order_no.lower() + "0001")})

    def sms(request):
        return json_reply({"code": 0, "msg": "验证码已发送"})

    def login(request):
        data = form(request)
        if not data.get("mobile") or not data.get("code"):
            return json_reply({"code": 1, "msg": "请输入手机号和验证码"})
        return json_reply({"code": 0, "msg": "ok", "data": {"nickname": "会员"}},
                          headers=set_cookie("sxj_member", secrets.token_hex(8)))

    return {
        "/api/menu": menu,
        "/api/wx/jssdk": jssdk,
        "/api/order/create": create,
        "/api/order/pay": pay,
        "/api/sms/send": sms,
        "/api/user/login": login,
    }
