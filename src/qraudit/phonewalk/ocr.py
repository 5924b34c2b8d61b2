"""Text on a phone screen: RapidOCR (PP-OCRv4 models inside the rapidocr-onnxruntime wheel, nothing downloaded).

The engine loads once, on first use; it reads Chinese and English and gives each line with its box.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from PIL import Image

from qraudit.errors import QrauditError

MIN_SCORE = 0.5  # below this a line is more noise than text
OCR_MAX_WIDTH = 780


@dataclass(frozen=True)
class OcrLine:
    text: str
    box: tuple[float, float, float, float]  # x, y, width, height in image pixels
    score: float


class OcrUnavailable(QrauditError):
    """The OCR engine is not installed."""


@functools.lru_cache(maxsize=1)
def _engine():
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        raise OcrUnavailable(
            "reading a phone walk needs the OCR engine rapidocr-onnxruntime",
            hint="pip install --no-deps rapidocr-onnxruntime==1.4.4 (make setup installs it)",
        ) from None
    return RapidOCR()


def read_lines(image: np.ndarray) -> list[OcrLine]:
    """The text lines of an RGB image, top to bottom, boxes in the image's own pixels."""
    factor = 1.0
    if image.shape[1] > OCR_MAX_WIDTH:  # an iPhone's 1170 px: twice the CSS width reads as well, in half the time
        factor = image.shape[1] / OCR_MAX_WIDTH
        image = np.asarray(
            Image.fromarray(image).resize((OCR_MAX_WIDTH, round(image.shape[0] / factor)), Image.Resampling.BILINEAR)
        )
    result, _ = _engine()(image[:, :, ::-1].copy())  # the engine wants BGR, as OpenCV reads
    lines = []
    for quad, text, score in result or []:
        xs = [p[0] * factor for p in quad]
        ys = [p[1] * factor for p in quad]
        if float(score) >= MIN_SCORE and text.strip():
            lines.append(OcrLine(text.strip(), (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), float(score)))
    return sorted(lines, key=lambda line: (line.box[1], line.box[0]))
