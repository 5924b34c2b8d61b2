"""A raw decoder hit and the geometry the cascade needs: moving hits back from crops and scales,
and telling whether two hits are the same code seen twice."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from qraudit.models import Point

Quad = tuple[Point, Point, Point, Point]


@dataclass(frozen=True)
class Hit:
    """What one decoder read: text, the payload bytes when the decoder exposes them, and four corners."""

    text: str
    raw: bytes | None
    polygon: Quad
    decoder: str

    def moved(self, scale: float = 1.0, dx: float = 0.0, dy: float = 0.0) -> Hit:
        """Map corners from a crop scaled by `scale` whose origin sits at (dx, dy) in the full image."""
        quad = tuple((x / scale + dx, y / scale + dy) for x, y in self.polygon)
        return replace(self, polygon=quad)  # type: ignore[arg-type]

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        return min(xs), min(ys), max(xs), max(ys)


def quad_from_points(points: object) -> Quad:
    """Four corners from any point list: kept as they are when there are four, else the tightest
    rotated rectangle (zbar hands over outlines of any length)."""
    array: np.ndarray = np.asarray(points, dtype=np.float32).reshape(-1, 2)
    if len(array) != 4:
        import cv2

        array = np.asarray(cv2.boxPoints(cv2.minAreaRect(array)))
    return tuple((round(float(x), 1), round(float(y), 1)) for x, y in array)  # type: ignore[return-value]


def box_quad(x0: float, y0: float, x1: float, y1: float) -> Quad:
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple[float, float]:
    """(intersection over the smaller box, intersection over union) of two (x0, y0, x1, y1) boxes."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    area_a = (a[2] - a[0]) * (a[3] - a[1])
    area_b = (b[2] - b[0]) * (b[3] - b[1])
    shared = ix * iy
    union = area_a + area_b - shared
    smaller = min(area_a, area_b)
    return (shared / smaller if smaller > 0 else 0.0), (shared / union if union > 0 else 0.0)


def same_code(a: Hit, b: Hit) -> bool:
    """The same text on overlapping ground; or two texts on one ground of one size, which is one
    code misread (a small code printed inside a big one has its own ground)."""
    of_smaller, of_union = overlap(a.bounds(), b.bounds())
    return (a.text == b.text and of_smaller > 0.25) or of_union > 0.6


def merge(accepted: list[Hit], new: list[Hit]) -> list[Hit]:
    """`accepted` plus those of `new` that are not already there; first reads win."""
    result = list(accepted)
    for hit in new:
        if hit.text and not any(same_code(hit, old) for old in result):
            result.append(hit)
    return result
