"""禾田小馆 扫码点餐: menu API, JS-SDK config and an order API that hands back WeChat Pay parameters for any non-empty cart."""

from __future__ import annotations

import json
import uuid

from tests.sites.routekit import json_reply, jsapi_params
from tests.support.server import SeenRequest

IMG = {
    1: "dish1.f8922685.jpg", 2: "dish2.9634715c.jpg", 3: "dish3.1981e4a7.jpg", 4: "dish4.f2a057fc.jpg",
    5: "dish5.1701cf90.jpg", 6: "dish6.b8b43c37.jpg", 7: "dish7.49d96a42.jpg", 8: "dish8.28a09f46.jpg",
}
GOODS = [
    ("10231", 1, "招牌小炒黄牛肉", "鲜切黄牛肉，小米辣爆炒，下饭神器", 48, 1263),
    ("10232", 3, "农家红烧肉", "五花三层，慢火收汁，肥而不腻", 42, 877),
    ("10233", 6, "酸菜鱼（小份）", "黑鱼片 + 自腌酸菜，约1斤", 58, 654),
    ("10241", 2, "蒜蓉西兰花", "清爽解腻", 22, 432),
    ("10242", 5, "番茄炒蛋", "家常味道，酸甜可口", 20, 980),
    ("10243", 4, "清炒时蔬", "当季时令蔬菜，以实际为准", 18, 301),
    ("10251", 7, "米饭", "东北长粒香", 2, 3120),
    ("10261", 8, "冰镇酸梅汤", "自熬乌梅山楂，500ml", 8, 1544),
]
CATEGORIES = [
    ("热销", ["10231", "10232", "10242"]),
    ("招牌菜", ["10231", "10232", "10233"]),
    ("家常小炒", ["10241", "10242", "10243"]),
    ("主食", ["10251"]),
    ("饮品", ["10261"]),
]


def routes(ctx):
    def menu(request: SeenRequest):
        goods = [
            {"id": gid, "img": f"/img/{IMG[img]}", "name": name, "desc": desc, "price": price, "sales": sales}
            for gid, img, name, desc, price, sales in GOODS
        ]
        return json_reply({"code": 0, "data": {
            "shop": {"name": "禾田小馆 · 家常菜", "logo": "/img/logo.2b9d41e7.png", "avg": 56, "hours": "10:30-21:30",
                     "notice": "本店菜品均为现点现炒，高峰期请耐心等候；米饭免费续加"},
            "categories": [{"name": n, "items": items} for n, items in CATEGORIES],
            "goods": goods,
        }})

    def jssdk(request: SeenRequest):
        return json_reply({"code": 0, "data": {
            "appId": "wx2421b1c4370ec43b", "timestamp": 1717392000, "nonceStr": "Wm3WZYTPz0wzccnW",
            "signature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
        }})

    def create(request: SeenRequest):
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            body = {}
        prices = {g[0]: g[4] for g in GOODS}
        items = [i for i in body.get("items") or [] if i.get("skuId") in prices and int(i.get("qty") or 0) > 0]
        if not items:
            return json_reply({"code": 4001, "msg": "购物车为空"})
        order_no = "HT" + uuid.uuid4().hex[:16].upper()
        prepay = "wx" + uuid.uuid4().hex[:28]
        total = sum(prices[i["skuId"]] * int(i["qty"]) for i in items)
        return json_reply({"code": 0, "data": {"orderNo": order_no, "amount": total, "payParams": jsapi_params(prepay)}})

    return {"/api/shop/menu": menu, "/api/wx/jssdk-config": jssdk, "/api/order/create": create}
