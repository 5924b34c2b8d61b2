"""Reading a code printed on something round: a parking pole, a bottle, a curled sticker.

On a cylinder the modules squeeze together towards the two edges that run along the axis, and
zxing-cpp's sampling grid no longer lands on them. This turns the code upright (from the rotated
rectangle round its dark modules), then undoes the squeeze along one axis, for a few bend angles
and both axes, and hands each result to zxing-cpp. Corners of what is read are mapped back through
both steps, so the reported polygon lies on the photo's code."""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from qraudit.decode.backends import read_zxing
from qraudit.decode.hits import Hit, quad_from_points

SIDE = 720  # the upright code's square, margin included
MARGIN = 0.12  # quiet zone kept round the code, as a share of its side
BEND_ANGLES = (0.4, 0.8, 1.2)  # half the arc the code spans on the cylinder, in radians


def code_rectangle(crop: np.ndarray) -> tuple[tuple[float, float], tuple[float, float], float] | None:
    """The rotated rectangle round the largest blob of dark modules: the code itself."""
    block = max(3, (min(crop.shape[:2]) // 16) | 1)
    dark = cv2.adaptiveThreshold(crop, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 5)
    side = max(3, min(crop.shape[:2]) // 40)
    blob = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, np.ones((side, side), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(blob)
    if count < 2:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    if stats[largest, cv2.CC_STAT_AREA] < 0.05 * crop.size:
        return None
    points = np.column_stack(np.nonzero(labels == largest)[::-1]).astype(np.float32)
    (cx, cy), (width, height), angle = cv2.minAreaRect(points)
    return (cx, cy), (width, height), angle


def upright(crop: np.ndarray, rect) -> tuple[np.ndarray, np.ndarray]:
    """The rectangle (with its quiet zone) warped to an upright SIDE x SIDE square, and the warp."""
    (cx, cy), (width, height), angle = rect
    grown = ((cx, cy), (width * (1 + 2 * MARGIN), height * (1 + 2 * MARGIN)), angle)
    corners = cv2.boxPoints(grown).astype(np.float32)  # bottom-left, top-left, top-right, bottom-right
    square = np.array([[0, SIDE], [0, 0], [SIDE, 0], [SIDE, SIDE]], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(corners, square)
    return cv2.warpPerspective(crop, warp, (SIDE, SIDE), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE), warp


def bend_map(angle: float) -> np.ndarray:
    """For each output position along the bent axis, where to sample the squeezed picture: equal
    steps of arc on the cylinder land on sin-spaced positions in the photo."""
    centre, half = SIDE / 2, SIDE / 2 / (1 + 2 * MARGIN)
    arc = (np.arange(SIDE, dtype=np.float32) - centre) / half
    return (centre + half * np.sin(arc * angle) / np.sin(angle)).astype(np.float32)


def flattened(square: np.ndarray, axis: int, angle: float) -> np.ndarray:
    along = bend_map(angle)
    across = np.arange(SIDE, dtype=np.float32)
    map_x, map_y = np.meshgrid(along, across) if axis == 0 else np.meshgrid(across, along)
    return cv2.remap(square, map_x, map_y, cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def _back(hit: Hit, warp: np.ndarray, axis: int, angle: float) -> Hit:
    """Corners from the flattened square back to the crop."""
    along = bend_map(angle)
    points = np.array(hit.polygon, dtype=np.float32)
    index = np.clip(points[:, axis], 0, SIDE - 1)
    points[:, axis] = np.interp(index, np.arange(SIDE), along)
    crop_points = cv2.perspectiveTransform(points[None], np.linalg.inv(warp))[0]
    return Hit(hit.text, hit.raw, quad_from_points(crop_points), hit.decoder)


def _attempts() -> Iterator[tuple[int, float]]:
    for angle in BEND_ANGLES:
        for axis in (0, 1):
            yield axis, angle


def read_unbent(crop: np.ndarray) -> list[Hit]:
    """Codes read after flattening the crop's code as if it were wrapped round a cylinder."""
    rect = code_rectangle(crop)
    if rect is None:
        return []
    square, warp = upright(crop, rect)
    for axis, angle in _attempts():
        found = read_zxing(flattened(square, axis, angle), try_downscale=False)
        if found:
            return [_back(hit, warp, axis, angle) for hit in found]
    return []
