"""WeChat's CNN QR reader (OpenCV contrib `wechat_qrcode`) with the models we ship, and its detector
on its own, which the cascade uses to find where codes are that no decoder has read yet."""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

import cv2
import numpy as np

from qraudit.decode.charset import decode_payload_bytes
from qraudit.decode.hits import Hit, box_quad, quad_from_points
from qraudit.errors import QrauditError

_MODELS = ("detect.prototxt", "detect.caffemodel", "sr.prototxt", "sr.caffemodel")
DETECTOR_AREA = 400 * 400  # the input area OpenCV's own wrapper gives the detector


@dataclass(frozen=True)
class Region:
    """A place where the detector believes a code is, in image pixels."""

    x0: float
    y0: float
    x1: float
    y1: float
    score: float

    def bounds(self) -> tuple[float, float, float, float]:
        return self.x0, self.y0, self.x1, self.y1


def model_paths() -> tuple[str, ...]:
    folder = resources.files("qraudit") / "data" / "wechat_qrcode"
    missing = [name for name in _MODELS if not (folder / name).is_file()]
    if missing:
        raise QrauditError(f"WeChat QR models missing: {', '.join(missing)}", str(folder), "reinstall qraudit")
    return tuple(str(folder / name) for name in _MODELS)


# OpenCV's WeChat reader and DNN net are shared and not thread-safe (double free under concurrent use).
_OPENCV_LOCK = threading.RLock()


@functools.cache
def _reader() -> Any:  # cv2.wechat_qrcode_WeChatQRCode: the contrib module is missing from OpenCV's stubs
    return cv2.wechat_qrcode_WeChatQRCode(*model_paths())  # type: ignore[attr-defined]


@functools.cache
def _detector() -> cv2.dnn.Net:
    prototxt, caffemodel = model_paths()[:2]
    return cv2.dnn.readNetFromCaffe(prototxt, caffemodel)


def read_wechat(grey: np.ndarray) -> list[Hit]:
    """Detect with the CNN, super-resolve small codes, decode. OpenCV's binding raises
    UnicodeDecodeError on a payload that is not UTF-8 and drops every result of the picture with it;
    we then decode each detected region alone and take the bytes from the exception."""
    if min(grey.shape[:2]) <= 20:  # OpenCV refuses tiny inputs
        return []
    try:
        with _OPENCV_LOCK:
            texts, quads = _reader().detectAndDecode(grey)
    except UnicodeDecodeError:
        return _read_regions_alone(grey)
    return [Hit(text, None, quad_from_points(quad), "wechat") for text, quad in zip(texts, quads) if text]


def _read_regions_alone(grey: np.ndarray) -> list[Hit]:
    height, width = grey.shape[:2]
    hits: list[Hit] = []
    for region in detect_regions(grey) or [Region(0, 0, width, height, 0.0)]:
        pad = 0.15 * max(region.x1 - region.x0, region.y1 - region.y0)
        x0, y0 = int(max(0, region.x0 - pad)), int(max(0, region.y0 - pad))
        x1, y1 = int(min(width, region.x1 + pad)), int(min(height, region.y1 + pad))
        crop = grey[y0:y1, x0:x1]
        if min(crop.shape[:2]) <= 20:
            continue
        try:
            with _OPENCV_LOCK:
                texts, quads = _reader().detectAndDecode(crop)
            hits += [Hit(t, None, quad_from_points(q), "wechat").moved(1.0, x0, y0) for t, q in zip(texts, quads) if t]
        except UnicodeDecodeError as exc:
            raw = bytes(exc.object)
            place = box_quad(region.x0, region.y0, region.x1, region.y1)
            hits.append(Hit(decode_payload_bytes(raw), raw, place, "wechat"))
    return hits


def detect_regions(grey: np.ndarray, area: int = DETECTOR_AREA, min_score: float = 0.2) -> list[Region]:
    """The CNN detector's boxes, run on the picture scaled to about `area` pixels."""
    height, width = grey.shape[:2]
    scale = min(1.0, (area / (width * height)) ** 0.5)
    size = (max(1, int(width * scale)), max(1, int(height * scale)))
    small = cv2.resize(grey, size, interpolation=cv2.INTER_AREA) if scale < 1 else grey
    with _OPENCV_LOCK:
        net = _detector()
        net.setInput(cv2.dnn.blobFromImage(small, 1 / 255, size, 0, False, False), "data")
        found = net.forward("detection_output")
    regions = []
    for _, label, score, x0, y0, x1, y1 in found.reshape(-1, 7):
        if label == 1 and score >= min_score:
            regions.append(
                Region(
                    float(np.clip(x0, 0, 1) * width),
                    float(np.clip(y0, 0, 1) * height),
                    float(np.clip(x1, 0, 1) * width),
                    float(np.clip(y1, 0, 1) * height),
                    float(score),
                )
            )
    return regions
