"""A car park checkout that a test can fix while it is served: first a mandatory follow, then a clean pay.

Before the switch the fee page says 请先关注公众号后缴费 and offers no way to pay (the pay API refuses too).
After `site.fix()` (or a GET /__fix, as an operator would deploy the fix) the same URL shows the bill and a
确认缴费 form whose POST answers a 302 to the WeChat H5 cashier, as `tests/sites/park-footer-qr-cashier` does.
"""

from __future__ import annotations

from html import escape

from tests.sites.routekit import form, redirect, wechat_cashier_url
from tests.support.server import FixtureServer, Reply

STYLE = """body{margin:0;background:#ecf0f3;font:15px/1.5 "PingFang SC","Noto Sans CJK SC",sans-serif;color:#34495e}
.nav{background:#34495e;color:#fff;text-align:center;height:46px;line-height:46px;font-size:17px}.wrap{padding:14px}
.block{background:#fff;border-radius:6px;padding:16px;margin-bottom:12px}
.inp{width:100%;box-sizing:border-box;height:44px;border:1px solid #bdc3c7;border-radius:4px;padding:0 10px;font-size:17px}
.sub{width:100%;height:44px;margin-top:14px;border:0;border-radius:4px;background:#27ae60;color:#fff;font-size:16px}
.gate{border:1px solid #e67e22;background:#fff8ef;color:#a04000}.total{font-size:22px;color:#e74c3c;text-align:right}"""

HEAD = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title><style>{style}</style></head>"""

START = (
    HEAD
    + """<body><div class="nav">停车缴费</div><div class="wrap">
<form class="block" action="/fee" method="get"><h3>滨江天街地下停车场</h3>
<input class="inp" type="text" name="plate_no" placeholder="请输入车牌号码" required>
<button class="sub" type="submit">查询费用</button></form>
<div class="block" style="font-size:13px">• 收费标准：5元/小时 • 缴费后请在 20 分钟内出场</div></div></body></html>"""
)

BILL = """<div class="block"><p>车牌号码 {plate}</p><p>入场时间 2024-06-03 10:02:17</p><p>停车时长 3小时11分</p>
<div class="total">应付 ¥16.00</div></div>"""

GATED = (
    HEAD
    + """<body><div class="nav">停车费用</div><div class="wrap">"""
    + BILL
    + """
<div class="block gate"><p>请先关注公众号后缴费</p><p>长按识别二维码，关注「滨江停车」公众号后即可缴费</p></div>
</div></body></html>"""
)

FIXED = (
    HEAD
    + """<body><div class="nav">停车费用</div><div class="wrap">"""
    + BILL
    + """
<form action="/h5pay/create" method="post"><input type="hidden" name="order_no" value="BJ202406031002">
<button class="sub" type="submit">确认缴费</button></form></div></body></html>"""
)


class SwitchSite:
    """The fixture server and its one switch; `url` is what the sign's QR code holds."""

    def __init__(self) -> None:
        self.fixed = False
        self.server = FixtureServer(
            routes={"/": self._start, "/fee": self._fee, "/h5pay/create": self._pay, "/__fix": self._fix}
        )

    @property
    def url(self) -> str:
        return self.server.url("/")

    def start(self) -> SwitchSite:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def fix(self) -> None:
        self.fixed = True

    def _page(self, template: str, title: str, plate: str = "") -> Reply:
        return Reply(200, template.format(title=title, style=STYLE, plate=escape(plate)))

    def _start(self, request) -> Reply:
        return self._page(START, "滨江天街停车缴费")

    def _fee(self, request) -> Reply:
        plate = form(request).get("plate_no", "").strip()
        if not plate:
            return redirect("/")
        return self._page(FIXED if self.fixed else GATED, "停车费用", plate)

    def _pay(self, request) -> Reply:
        if not self.fixed:  # the merchant's server enforces the gate too
            return Reply(403, "请先关注公众号后缴费", content_type="text/plain; charset=utf-8")
        return redirect(
            wechat_cashier_url("wx0310452391bj" + form(request).get("order_no", "")[2:], self.server.url("/done"))
        )

    def _fix(self, request) -> Reply:
        self.fix()
        return Reply(200, "fixed", content_type="text/plain")
