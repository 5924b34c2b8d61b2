"""Plain table ordering: table number + dishes → JSAPI pay. The follow prompt comes only after payment."""

from tests.sites.routekit import jsapi_params, json_reply


def routes(ctx):
    def order(request):
        return json_reply({"orderNo": "A086", "jsapi": jsapi_params("wx031045239ax0603a086")})

    return {"/api/ax/order": order}
