"""EMVCo merchant-presented QR payloads (EMV QRCPS-MPM): TLV parsing, CRC check, readable fields.

A payload is a run of `ID(2 digits) LENGTH(2 digits) VALUE` records, starting with `000201`
and ending with the CRC record `6304XXXX`. Lengths count characters; some Chinese generators
count UTF-8 bytes instead, so both readings are tried.
"""

from __future__ import annotations

from typing import Any

from qraudit.errors import InputError

PREFIX = "000201"

# ISO 4217 numeric -> alpha, for the currencies a Chinese checkout is likely to show.
CURRENCIES: dict[str, str] = {
    "156": "CNY",
    "344": "HKD",
    "446": "MOP",
    "901": "TWD",
    "840": "USD",
    "978": "EUR",
    "392": "JPY",
    "410": "KRW",
    "702": "SGD",
    "458": "MYR",
    "764": "THB",
    "360": "IDR",
    "704": "VND",
    "608": "PHP",
    "356": "INR",
    "826": "GBP",
    "036": "AUD",
    "124": "CAD",
}

# Merchant account GUIDs (tag 00 of templates 26-51): an AID (RID prefix) or a reverse domain.
ACCOUNT_GUIDS: dict[str, str] = {
    "A000000333": "UnionPay",
    "A000000003": "Visa",
    "A000000004": "Mastercard",
    "A000000025": "American Express",
    "A000000065": "JCB",
    "A000000152": "Discover",
    "A000000677": "PromptPay",
    "A000000727": "VietQR (NAPAS)",
    "HK.COM.HKICL": "FPS (Hong Kong)",
    "SG.PAYNOW": "PayNow",
    "SG.COM.NETS": "NETS",
    "COM.ALIPAY": "Alipay",
    "COM.TENPAY": "WeChat Pay",
    "CN.UNIONPAY": "UnionPay",
}

# Tags 02-25 are reserved for card networks (EMV QRCPS table 4.2).
NETWORK_TAGS: dict[range, str] = {
    range(2, 4): "Visa",
    range(4, 6): "Mastercard",
    range(6, 9): "EMVCo",
    range(9, 11): "Discover",
    range(11, 13): "American Express",
    range(13, 15): "JCB",
    range(15, 17): "UnionPay",
    range(17, 26): "EMVCo",
}

# Tag 62 (additional data) sub-fields.
ADDITIONAL_FIELDS: dict[str, str] = {
    "01": "bill_number",
    "02": "mobile_number",
    "03": "store_label",
    "04": "loyalty_number",
    "05": "reference_label",
    "06": "customer_label",
    "07": "terminal_label",
    "08": "purpose",
    "09": "consumer_data_request",
}

# Letters of tag 62/09: what the payer's app is asked to hand over (a personal-data signal).
CONSUMER_DATA: dict[str, str] = {"A": "address", "M": "mobile", "E": "email"}

TOP_FIELDS: dict[str, str] = {
    "00": "format",
    "01": "initiation",
    "52": "mcc",
    "53": "currency",
    "54": "amount",
    "55": "tip_indicator",
    "56": "tip_fixed",
    "57": "tip_percent",
    "58": "country",
    "59": "merchant_name",
    "60": "merchant_city",
    "61": "postal_code",
}


class EmvcoError(InputError):
    """A payload that starts like EMVCo but is not well-formed TLV."""


def looks_like_emvco(text: str) -> bool:
    return text.startswith(PREFIX)


