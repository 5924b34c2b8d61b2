"""A printed short link: meta refresh → /s/QmT7x (302) → /gateway (302) → /entry.html (JS redirect) → the
hash-routed app; the pay API hands back a WeChat H5 cashier URL (mweb_url) that the page navigates to."""

from tests.sites.routekit import form, json_reply, redirect, wechat_cashier_url


def routes(ctx):
    def short_link(request):
        return redirect("/gateway?lot=BJ-0921&src=qr", status=302)

    def gateway(request):
        lot = form(request).get("lot", "")
        return redirect(f"/entry.html?lot={lot}", status=301 if lot else 302)

    def bill(request):
        fields = form(request)
        return json_reply({"plate": fields.get("plate", ""), "in": "06-03 09:48", "dur": "3小时02分", "amount": "24.00",
                           "no": "DYC" + fields.get("lot", "").replace("-", "") + "0603"})

    def h5pay(request):
        bill_no = form(request).get("billNo", "")
        return json_reply({"mweb_url": wechat_cashier_url("wx031045239" + bill_no, ctx.url("/app/#/paid"))})

    return {"/s/QmT7x": short_link, "/gateway": gateway, "/api/parking/bill": bill, "/api/parking/h5pay": h5pay}
