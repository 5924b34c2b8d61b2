"""山里来 土特产 (Vant 2 H5): guests buy with 到店自提; the order API needs no login, phone or address and answers JSAPI pay parameters."""

from __future__ import annotations

import json
import secrets

from tests.sites.routekit import json_reply, jsapi_params

GOODS_ID = 2031
STORE_ID = 7
LIMIT = 10
SKUS = (
    {"id": 203101, "name": "500g", "price": 36.80, "stock": 86},
    {"id": 203102, "name": "1kg", "price": 66.00, "stock": 0},  # 售罄
    {"id": 203103, "name": "2.5kg 礼盒", "price": 158.00, "stock": 12},
)


def _goods() -> dict:
    return {
        "id": GOODS_ID,
        "title": "秦岭野生黑木耳 农家自晒 肉厚无根",
        "subtitle": "山里人家秋季采摘，太阳晒干，泡发率高",
        "price": 36.80,
        "marketPrice": 45.00,
        "memberPrice": 33.10,
        "origin": "陕西 柞水",
        "sold": "1862",
        "tags": ["产地直发", "无硫熏", "坏果包赔"],
        "image": "static/muer-2031.svg",
        "limit": LIMIT,
        "skus": list(SKUS),
        "pickupStore": {"id": STORE_ID, "name": "山里来 小寨门店", "address": "西安市雁塔区小寨东路 88 号", "hours": "9:00 - 20:00"},
        "story": [
            "柞水木耳长在秦岭深处的椴木上，一年只收春秋两季。",
            "泡发方法：冷水浸泡 3 小时，去掉根部杂质即可凉拌或清炒。",
            "储存：密封后放阴凉干燥处，避免受潮。",
        ],
    }


def routes(ctx):
    def detail(request):
        if request.query.get("id", [""])[0] != str(GOODS_ID):
            return json_reply({"code": 404, "message": "商品已下架"})
        return json_reply({"code": 0, "message": "ok", "data": _goods()})

    def order(request):
        if request.method != "POST":
            return json_reply({"code": 405, "message": "请求方式错误"})
        try:
            data = json.loads(request.body or b"{}")
        except ValueError:
            data = {}
        sku = next((s for s in SKUS if s["id"] == data.get("skuId")), None)
        num = data.get("num")
        if data.get("goodsId") != GOODS_ID or sku is None:
            return json_reply({"code": 4001, "message": "请选择规格"})
        if sku["stock"] <= 0:
            return json_reply({"code": 4002, "message": "该规格已售罄"})
        if not isinstance(num, int) or not 1 <= num <= min(LIMIT, sku["stock"]):
            return json_reply({"code": 4003, "message": "购买数量有误"})
        if data.get("delivery") != "pickup":
            return json_reply({"code": 4004, "message": "暂只支持到店自提"})
        order_sn = "SLL" + secrets.token_hex(5).upper()
        ctx.state.setdefault("orders", []).append({"orderSn": order_sn, **data})
        return json_reply({"code": 0, "message": "ok", "data": {
            "orderSn": order_sn,
            "amount": round(sku["price"] * num, 2),
            "payParams": jsapi_params("wx20" + secrets.token_hex(10)),
        }})

    return {"/api/goods/detail": detail, "/api/order": order}
