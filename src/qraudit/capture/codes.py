"""QR codes visible on a page, read from the step screenshot with the shared decoder cascade."""

from __future__ import annotations

import io
import threading

from PIL import Image

from qraudit.models import Box, PageCode

# Screenshots are sharp renderings: the zxing stage reads them (about 5 ms for a 390x2100 page); the
# stages that rescue photos (crops, CNN detection) would only cost time on every step of every audit.
SCREENSHOT_STAGES = ("zxing",)
# Sessions decode from worker threads; OpenCV's WeChat detector (in the fuller cascade) is not thread-safe.
_DECODE_LOCK = threading.Lock()


def page_codes(png: bytes, scroll: tuple[float, float] = (0.0, 0.0)) -> tuple[PageCode, ...]:
    """Codes in a CSS-pixel screenshot; boxes are moved by -scroll so they match the viewport's boxes."""
    from qraudit.decode.cascade import CASCADE, STAGES, decode_image  # the one call into the decoder

    stages = tuple(s for s in SCREENSHOT_STAGES if s in STAGES) or CASCADE
    with Image.open(io.BytesIO(png)) as image, _DECODE_LOCK:
        codes = decode_image(image.convert("RGB"), stages)
    sx, sy = scroll
    return tuple(
        PageCode(c.text, c.kind, Box(c.box.x - sx, c.box.y - sy, c.box.width, c.box.height)) for c in codes
    )
