"""An offline map: the campaign's GeoJSON points drawn as SVG on a frame with a graticule. No tiles, no network.

An equirectangular projection scaled by cos(latitude) is exact enough over one city, where campaigns are."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

WIDTH, HEIGHT, PAD = 800, 500, 40
MIN_SPAN_DEG = 0.01  # ~1 km: a single point still gets a readable frame
VERDICT_FILL = {"violation": "#c62828", "inconclusive": "#f9a825", "compliant": "#2e7d32"}


@dataclass(frozen=True)
class Frame:
    west: float
    south: float
    east: float
    north: float

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x = PAD + (lon - self.west) / (self.east - self.west) * (WIDTH - 2 * PAD)
        y = HEIGHT - PAD - (lat - self.south) / (self.north - self.south) * (HEIGHT - 2 * PAD)
        return round(x, 1), round(y, 1)


def frame_of(points: list[tuple[float, float]]) -> Frame:
    lons, lats = [p[0] for p in points] or [121.47], [p[1] for p in points] or [31.23]
    mid_lat = (min(lats) + max(lats)) / 2
    lat_span = max(max(lats) - min(lats), MIN_SPAN_DEG) * 1.2
    lon_span = max(max(lons) - min(lons), MIN_SPAN_DEG) * 1.2
    # keep the aspect true to the ground: a degree of longitude is cos(lat) of a degree of latitude
    aspect = (WIDTH - 2 * PAD) / (HEIGHT - 2 * PAD)
    ground = lon_span * math.cos(math.radians(mid_lat)) / lat_span
    if ground < aspect:
        lon_span *= aspect / ground
    else:
        lat_span *= ground / aspect
    mid_lon = (min(lons) + max(lons)) / 2
    return Frame(mid_lon - lon_span / 2, mid_lat - lat_span / 2, mid_lon + lon_span / 2, mid_lat + lat_span / 2)


def _graticule(frame: Frame) -> list[str]:
    step = 10 ** math.floor(math.log10(frame.north - frame.south))
    lines = []
    lat = math.ceil(frame.south / step) * step
    while lat < frame.north:
        _, y = frame.xy(frame.west, lat)
        lines.append(
            f'<line x1="{PAD}" y1="{y}" x2="{WIDTH - PAD}" y2="{y}" stroke="#ddd"/>'
            f'<text x="2" y="{y}" font-size="11" fill="#777">{lat:.3f}</text>'
        )
        lat += step
    lon = math.ceil(frame.west / step) * step
    while lon < frame.east:
        x, _ = frame.xy(lon, frame.south)
        lines.append(
            f'<line x1="{x}" y1="{PAD}" x2="{x}" y2="{HEIGHT - PAD}" stroke="#ddd"/>'
            f'<text x="{x}" y="{HEIGHT - 8}" font-size="11" fill="#777" text-anchor="middle">{lon:.3f}</text>'
        )
        lon += step
    return lines


EARTH_KM_PER_DEG = 111.32


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The convex hull (Andrew's monotone chain): the outline of the area the campaign covered."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o, a, b) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _scale_bar(frame: Frame) -> str:
    """A round distance about a fifth of the frame wide, so the reader can tell 200 m from 2 km."""
    mid_lat = (frame.north + frame.south) / 2
    km_wide = (frame.east - frame.west) * EARTH_KM_PER_DEG * math.cos(math.radians(mid_lat))
    target = km_wide / 5
    km = next(v for v in (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if v >= target / 2)
    length = (WIDTH - 2 * PAD) * km / km_wide
    label = f"{km * 1000:.0f} m" if km < 1 else f"{km:g} km"
    x, y = PAD + 10, HEIGHT - PAD - 12
    return (
        f'<line x1="{x}" y1="{y}" x2="{x + length:.1f}" y2="{y}" stroke="#37474f" stroke-width="3" class="scale"/>'
        f'<text x="{x}" y="{y - 6}" font-size="11" fill="#37474f">{label}</text>'
    )


def render_map(collection: dict[str, Any], link_of) -> str:
    """`link_of(properties)` gives each point's link (the organiser's case page)."""
    features = [f for f in collection.get("features", ()) if f.get("geometry", {}).get("type") == "Point"]
    frame = frame_of([tuple(f["geometry"]["coordinates"][:2]) for f in features])
    parts = [
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="地图 Map">',
        f'<rect x="{PAD}" y="{PAD}" width="{WIDTH - 2 * PAD}" height="{HEIGHT - 2 * PAD}" '
        f'fill="#f3f6f8" stroke="#90a4ae"/>',
        *_graticule(frame),
    ]
    hull = _hull([frame.xy(*f["geometry"]["coordinates"][:2]) for f in features])
    if len(hull) >= 3:
        outline = " ".join(f"{x},{y}" for x, y in hull)
        parts.append(
            f'<polygon points="{outline}" fill="#e3f2fd" stroke="#1e88e5" stroke-dasharray="6 4" class="area"/>'
        )
    parts.append(_scale_bar(frame))
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"][:2]
        props = feature["properties"]
        x, y = frame.xy(lon, lat)
        fill = VERDICT_FILL.get(props.get("verdict"), "#757575")
        title = escape(
            f"{props.get('verdict')} · {', '.join(props.get('case_ids', []))} · {props.get('taken_at') or ''}"
        )
        parts.append(
            f'<a href="{escape(link_of(props))}"><circle cx="{x}" cy="{y}" r="7" fill="{fill}" stroke="#fff" '
            f'stroke-width="2" class="point"><title>{title}</title></circle></a>'
        )
    parts.append("</svg>")
    return "".join(parts)
