"""Server side of the demo parking lot. Standard library only: this ships inside the package.

The pay API refuses every visitor with NOT_SUBSCRIBED and the follow check always says "not subscribed",
so following the Official Account really is the only way to pay: a violation an audit must report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from qraudit.devserver import Reply, Request, Route


@dataclass(frozen=True)
class DemoContext:
    base_url: str
    state: dict[str, Any] = field(default_factory=dict)


def json_reply(data: object, status: int = 200) -> Reply:
    body = json.dumps(data, ensure_ascii=False).encode("utf-8")
    return Reply(status, body, content_type="application/json; charset=utf-8")


def routes(ctx: DemoContext) -> dict[str, Route]:
    def fee(request: Request) -> Reply:
        plate = request.param("plate")[:8]
        data = {
            "plate": plate,
            "enterTime": "2024-06-03 09:12",
            "duration": "2小时18分",
            "amount": "35.00",
            "billNo": "RMGC20240603091207",
        }
        return json_reply({"code": "OK", "data": data})

    def pay(request: Request) -> Reply:
        return json_reply({"code": "NOT_SUBSCRIBED", "msg": "请先关注公众号"}, status=403)

    def subscribe_status(request: Request) -> Reply:
        return json_reply({"subscribed": False})

    return {"/api/parking/fee": fee, "/api/parking/pay": pay, "/api/wechat/subscribe-status": subscribe_status}
