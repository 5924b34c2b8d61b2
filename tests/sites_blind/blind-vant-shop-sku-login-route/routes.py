"""好物小铺 (Vant 2 H5, litemall-style API): every cart or buy call answers errno 501 until you log in, and login never passes."""

from __future__ import annotations

from tests.sites.routekit import json_reply

GOODS_ID = 1009
COLOURS = ("雾霾蓝", "燕麦白", "墨黑")
SIZES = ("S", "M", "L")
# 墨黑 is sold out in every size, so its chip shows 售罄 and cannot be chosen.
STOCK = {"雾霾蓝": (12, 30, 18), "燕麦白": (9, 21, 15), "墨黑": (0, 0, 0)}


def _goods() -> dict:
    products = []
    for ci, colour in enumerate(COLOURS):
        for si, size in enumerate(SIZES):
            products.append({
                "id": 10090 + ci * 3 + si + 1,
                "goodsId": GOODS_ID,
                "specifications": [colour, size],
                "price": 59.00,
                "number": STOCK[colour][si],
            })
    return {
        "info": {
            "id": GOODS_ID,
            "name": "纯棉华夫格短袖T恤 男女同款 宽松圆领",
            "brief": "240g 重磅华夫格面料，透气不易变形",
            "retailPrice": 59.00,
            "counterPrice": 89.00,
            "picUrl": "static/tee-1009.svg",
            "sales": "2.3万",
            "limit": 5,
            "detail": [
                "面料：95% 棉 5% 氨纶，华夫格肌理，亲肤透气。",
                "版型：落肩宽松，男女同款，建议按平时尺码选择。",
                "洗涤：30℃ 以下水温手洗或机洗，不可漂白。",
            ],
        },
        "specificationList": [
            {"name": "颜色", "valueList": [{"id": 11 + i, "value": v} for i, v in enumerate(COLOURS)]},
            {"name": "尺码", "valueList": [{"id": 21 + i, "value": v} for i, v in enumerate(SIZES)]},
        ],
        "productList": products,
    }


def routes(ctx):
    def detail(request):
        if request.query.get("id", [""])[0] != str(GOODS_ID):
            return json_reply({"errno": 402, "errmsg": "商品不存在或已下架"})
        return json_reply({"errno": 0, "errmsg": "成功", "data": _goods()})

    def needs_login(request):
        # No session cookie or token is ever issued, so the shop always asks for a login.
        return json_reply({"errno": 501, "errmsg": "请登录"})

    def login(request):
        return json_reply({"errno": 700, "errmsg": "账号或密码不正确"})

    return {
        "/wx/goods/detail": detail,
        "/wx/cart/add": needs_login,
        "/wx/cart/fastadd": needs_login,
        "/wx/cart/index": needs_login,
        "/wx/auth/login": login,
    }
