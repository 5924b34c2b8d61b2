"""A plain HTML form POST; the server answers 302 to the WeChat H5 cashier whatever the e-mail and marketing
fields say."""

import re

from tests.sites.routekit import form, redirect, wechat_cashier_url
from tests.support.server import Reply


def routes(ctx):
    def checkout(request):
        amount = form(request).get("amount", "")
        if not re.fullmatch(r"\d+(\.\d{1,2})?", amount) or float(amount) <= 0:
            return Reply(400, "<p>Please enter a valid amount. <a href='/'>Back</a></p>")
        return redirect(wechat_cashier_url("wx031045239lnb", ctx.url("/thanks.html")), status=303)

    return {"/checkout": checkout}
