"""Payload bytes to text: ECI, BOMs, UTF-8, then GB18030 / Big5 / Shift-JIS scored, latin-1 last."""

from __future__ import annotations

import random

import pytest

from qraudit.decode.charset import CANDIDATES, decode_payload_bytes, guess_charset, score_text

# Byte payloads as zxing test images carry them, with their texts (zxing qrcode-2 blackbox set,
# Apache-2.0: see tests/data/photos/zxing/LICENSE).
ZXING_SAMPLES = [
    (b"Google \x83\x82\x83o\x83C\x83\x8b\r\nhttp://google.jp", "Google モバイル\r\nhttp://google.jp"),
    (
        b"[\x8aO\x91\xa4QR\x83R\x81[\x83h]\r\n \r\n*\xc0\xde\xcc\xde\xd9QR*\r\nhttp://d-qr.net/ex/",
        "[外側QRコード]\r\n \r\n*ﾀﾞﾌﾞﾙQR*\r\nhttp://d-qr.net/ex/",
    ),
    (b"\xc3\xde\xbb\xde\xb2\xddQR\r\nhttp://d-qr.net/ex/", "ﾃﾞｻﾞｲﾝQR\r\nhttp://d-qr.net/ex/"),
    (
        b"<\xc3\xde\xbb\xde\xb2\xddQR> \r\n\xb2\xd7\xbd\xc4\x93\xfc\x82\xe8\xb6\xd7\xb0QR\xba\xb0\xc4\xde\r\nhttp://d-qr.net/ex/ ",  # noqa: E501
        "<ﾃﾞｻﾞｲﾝQR> \r\nｲﾗｽﾄ入りｶﾗｰQRｺｰﾄﾞ\r\nhttp://d-qr.net/ex/ ",
    ),
    (
        b"\x8d\xa1\x93x\x82\xcc\x83o\x81[\x83W\x83\x87\x83\x93\x82\xc5\x82\xcd\x95\xb6\x8f\xcd\x82\xcc"
        b"\x88\xc3\x8d\x86\x89\xbb\x82\xaa\x82\xc5\x82\xab\x82\xdc\x82\xb7\x81B",
        "今度のバージョンでは文章の暗号化ができます。",
    ),
    (b"MECARD:N:\xe6\xb8\xac\xe8\xa9\xa6;;", "MECARD:N:測試;;"),  # UTF-8
    (b"\x01\x10AD:SUB:\xb0\xa2;;", "\x01\x10AD:SUB:阿;;"),  # GB2312, one character after control bytes
]


@pytest.mark.parametrize(("raw", "text"), ZXING_SAMPLES)
def test_zxing_samples(raw: bytes, text: str) -> None:
    assert decode_payload_bytes(raw) == text


SIMPLIFIED = [
    "停车缴费请扫码",
    "欢迎光临本店，扫码点餐",
    "关注公众号领取优惠券",
    "车牌号：京A12345 应付金额：10.00元",
    "张三",
    "测试",
    "您好",
    "上海",
    "中国",
    "扫一扫",
    "订单已支付",
    "同意并继续",
    "阿",
]
TRADITIONAL = [
    "停車繳費請掃碼",
    "歡迎光臨本店，掃碼點餐",
    "關注公眾號領取優惠券",
    "請輸入手機號碼",
    "臺北市信義區",
    "會員積分",
    "謝謝惠顧",
    "同意並繼續",
    "個人資料",
    "中華民國",
]
JAPANESE = ["モバイル", "こんにちは", "東京都", "駐車場", "お支払い", "ありがとう", "ｶﾗｰ", "ﾀﾞﾌﾞﾙ", "ｺｰﾄﾞ", "山田太郎"]


@pytest.mark.parametrize("wrap", ["{}", "MECARD:N:{};;", "https://park.example.cn/?lot={}&n=1"])
@pytest.mark.parametrize(
    ("codec", "texts"),
    [
        ("gb18030", SIMPLIFIED),
        ("big5", TRADITIONAL),
        ("shift_jis", JAPANESE),
        ("utf-8", SIMPLIFIED + TRADITIONAL + JAPANESE),
    ],
)
def test_round_trip_alone_and_mixed_with_ascii(codec: str, texts: list[str], wrap: str) -> None:
    for text in texts:
        payload = wrap.format(text)
        assert decode_payload_bytes(payload.encode(codec)) == payload, (codec, payload)


def test_gb_bytes_that_happen_to_be_valid_utf8() -> None:
    raw = "扫一扫".encode("gb18030")
    assert raw.decode("utf-8") == "ɨһɨ"  # valid, but IPA next to Cyrillic is not a word
    assert decode_payload_bytes(raw) == "扫一扫"


@pytest.mark.parametrize(
    "text", ["Café", "Müller", "Straße", "São Paulo", "Ελλάδα", "Москва", "¥10", "25°C", "crème brûlée"]
)
def test_two_byte_utf8_is_kept(text: str) -> None:
    assert decode_payload_bytes(text.encode("utf-8")) == text


def test_boms() -> None:
    assert decode_payload_bytes(b"\xef\xbb\xbf" + "停车".encode()) == "停车"
    assert decode_payload_bytes(b"\xfe\xff" + "停车".encode("utf-16-be")) == "停车"
    assert decode_payload_bytes(b"\xff\xfe" + "停车".encode("utf-16-le")) == "停车"


def test_eci_decides_when_declared() -> None:
    raw = "測試".encode("big5")  # also two common GB18030 characters: ambiguous without the ECI
    assert decode_payload_bytes(raw, eci=28) == "測試"
    assert decode_payload_bytes("停车".encode("gb18030"), eci=29) == "停车"
    assert decode_payload_bytes(b"caf\xe9", eci=3) == "café"
    # A wrong ECI (UTF-8 claimed, GB bytes given) is ignored rather than trusted.
    assert decode_payload_bytes("停车缴费".encode("gb18030"), eci=26) == "停车缴费"
    # An ECI we do not know is ignored too.
    assert decode_payload_bytes("停车".encode(), eci=999) == "停车"


def test_latin1_when_nothing_else_fits() -> None:
    assert decode_payload_bytes(b"caf\xe9") == "café"
    assert decode_payload_bytes(b"\xe9t\xe9") == "été"


def test_plain_ascii_and_empty() -> None:
    assert decode_payload_bytes(b"https://a.cn/x?y=1") == "https://a.cn/x?y=1"
    assert decode_payload_bytes(b"") == ""


def test_never_raises_on_random_bytes() -> None:
    rng = random.Random(11)
    for _ in range(300):
        raw = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
        assert isinstance(decode_payload_bytes(raw), str)


def test_scores_prefer_the_right_reading() -> None:
    raw = "停车缴费".encode("gb18030")
    readings = {name: raw.decode(codec) for name, (codec, _) in CANDIDATES.items() if _decodes(raw, codec)}
    assert guess_charset(raw) == "gb18030"
    assert max(readings, key=lambda name: score_text(readings[name], name)) == "gb18030"
    # Voicing marks follow only certain kana: ﾃﾞ and ﾊﾟ are Japanese, ﾃﾟ and ｱﾞ are not.
    assert score_text("ﾃﾞ", "shift_jis") > score_text("ﾃﾟ", "shift_jis")
    assert score_text("ﾊﾟ", "shift_jis") > score_text("ｱﾞ", "shift_jis")


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
