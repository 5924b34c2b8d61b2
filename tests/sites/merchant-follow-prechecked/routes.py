"""Following after payment is ticked in advance (an opacity-0 native checkbox under a styled box); the pay API
accepts follow=0 just the same."""

from tests.sites.routekit import form, jsapi_params, json_reply


def routes(ctx):
    ctx.state["follow_choices"] = []

    def create(request):
        fields = form(request)
        ctx.state["follow_choices"].append(fields.get("follow"))
        return json_reply({"data": jsapi_params("wx031045239hll")})

    return {"/hll/pay/create": create}
