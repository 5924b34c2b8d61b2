"""EXIF facts worth keeping as evidence: when, where and with what a photo was taken."""

from __future__ import annotations

import math
import re
from typing import Any

from PIL import ExifTags, Image

from qraudit.models import GPS, Exif

_DATE = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")


def read_exif(image: Image.Image) -> Exif:
    """EXIF of a freshly opened image; anything missing or malformed becomes None, never an error."""
    try:
        exif = image.getexif()
        base = dict(exif)
        details = dict(exif.get_ifd(ExifTags.IFD.Exif))
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    except Exception:  # malformed EXIF must not cost the user the codes in the photo
        return Exif()
    taken = details.get(ExifTags.Base.DateTimeOriginal) or base.get(ExifTags.Base.DateTime)
    offset = details.get(ExifTags.Base.OffsetTimeOriginal) or details.get(ExifTags.Base.OffsetTime)
    return Exif(
        taken_at=iso_datetime(taken, offset),
        gps=gps_position(gps),
        make=_text(base.get(ExifTags.Base.Make)),
        model=_text(base.get(ExifTags.Base.Model)),
    )


def iso_datetime(value: Any, offset: Any = None) -> str | None:
    """'2024:05:01 12:30:00' (+ '+08:00') -> '2024-05-01T12:30:00+08:00'; unparseable text is kept as written."""
    text = _text(value)
    if text is None:
        return None
    match = _DATE.match(text)
    if not match or match.group(1) == "0000":
        return text
    y, mo, d, h, mi, s = match.groups()
    iso = f"{y}-{mo}-{d}T{h}:{mi}:{s}"
    zone = _OFFSET.match(_text(offset) or "")
    if zone:
        iso += f"{zone.group(1)}{zone.group(2)}:{zone.group(3)}"
    return iso


def gps_position(gps: dict[int, Any]) -> GPS | None:
    """Decimal degrees from the GPS IFD; the hemisphere letters give the sign."""
    lat = _degrees(gps.get(2), gps.get(1), "S")
    lon = _degrees(gps.get(4), gps.get(3), "W")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return GPS(lat=round(lat, 7), lon=round(lon, 7))


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    try:
        parts = [float(v) for v in value]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not parts or len(parts) > 3 or not all(math.isfinite(p) for p in parts):
        return None
    parts += [0.0] * (3 - len(parts))
    degrees = parts[0] + parts[1] / 60 + parts[2] / 3600
    return -degrees if (_text(ref) or "").upper().startswith(negative) else degrees


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None
