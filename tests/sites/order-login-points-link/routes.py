"""Orders are taken from anyone; 登录领积分 is a side offer."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    def submit(request):
        fields = form(request)
        if not fields.get("desk"):
            return json_reply({"error": "desk required"}, status=400)
        return json_reply({"orderNo": "BL" + fields["desk"], "payData": jsapi_params("wx031045239bl" + fields["desk"])})

    return {"/order/submit": submit}
