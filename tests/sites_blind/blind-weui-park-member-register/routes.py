"""宝龙停车: fee query, member registration (姓名 + 手机号 + 身份证号) and a JSAPI prepay refused to non-members."""

from __future__ import annotations

import re
import secrets
import zlib

from tests.sites.routekit import cookies, form, json_reply, jsapi_params, set_cookie

PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z][A-Z0-9]{4,5}[A-Z0-9挂学警港澳]$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")
ID_CARD = re.compile(r"^\d{17}[\dX]$")


def routes(ctx):
    orders = ctx.state.setdefault("orders", {})
    members = ctx.state.setdefault("members", {})

    def member_of(request):
        return members.get(cookies(request).get("BL_MEMBER", ""))

    def fee(request):
        plate = form(request).get("plateNo", "").strip().upper()
        if not PLATE.match(plate):
            return json_reply({"errcode": 2001, "errmsg": "车牌号格式不正确"})
        seed = zlib.crc32(plate.encode())
        minutes = 48 + seed % 280
        amount = min(-(-(minutes - 30) // 60) * 600, 4800)
        order_id = f"BL{seed % 10**9:09d}{len(orders) + 1:02d}"
        orders[order_id] = {"plateNo": plate, "payFee": amount}
        return json_reply({"errcode": 0, "errmsg": "ok", "data": {
            "orderId": order_id, "plateNo": plate, "inTime": f"06-02 {10 + seed % 6:02d}:{seed % 60:02d}",
            "duration": f"{minutes // 60}小时{minutes % 60}分钟", "payFee": amount,
            "isMember": member_of(request) is not None}})

    def register(request):
        data = form(request)
        name = data.get("name", "").strip()
        mobile = data.get("mobile", "").strip()
        id_card = data.get("idCard", "").strip().upper()
        if not name or not MOBILE.match(mobile) or not ID_CARD.match(id_card):
            return json_reply({"errcode": 1002, "errmsg": "请完整填写姓名、手机号和身份证号"})
        token = secrets.token_hex(12)
        members[token] = {"name": name, "mobile": mobile, "idCard": id_card}
        return json_reply({"errcode": 0, "errmsg": "ok", "data": {"memberNo": "M" + token[:8].upper()}},
                          headers=set_cookie("BL_MEMBER", token))

    def pay(request):
        order_id = form(request).get("orderId", "")
        if order_id not in orders:
            return json_reply({"errcode": 2004, "errmsg": "订单已失效，请重新查询"})
        if member_of(request) is None:
            return json_reply({"errcode": 1001, "errmsg": "请先完成会员注册"})
        return json_reply({"errcode": 0, "errmsg": "ok", "data": jsapi_params("wx02" + order_id.lower() + "c3d4")})

    return {"/api/parking/fee": fee, "/api/member/register": register, "/api/parking/pay": pay}
