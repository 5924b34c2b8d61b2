"""优选生活馆 (uni-app H5 mall): goods come from a small JSON API; every order or cart call wants a login token.

The shopper never holds a token (the login page only ever answers 验证码错误), so /api/order/create and
/api/cart/add always answer ret 403 请登录 and the page shows nothing but a toast. No payment endpoint exists.
"""

from __future__ import annotations

import json

from tests.sites.routekit import cookies, json_reply

GOODS = [
    {"id": 1, "cat": "家纺", "name": "加厚珊瑚绒四件套 冬季保暖床单被套 1.8m床", "price": "39.90", "origin": "89.00",
     "sold": "1.2万", "cover": "/static/img/g1.svg", "stock": 230, "limit": 5, "ship": "浙江金华 | 48小时内发货",
     "desc": "双面加厚珊瑚绒，亲肤不起球，机洗不掉色。",
     "skus": [{"id": 101, "name": "樱花粉", "price": "39.90", "stock": 120},
              {"id": 102, "name": "雾霾蓝", "price": "39.90", "stock": 110},
              {"id": 103, "name": "高级灰", "price": "39.90", "stock": 0}]},
    {"id": 2, "cat": "杯壶", "name": "316不锈钢保温杯 500ml 大容量便携水杯", "price": "59.00", "origin": "129.00",
     "sold": "3568", "cover": "/static/img/g2.svg", "stock": 88, "limit": 3, "ship": "广东揭阳 | 24小时内发货",
     "desc": "双层真空锁温，12小时保温保冷，一键弹盖。",
     "skus": [{"id": 201, "name": "深海蓝", "price": "59.00", "stock": 40},
              {"id": 202, "name": "象牙白", "price": "59.00", "stock": 0},
              {"id": 203, "name": "曜石黑", "price": "59.00", "stock": 48}]},
    {"id": 3, "cat": "日用", "name": "原木抽纸 3层120抽 24包整箱家用", "price": "19.90", "origin": "39.90",
     "sold": "8.6万", "cover": "/static/img/g3.svg", "stock": 999, "limit": 10, "ship": "四川成都 | 48小时内发货",
     "desc": "原生木浆，无荧光剂，湿水不易破。",
     "skus": [{"id": 301, "name": "原色", "price": "19.90", "stock": 600},
              {"id": 302, "name": "竹浆本色", "price": "21.90", "stock": 0},
              {"id": 303, "name": "白色", "price": "19.90", "stock": 399}]},
    {"id": 4, "cat": "餐具", "name": "北欧风陶瓷餐具套装 碗碟盘 16件套", "price": "129.00", "origin": "259.00",
     "sold": "2041", "cover": "/static/img/g4.svg", "stock": 45, "limit": 2, "ship": "江西景德镇 | 72小时内发货",
     "desc": "釉下彩工艺，可进微波炉和洗碗机。",
     "skus": [{"id": 401, "name": "森林绿", "price": "129.00", "stock": 20},
              {"id": 402, "name": "奶油白", "price": "129.00", "stock": 25},
              {"id": 403, "name": "雾霾灰", "price": "139.00", "stock": 0}]},
]


def _body(request) -> dict:
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _token(request) -> str:
    return (request.headers.get("x-access-token") or _body(request).get("token")
            or cookies(request).get("token") or "").strip()


def routes(ctx):
    def goods_list(request):
        brief = [{k: g[k] for k in ("id", "cat", "name", "price", "sold", "cover")} for g in GOODS]
        return json_reply({"ret": 200, "msg": "ok", "data": {"list": brief, "total": len(brief)}})

    def goods_detail(request):
        wanted = (request.query.get("id") or [""])[0]
        for g in GOODS:
            if str(g["id"]) == wanted:
                return json_reply({"ret": 200, "msg": "ok", "data": g})
        return json_reply({"ret": 404, "msg": "商品不存在或已下架", "data": None})

    def needs_login(request):
        if request.method != "POST":
            return json_reply({"ret": 405, "msg": "请求方式错误", "data": None})
        if not _token(request):
            return json_reply({"ret": 403, "msg": "请登录", "data": None})
        # No token is ever issued, so any token a client makes up is stale.
        return json_reply({"ret": 401, "msg": "登录已过期，请重新登录", "data": None})

    def sms_send(request):
        return json_reply({"ret": 200, "msg": "发送成功", "data": None})

    def user_login(request):
        return json_reply({"ret": 1001, "msg": "验证码错误", "data": None})

    return {
        "/api/goods/list": goods_list,
        "/api/goods/detail": goods_detail,
        "/api/order/create": needs_login,
        "/api/cart/add": needs_login,
        "/api/sms/send": sms_send,
        "/api/user/login": user_login,
    }
