"""The QR decoders behind the cascade, one function each, all taking 8-bit grey pixels and returning
raw hits in those pixels' coordinates. `BACKENDS` is the registry; `backend(name)` looks one up."""

from __future__ import annotations

from collections.abc import Callable
from ctypes import c_void_p, cast, string_at
from typing import TypedDict, Unpack

import cv2
import numpy as np
import zxingcpp

from qraudit.decode.charset import decode_payload_bytes
from qraudit.decode.hits import Hit, quad_from_points
from qraudit.decode.wechat import read_wechat
from qraudit.errors import QrauditError

# The QR family: Model 1, Model 2, Micro QR and rMQR
_QR_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
_ZBAR_CFG_BINARY = 4  # zbar >= 0.23: hand over the payload bytes instead of guessing a charset


class ZxingOptions(TypedDict, total=False):
    """zxing-cpp's search switches the cascade's stages turn (defaults: all on, the local binarizer)."""

    try_rotate: bool
    try_invert: bool
    try_downscale: bool
    binarizer: zxingcpp.Binarizer


def read_zxing(grey: np.ndarray, **options: Unpack[ZxingOptions]) -> list[Hit]:
    """zxing-cpp: fast and the best at charsets (ECI, Shift-JIS, GB 18030 guessing)."""
    return scan_zxing(grey, **options)[0]


def scan_zxing(
    grey: np.ndarray,
    *,
    try_rotate: bool = True,
    try_invert: bool = True,
    try_downscale: bool = True,
    binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
) -> tuple[list[Hit], int]:
    """zxing-cpp's reads, and how many symbols it found but could not decode (a bad checksum, an
    impossible size): a sign that the picture holds a code the later stages may still read. Asking
    for those costs nothing measurable (docs/benchmarks.md, "Decode")."""
    found = zxingcpp.read_barcodes(
        grey,
        formats=_QR_FORMATS,
        try_rotate=try_rotate,
        try_invert=try_invert,
        try_downscale=try_downscale,
        binarizer=binarizer,
        text_mode=zxingcpp.TextMode.Plain,
        return_errors=True,
    )
    hits = []
    for code in found:
        if not code.valid:
            continue
        pos = code.position
        corners = [pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left]
        hits.append(Hit(code.text, bytes(code.bytes), quad_from_points([(p.x, p.y) for p in corners]), "zxing"))
    return hits, len(found) - len(hits)


def read_zbar(grey: np.ndarray) -> list[Hit]:
    """ZBar in binary mode (pyzbar's own `decode` lets zbar guess the charset, and it guesses
    Shift-JIS and Big5 wrong); the bytes are then decoded by our charset rules."""
    from pyzbar import wrapper as zb

    grey = np.ascontiguousarray(grey, dtype=np.uint8)
    height, width = grey.shape
    pixels = grey.tobytes()
    scanner = zb.zbar_image_scanner_create()
    image = zb.zbar_image_create()
    hits = []
    try:
        zb.zbar_image_scanner_set_config(scanner, zb.ZBarSymbol.NONE, zb.ZBarConfig.CFG_ENABLE, 0)
        zb.zbar_image_scanner_set_config(scanner, zb.ZBarSymbol.QRCODE, zb.ZBarConfig.CFG_ENABLE, 1)
        zb.zbar_image_scanner_set_config(scanner, zb.ZBarSymbol.QRCODE, _ZBAR_CFG_BINARY, 1)
        zb.zbar_image_set_format(image, _fourcc("Y800"))
        zb.zbar_image_set_size(image, width, height)
        zb.zbar_image_set_data(image, cast(pixels, c_void_p), len(pixels), None)  # type: ignore[arg-type]
        if zb.zbar_scan_image(scanner, image) > 0:
            symbol = zb.zbar_image_first_symbol(image)
            while symbol:
                raw = string_at(zb.zbar_symbol_get_data(symbol), zb.zbar_symbol_get_data_length(symbol))
                outline = [
                    (zb.zbar_symbol_get_loc_x(symbol, i), zb.zbar_symbol_get_loc_y(symbol, i))
                    for i in range(zb.zbar_symbol_get_loc_size(symbol))
                ]
                if outline:
                    hits.append(Hit(decode_payload_bytes(raw), raw, quad_from_points(outline), "zbar"))
                symbol = zb.zbar_symbol_next(symbol)
    finally:
        zb.zbar_image_destroy(image)
        zb.zbar_image_scanner_destroy(scanner)
    return hits


def read_aruco(grey: np.ndarray) -> list[Hit]:
    """OpenCV's QRCodeDetectorAruco, asked for bytes so that no charset is guessed on the way."""
    try:
        ok, payloads, points, _ = cv2.QRCodeDetectorAruco().detectAndDecodeBytesMulti(grey)
    except cv2.error:  # e.g. "mode 13 not implemented" (Hanzi mode): treat as unread
        return []
    if not ok or points is None:
        return []
    return [
        Hit(decode_payload_bytes(bytes(raw)), bytes(raw), quad_from_points(quad), "opencv-aruco")
        for raw, quad in zip(payloads, points)
        if raw
    ]


def _fourcc(code: str) -> int:
    return sum(ord(c) << (8 * i) for i, c in enumerate(code))


Backend = Callable[[np.ndarray], list[Hit]]

BACKENDS: dict[str, Backend] = {
    "zxing": read_zxing,
    "zbar": read_zbar,
    "opencv-aruco": read_aruco,
    "wechat": read_wechat,
}


def backend(name: str) -> Backend:
    try:
        return BACKENDS[name]
    except KeyError:
        raise QrauditError(f"unknown decoder {name!r}; known: {', '.join(BACKENDS)}") from None
