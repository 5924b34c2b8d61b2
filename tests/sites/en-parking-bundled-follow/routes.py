"""English parking page: the one consent box bundles the Terms with following the Official Account; Pay stays
disabled until it is ticked and the checkout POST refuses without it. With it, a 303 to the WeChat H5 cashier."""

from tests.sites.routekit import form, json_reply, wechat_cashier_url
from tests.support.server import Reply

REFUSED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Payment not started</title><link rel="stylesheet" href="/tw.css"></head>
<body class="bg-slate-50 p-5"><div class="rounded-xl bg-rose-50 p-5 text-sm text-rose-700">
<p class="font-semibold">Payment not started</p><p class="mt-2">Please agree to the Terms and to follow our WeChat Official Account to continue.</p>
<p class="mt-4"><a class="underline" href="/">Back</a></p></div></body></html>"""


def routes(ctx):
    def tickets(request):
        plate = form(request).get("plate", "")
        return json_reply({"ticketId": "RP-7731904", "plate": plate, "entry": "09:12", "stay": "3 h 05 min", "amountDue": "30.00"})

    def checkout(request):
        fields = form(request)
        if request.method != "POST" or fields.get("ticket") != "RP-7731904":
            return Reply(400, REFUSED.replace("Please agree", "Unknown ticket. Please agree"))
        if fields.get("consent") != "terms+follow":
            return Reply(400, REFUSED)
        return Reply(303, b"", {"Location": wechat_cashier_url("wx0310452391rp7731904", ctx.url("/"))}, "text/plain")

    return {"/api/tickets": tickets, "/checkout": checkout}
