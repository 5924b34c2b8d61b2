"""QR codes visible on a page, read from the step screenshot with the shared decoder cascade."""

from __future__ import annotations

import io

from PIL import Image

from qraudit.models import Box, PageCode

# Screenshots are sharp renderings: the zxing stage reads them (about 5 ms for a 390x2100 page); the
# stages that rescue photos (crops, CNN detection) would only cost time on every step of every audit.
SCREENSHOT_STAGES = ("zxing",)  # zxing-cpp is safe from the sessions' worker threads (OpenCV locks itself)


def screen_codes(
    image: Image.Image, scale: float = 1.0, scroll: tuple[float, float] = (0.0, 0.0)
) -> tuple[PageCode, ...]:
    """Codes in a rendered screen whose pixels are `scale` times CSS pixels (a phone's keyframe: 3), in CSS
    pixels, moved by -scroll so they match the viewport's boxes."""
    from qraudit.decode.cascade import decode_image  # the one call into the decoder

    codes = decode_image(image.convert("RGB"), SCREENSHOT_STAGES)
    sx, sy = scroll
    return tuple(
        PageCode(
            c.text, c.kind, Box(c.box.x / scale - sx, c.box.y / scale - sy, c.box.width / scale, c.box.height / scale)
        )
        for c in codes
    )


def page_codes(png: bytes, scroll: tuple[float, float] = (0.0, 0.0)) -> tuple[PageCode, ...]:
    """Codes in a CSS-pixel screenshot; boxes are moved by -scroll so they match the viewport's boxes."""
    with Image.open(io.BytesIO(png)) as image:
        return screen_codes(image, 1.0, scroll)
