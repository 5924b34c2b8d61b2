"""Server-rendered pages: GET /fee renders the bill, POST /h5pay/create answers a 302 to the WeChat H5 cashier.
The footer's follow QR code is only an offer."""

from html import escape

from tests.sites.routekit import form, redirect, wechat_cashier_url
from tests.support.server import Reply

FEE_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>停车费用</title><link rel="stylesheet" href="/style.css"></head>
<body><div class="nav">停车费用</div><div class="wrap"><div class="block">
<table class="bill">
<tr><td>车牌号码</td><td>{plate}</td></tr><tr><td>入场时间</td><td>2024-06-03 10:02:17</td></tr>
<tr><td>停车时长</td><td>3小时11分</td></tr><tr><td>优惠抵扣</td><td>0.00</td></tr></table>
<div class="total">应付 ¥16.00</div></div>
<form action="/h5pay/create" method="post"><input type="hidden" name="order_no" value="XH{order}">
<button class="sub" type="submit">确认缴费</button></form></div>
<footer>关注「西湖停车」公众号，获取月卡及优惠信息<img src="/follow-qr.png" alt="西湖停车公众号"></footer></body></html>"""


def routes(ctx):
    def fee(request):
        plate = form(request).get("plate_no", "").strip()
        if not plate:
            return redirect("/")
        return Reply(200, FEE_PAGE.format(plate=escape(plate), order="202406031002"))

    def create(request):
        order_no = form(request).get("order_no", "")
        if not order_no.startswith("XH"):
            return Reply(400, "订单不存在")
        return redirect(wechat_cashier_url("wx03104523919871" + order_no[2:], ctx.url("/h5pay/result")))

    return {"/fee": fee, "/h5pay/create": create}
