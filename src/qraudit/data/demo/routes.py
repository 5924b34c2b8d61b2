"""Server side of the demo parking lot. Standard library only: this ships inside the package.

The pay API refuses every visitor with NOT_SUBSCRIBED and the follow check always says "not subscribed",
so following the Official Account really is the only way to pay: a violation an audit must report.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes = b""

    @property
    def route(self) -> str:
        return urlsplit(self.path).path

    @property
    def query(self) -> dict[str, str]:
        return {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DemoContext:
    base_url: str
    state: dict[str, Any] = field(default_factory=dict)


Route = Callable[[Request], Reply]


def json_reply(data: object, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def routes(ctx: DemoContext) -> dict[str, Route]:
    def fee(request: Request) -> Reply:
        plate = request.query.get("plate", "")[:8]
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
