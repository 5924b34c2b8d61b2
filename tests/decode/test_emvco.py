"""EMVCo merchant-presented payloads: TLV, CRC-16/CCITT, readable fields."""

from __future__ import annotations

import pytest

from qraudit.decode.emvco import EmvcoError, build_emvco, crc16_ccitt, parse_emvco, parse_tlv
from qraudit.errors import QrauditError
from tests.support.synth import PAYLOAD_SAMPLES

# The worked example of EMV QRCPS-MPM v1.1, appendix A (merchant name in Chinese in tag 64).
SPEC_EXAMPLE = (
    "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802CN"
    "5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330304123406"
    "03***0708A60086670902ME91320016A0112233449988770708123456786304A13A"
)


def test_crc16_ccitt_check_value() -> None:
    assert crc16_ccitt(b"123456789") == 0x29B1  # the CRC-16/CCITT-FALSE catalogue check value


def test_spec_example() -> None:
    details = parse_emvco(SPEC_EXAMPLE)
    assert details["crc_ok"] is True
    assert details["initiation"] == "dynamic"
    assert (details["merchant_name"], details["merchant_city"], details["country"]) == (
        "BEST TRANSPORT",
        "BEIJING",
        "CN",
    )
    assert details["mcc"] == "4111"
    assert (details["currency"], details["currency_code"], details["amount"]) == ("156", "CNY", "23.72")
    assert details["alternate_language"] == {"language": "ZH", "merchant_name": "最佳运输", "merchant_city": "北京"}
    assert details["additional"]["consumer_data_request"] == ["mobile", "email"]
    assert [a["guid"] for a in details["accounts"]] == ["D15600000000", "D15600000001"]
    assert details["unreserved"][0]["tag"] == "91"


def test_sample_payload_unionpay_accounts() -> None:
    details = parse_emvco(PAYLOAD_SAMPLES["emvco"])
    assert details["crc_ok"] is True
    assert details["initiation"] == "static"
    assert [(a["tag"], a["network"]) for a in details["accounts"]] == [("15", "UnionPay"), ("26", "UnionPay")]
    assert details["accounts"][1]["guid"] == "A000000333"
    assert details["alternate_language"]["merchant_name"] == "老王烧烤"


def test_wrong_or_missing_crc() -> None:
    tampered = SPEC_EXAMPLE.replace("23.72", "99.99")
    assert parse_emvco(tampered)["crc_ok"] is False
    lower = SPEC_EXAMPLE[:-4] + SPEC_EXAMPLE[-4:].lower()
    assert parse_emvco(lower)["crc_ok"] is True
    no_crc = "000201" + "5802CN"
    details = parse_emvco(no_crc)
    assert details["crc_ok"] is False and "crc" not in details


def test_build_emvco_round_trips() -> None:
    payload = build_emvco([("00", "01"), ("01", "12"), ("54", "8.50"), ("53", "344")])
    assert payload.endswith(f"{crc16_ccitt(payload[:-4].encode()):04X}")
    details = parse_emvco(payload)
    assert (details["amount"], details["currency_code"], details["crc_ok"]) == ("8.50", "HKD", True)


def test_lengths_counted_in_utf8_bytes_are_accepted() -> None:
    # Some generators count bytes: 老王 is 2 characters but 6 bytes.
    body = "000201" + "5906老王" + "6304"
    from qraudit.decode.emvco import crc16_ccitt as crc

    payload = body + f"{crc(body.encode()):04X}"
    assert parse_emvco(payload)["merchant_name"] == "老王"
    assert parse_tlv("5906老王")[0] == ("59", "老王")


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("000201590", "offset 6"),  # header cut short
        ("00020159XX", "offset 6"),  # length not digits
        ("0002015910SHOP", "offset 6"),  # value runs past the end
        ("hello", "EMVCo payload"),
    ],
)
def test_malformed_payloads_raise_with_place(text: str, where: str) -> None:
    with pytest.raises(EmvcoError) as caught:
        parse_emvco(text)
    assert isinstance(caught.value, QrauditError)
    assert where in caught.value.one_line()


def test_unparseable_template_is_kept_raw() -> None:
    payload = build_emvco([("00", "01"), ("26", "not-a-tlv")])
    assert parse_emvco(payload)["accounts"] == [{"tag": "26", "value": "not-a-tlv"}]
