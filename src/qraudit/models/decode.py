"""What `decode` finds in a photo: codes, their places, and the photo's EXIF."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in CSS pixels (pages) or image pixels (photos)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def area(self) -> float:
        return max(self.width, 0.0) * max(self.height, 0.0)

    def contains(self, other: Box) -> bool:
        return (
            other.x >= self.x - 1
            and other.y >= self.y - 1
            and other.x + other.width <= self.x + self.width + 1
            and other.y + other.height <= self.y + self.height + 1
        )


@dataclass(frozen=True)
class Code:
    """One decoded code. `polygon` is four corners in the (EXIF-oriented) image."""

    text: str
    kind: str
    polygon: tuple[Point, Point, Point, Point]
    decoder: str
    details: dict[str, Any] = field(default_factory=dict)  # e.g. EMVCo merchant fields, OAuth scope

    @property
    def box(self) -> Box:
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True)
class GPS:
    lat: float
    lon: float


@dataclass(frozen=True)
class Exif:
    taken_at: str | None = None  # as the camera wrote it, ISO 8601 when possible
    gps: GPS | None = None
    make: str | None = None
    model: str | None = None


@dataclass(frozen=True)
class PhotoResult:
    """What `decode` found in one input file; `error` is a one-line message or None."""

    source: str
    sha256: str | None
    codes: tuple[Code, ...] = ()
    exif: Exif = field(default_factory=Exif)
    error: str | None = None
    width: int | None = None
    height: int | None = None
