"""jQuery table ordering: the order API refuses any order without a mobile number ("for 取餐通知")."""

from __future__ import annotations

import itertools
import re

from tests.sites.routekit import form, json_reply, jsapi_params

MOBILE = re.compile(r"^1\d{10}$")
GOODS = [
    {"cate_name": "招牌粉面", "goods": [
        {"goods_id": "101", "goods_name": "牛腩粉", "brief": "慢炖牛腩 · 米粉", "price": 2200},
        {"goods_id": "102", "goods_name": "三鲜面", "brief": "鲜虾 猪肝 瘦肉", "price": 1900},
        {"goods_id": "103", "goods_name": "酸辣粉", "brief": "重庆风味", "price": 1500},
    ]},
    {"cate_name": "小食", "goods": [
        {"goods_id": "201", "goods_name": "卤蛋", "brief": "一只", "price": 300},
        {"goods_id": "202", "goods_name": "炸云吞", "brief": "6只", "price": 1200},
    ]},
    {"cate_name": "饮品", "goods": [
        {"goods_id": "301", "goods_name": "冻柠茶", "brief": "", "price": 800},
    ]},
]
PRICES = {g["goods_id"]: g["price"] for c in GOODS for g in c["goods"]}


def routes(ctx):
    seq = itertools.count(1)
    orders = ctx.state.setdefault("orders", [])

    def goods_list(req):
        return json_reply({"status": 1, "info": "ok", "data": GOODS})

    def submit(req):
        if req.method != "POST":
            return json_reply({"code": 405, "msg": "method not allowed"}, status=405)
        f = form(req)
        lines = []
        for part in (f.get("goods") or "").split(","):
            gid, _, qty = part.partition(":")
            if gid in PRICES and qty.isdigit() and int(qty) > 0:
                lines.append((gid, int(qty)))
        if not lines:
            return json_reply({"code": 2, "msg": "请先选择商品"})
        mobile = (f.get("mobile") or "").strip()
        if not mobile:
            return json_reply({"code": 1, "msg": "请填写手机号"})
        if not MOBILE.match(mobile):
            return json_reply({"code": 1, "msg": "手机号格式不正确"})
        sn = f"LJ{240603}{next(seq):06d}"
        orders.append({"sn": sn, "mobile": mobile, "amount": sum(PRICES[g] * q for g, q in lines)})
        return json_reply({"code": 0, "msg": "下单成功", "data": {"order_sn": sn, "pay_params": jsapi_params(f"wx{sn}")}})

    return {"/shop/goods/list": goods_list, "/shop/order/submit": submit}