def crc16_ccitt(data: bytes, crc: int = 0xFFFF) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMV QR tag 63 uses."""
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


def parse_tlv(text: str) -> tuple[tuple[str, str], ...]:
    """Split `text` into (id, value) records; raises EmvcoError saying where it broke."""
    try:
        return _split(text, by_bytes=False)
    except EmvcoError as by_chars:
        if text.isascii():
            raise
        try:
            return _split(text, by_bytes=True)
        except EmvcoError:
            raise by_chars from None


def _split(text: str, *, by_bytes: bool) -> tuple[tuple[str, str], ...]:
    data: str | bytes = text.encode("utf-8") if by_bytes else text
    records: list[tuple[str, str]] = []
    pos = 0
    while pos < len(data):
        head = data[pos : pos + 4]
        head_text = head.decode("ascii", "replace") if isinstance(head, bytes) else head
        if len(head_text) < 4 or not head_text.isdigit() or not head_text.isascii():
            raise EmvcoError(f"bad TLV header {head_text!r}", location=f"EMVCo offset {pos}")
        tag, length = head_text[:2], int(head_text[2:])
        end = pos + 4 + length
        if end > len(data):
            raise EmvcoError(
                f"tag {tag} wants {length} characters, {len(data) - pos - 4} left",
                location=f"EMVCo offset {pos}",
            )
        value = data[pos + 4 : end]
        if isinstance(value, bytes):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                raise EmvcoError(f"tag {tag} splits a character", location=f"EMVCo offset {pos}") from None
        records.append((tag, value))
        pos = end
    return tuple(records)


def parse_emvco(text: str) -> dict[str, Any]:
    """Readable fields of an EMVCo payload; raises EmvcoError if it is not one."""
    if not looks_like_emvco(text):
        raise EmvcoError("does not start with 000201", location="EMVCo payload")
    records = parse_tlv(text)
    details: dict[str, Any] = {}
    accounts: list[dict[str, Any]] = []
    for tag, value in records:
        number = int(tag)
        if tag in TOP_FIELDS:
            details[TOP_FIELDS[tag]] = value
        elif 2 <= number <= 25:
            network = next(name for span, name in NETWORK_TAGS.items() if number in span)
            accounts.append({"tag": tag, "network": network, "value": value})
        elif 26 <= number <= 51:
            accounts.append(_account_template(tag, value))
        elif tag == "62":
            details["additional"] = _additional(value)
        elif tag == "64":
            details["alternate_language"] = _sub_fields(
                value, {"00": "language", "01": "merchant_name", "02": "merchant_city"}
            )
        elif 80 <= number <= 99:
            details.setdefault("unreserved", []).append(_account_template(tag, value))
        elif tag == "63":
            details["crc"] = value
    if details.get("initiation") in ("11", "12"):
        details["initiation"] = "static" if details["initiation"] == "11" else "dynamic"
    if "currency" in details:
        details["currency_code"] = CURRENCIES.get(details["currency"])
    details["accounts"] = accounts
    details["crc_ok"] = _crc_ok(text, records)
    return details


def _crc_ok(text: str, records: tuple[tuple[str, str], ...]) -> bool:
    # The CRC must be the last record and covers everything up to and including "6304".
    if not records or records[-1][0] != "63" or len(records[-1][1]) != 4:
        return False
    covered = text[: len(text) - 4].encode("utf-8")
    return f"{crc16_ccitt(covered):04X}" == records[-1][1].upper()


def _account_template(tag: str, value: str) -> dict[str, Any]:
    account: dict[str, Any] = {"tag": tag}
    try:
        fields = dict(parse_tlv(value))
    except EmvcoError:
        account["value"] = value  # some issuers put an opaque string here
        return account
    guid = fields.pop("00", "")
    account["guid"] = guid
    account["network"] = _network(guid)
    account["fields"] = fields
    return account


def _network(guid: str) -> str | None:
    upper = guid.upper()
    return next((name for key, name in ACCOUNT_GUIDS.items() if upper.startswith(key)), None)


def _additional(value: str) -> dict[str, Any]:
    fields = _sub_fields(value, ADDITIONAL_FIELDS)
    request = fields.get("consumer_data_request")
    if isinstance(request, str):
        fields["consumer_data_request"] = [CONSUMER_DATA.get(c, c) for c in request]
    return fields


def _sub_fields(value: str, names: dict[str, str]) -> dict[str, Any]:
    try:
        return {names.get(tag, tag): sub for tag, sub in parse_tlv(value)}
    except EmvcoError:
        return {"raw": value}


def build_emvco(fields: list[tuple[str, str]]) -> str:
    """A payload from (id, value) records with a correct CRC appended; for tests and samples."""
    body = "".join(f"{tag}{len(value):02d}{value}" for tag, value in fields) + "6304"
    return body + f"{crc16_ccitt(body.encode('utf-8')):04X}"
