"""智泊停车 临停缴费: plate query, and a pay API that is slow and then refuses every visitor who has not followed the account.

The follow check (a lookup of the visitor's subscribe flag) never finds one, so /api/pay always answers 4031 after ~5 s.
"""

from __future__ import annotations

import time
import uuid

from tests.sites.routekit import cookies, form, json_reply, set_cookie
from tests.support.server import SeenRequest

LOT_NAME = "华景中心P2停车场"


def routes(ctx):
    bills: dict[str, dict] = ctx.state.setdefault("bills", {})

    def session(request: SeenRequest) -> tuple[str, dict[str, str]]:
        sid = cookies(request).get("ZBSESSION")
        if sid:
            return sid, {}
        sid = uuid.uuid4().hex
        return sid, set_cookie("ZBSESSION", sid)

    def query(request: SeenRequest):
        sid, headers = session(request)
        plate = form(request).get("plateNo", "")
        if len(plate) < 7:
            return json_reply({"code": 1001, "msg": "车牌号格式不正确"}, headers=headers)
        bill_id = "PB" + uuid.uuid4().hex[:14].upper()
        bill = {
            "billId": bill_id, "plateNo": plate, "lotName": LOT_NAME, "inTime": "今天 08:42:17",
            "duration": "3小时26分", "amount": "15.00", "discount": "0.00", "payable": "15.00",
        }
        bills[bill_id] = bill
        return json_reply({"code": 0, "msg": "ok", "data": bill}, headers=headers)

    def subscribed(sid: str) -> bool:
        # The platform's user/info lookup: the visitor's subscribe flag. Nobody visiting this page has one.
        return False

    def subscribe_status(request: SeenRequest):
        sid, headers = session(request)
        return json_reply({"code": 0, "data": {"subscribe": 1 if subscribed(sid) else 0}}, headers=headers)

    def pay(request: SeenRequest):
        sid, headers = session(request)
        time.sleep(5)  # order service + subscribe lookup, slow on purpose
        body = form(request)
        if body.get("billId") not in bills:
            return json_reply({"code": 1004, "msg": "账单已失效，请重新查询"}, headers=headers)
        if not subscribed(sid):
            return json_reply({"code": 4031, "msg": "请先关注公众号"}, headers=headers)
        return json_reply({"code": 0, "msg": "ok", "data": {}}, headers=headers)  # not reachable

    return {"/api/parking/query": query, "/api/mp/subscribe-status": subscribe_status, "/api/pay": pay}
