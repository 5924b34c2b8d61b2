"""Everything the HTML template shows, computed here so that the template only lays it out."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qraudit.models import Box, Evidence, Exif, Snapshot, StepRecord
from qraudit.report import narrative
from qraudit.report.base import RenderInput
from qraudit.report.i18n import CATEGORY, EXPLAIN, LABELS, MANDATORY, OPTIONAL, SEVERITY, pick
from qraudit.report.images import image_size, in_folder
from qraudit.report.network import NetworkSummary, network_summary, redirect_chain

PHONE_WIDTHS = (390, 375, 360, 414, 393, 412)  # CSS widths of the usual phone profiles


@dataclass(frozen=True)
class Shape:
    points: str  # SVG polygon points in the figure's coordinates
    label: str
    kind: str  # code | wall | finding
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Figure:
    src: str  # a file name inside the audit folder
    width: float
    height: float
    shapes: tuple[Shape, ...] = ()


@dataclass(frozen=True)
class HopView:
    url: str
    href: str | None
    note: str


@dataclass(frozen=True)
class StepView:
    n: int
    url: str
    title: str
    figure: Figure | None
    did: str
    page: tuple[str, ...]
    badges: tuple[str, ...]
    mandatory: bool
    timing: str = ""  # real seconds and page-clock seconds until the page was read; "" for a phone walk


@dataclass(frozen=True)
class LawView:
    law: str
    article: str
    quote: str
    version: str = ""
    source: str = ""


@dataclass(frozen=True)
class NecessityView:
    """One thing a wall demands, judged against the service's row."""

    item: str
    necessary: bool
    reason: str
    citation: str


@dataclass(frozen=True)
class ProblemView:
    """A wall or a finding, as a card."""

    title: str
    badge: str
    mandatory: bool
    step: int
    summary: str
    explain: str
    rules: tuple[str, ...]
    laws: tuple[LawView, ...]
    excerpts: tuple[str, ...]
    elements: tuple[str, ...]
    url: str | None
    href: str | None
    fields: tuple[str, ...]
    refusals: tuple[str, ...]
    figure: Figure | None
    necessity: tuple[NecessityView, ...] = ()
    violation: bool = False


def safe_href(url: str | None) -> str | None:
    """Only http(s) links become clickable; javascript: and friends stay text."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None


def polygon_shape(points: Sequence[tuple[float, float]], label: str, kind: str) -> Shape:
    text = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return Shape(text, label, kind, min(p[0] for p in points), min(p[1] for p in points))


def box_shape(box: Box, label: str, kind: str) -> Shape:
    corners = (
        (box.x, box.y),
        (box.x + box.width, box.y),
        (box.x + box.width, box.y + box.height),
        (box.x, box.y + box.height),
    )
    return polygon_shape(corners, label, kind)


def css_width(pixel_width: int, snap: Snapshot | None) -> float:
    """Boxes are in CSS pixels; screenshots are in device pixels. The snapshot knows the viewport."""
    if snap is not None and snap.viewport[0] > 0:
        return float(snap.viewport[0])
    for width in PHONE_WIDTHS:
        if pixel_width % width == 0 and pixel_width // width in (1, 2, 3, 4):
            return float(width)
    return float(pixel_width)


def screenshot_figure(
    folder: Path, name: str | None, snap: Snapshot | None, shapes: list[tuple[Box, str, str]]
) -> Figure | None:
    if name is None or not in_folder(folder, name):
        return None
    size = image_size(folder / name)
    if size is None:
        return None
    width = css_width(size[0], snap)
    height = size[1] * width / size[0]
    return Figure(name, width, height, tuple(box_shape(b, label, kind) for b, label, kind in shapes))


def place(exif: Exif | None, lang: str) -> tuple[str, str | None]:
    """'31.23040°N, 121.47370°E' and a geo: link that phones open in their map app, without any network."""
    if exif is None or exif.gps is None:
        return pick(LABELS["unknown"], lang), None
    lat, lon = exif.gps.lat, exif.gps.lon
    text = f"{abs(lat):.5f}°{'N' if lat >= 0 else 'S'}, {abs(lon):.5f}°{'E' if lon >= 0 else 'W'}"
    return text, f"geo:{lat:.6f},{lon:.6f}"


def evidence_lines(evidence: Evidence) -> tuple[tuple[str, ...], tuple[str, ...]]:
    excerpts = tuple(narrative.clip(e, 300) for e in evidence.excerpts)
    elements = tuple(f"x {b.x:.0f}, y {b.y:.0f}, {b.width:.0f}×{b.height:.0f} px" for b in evidence.boxes)
    return excerpts, elements


def manifest_sha256(folder: Path) -> str | None:
    manifest = folder / "manifest.json"
    return hashlib.sha256(manifest.read_bytes()).hexdigest() if manifest.is_file() else None


def step_screenshot(step: StepRecord, folder: Path) -> str | None:
    name = step.files.get("screenshot") or f"step-{step.n:02d}.png"
    return name if in_folder(folder, name) else None


def network_view(item: RenderInput) -> tuple[tuple[HopView, ...], NetworkSummary]:
    hops = redirect_chain(item.report, item.snapshots)
    views = tuple(
        HopView(narrative.clip(h.url, 200), safe_href(h.url), " ".join(x for x in (str(h.status or ""), h.via) if x))
        for h in hops
    )
    return views, network_summary(item.report, item.snapshots, item.folder)


def severity_label(severity: str, lang: str) -> str:
    return pick(SEVERITY.get(severity), lang) or severity


def category_label(category: str, lang: str) -> str:
    return pick(CATEGORY.get(category), lang) or category


def mandatory_label(mandatory: bool, lang: str) -> str:
    return pick(MANDATORY if mandatory else OPTIONAL, lang)


def explain(category: str, lang: str) -> str:
    return pick(EXPLAIN.get(category), lang)
