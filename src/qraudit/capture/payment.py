"""Did this step reach payment? A payment bridge call, or a cashier answered by its stand-in."""

from __future__ import annotations

from urllib.parse import urlsplit

from qraudit.models import Snapshot

# (bridge, method) pairs that ask the app to take the payer's money.
PAYMENT_CALLS = frozenset(
    {
        ("WeixinJSBridge", "getBrandWCPayRequest"),
        ("wx", "chooseWXPay"),
        ("wx", "requestPayment"),
        ("AlipayJSBridge", "tradePay"),
        ("ap", "tradePay"),
    }
)

# The methods the in-app stand-ins answer as paid: the same table, passed into js/bridges.js.
PAYMENT_METHODS = tuple(sorted({method for _, method in PAYMENT_CALLS}))


def payment_signal(snapshot: Snapshot) -> tuple[str, str | None] | None:
    """("bridge:getBrandWCPayRequest", None) or ("cashier:wx.tenpay.com", url) when this step reached payment."""
    for call in snapshot.bridge_calls:
        if call.step == snapshot.step and (call.bridge, call.method) in PAYMENT_CALLS:
            return f"bridge:{call.method}", None
    for event in snapshot.host_events:
        if event.step == snapshot.step and event.kind == "cashier":
            return f"cashier:{urlsplit(event.url).hostname}", event.url
    return None
