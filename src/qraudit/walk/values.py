"""What the walker types: only what a payment needs, never personal data."""

from __future__ import annotations

# Plausible, clearly test-like values for the fields a payment needs. Personal kinds have no entry on purpose.
PAYMENT_VALUES: dict[str, str] = {
    "plate": "沪A12345",
    "table": "8",
    "amount": "0.01",
    "quantity": "1",
}


def value_for(field_kind: str | None) -> str | None:
    return PAYMENT_VALUES.get(field_kind or "")


# The first key of a plate keyboard's province grid: on screen, they say a plate keyboard is open.
PROVINCE_KEYS = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
