"""Lucky Noodle Bar pay link: /api/prepay creates a JSAPI prepay order for any positive amount; no walls."""

from __future__ import annotations

import json

from tests.sites.routekit import json_reply, jsapi_params


def routes(ctx):
    def prepay(request):
        try:
            body = json.loads(request.body or b"{}")
            amount = float(body.get("amount") or 0)
        except ValueError:
            amount = 0
        if amount <= 0:
            return json_reply({"success": False, "message": "Invalid amount"})
        ctx.state["prepays"] = ctx.state.get("prepays", 0) + 1
        return json_reply({"success": True, "result": {"orderId": f"LNB{ctx.state['prepays']:06d}",
                                                         "jsapi": jsapi_params(f"wx2024LNB{ctx.state['prepays']:06d}")}})

    return {"/api/prepay": prepay}
