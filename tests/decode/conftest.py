"""Helpers for decode tests: clean codes drawn with `qrcode`, pasted on a page, saved to files."""

from __future__ import annotations

from pathlib import Path

import qrcode
from PIL import Image

PHOTOS = Path(__file__).parent.parent / "data" / "photos"


def code_image(text: str, box: int = 8, border: int = 4) -> Image.Image:
    """A clean QR code as a grey PIL image."""
    qr = qrcode.QRCode(box_size=box, border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image().convert("L")


def page(size: tuple[int, int], codes: list[tuple[str, tuple[int, int], int]], shade: int = 235) -> Image.Image:
    """An RGB picture with each (text, top-left, box size) code pasted on a light background."""
    picture = Image.new("RGB", size, (shade, shade, shade - 10))
    for text, place, box in codes:
        picture.paste(code_image(text, box=box).convert("RGB"), place)
    return picture


def expected_text(image: Path) -> str:
    """The NAME.txt beside NAME.ext, byte for byte (CRLF kept)."""
    with open(image.with_suffix(".txt"), encoding="utf-8", newline="") as handle:
        return handle.read()


def real_photos() -> list[Path]:
    return sorted(p for p in PHOTOS.rglob("*") if p.suffix.lower() in {".png", ".jpg", ".webp"})
