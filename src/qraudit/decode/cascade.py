"""The decoder cascade: quick on easy photos, thorough on hard ones, every code in the picture.

Stages run in CASCADE order on one shared `Work`; each stage decides from what is already found
whether it has anything to do, so an easy photo costs one zxing-cpp pass. The order and the stages
kept are the ones `benchmarks/decode.py` showed to add reads (docs/benchmarks.md, "Decode")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
import zxingcpp
from PIL import Image

from qraudit.decode.backends import read_zxing, scan_zxing
from qraudit.decode.classify import classify
from qraudit.decode.hits import Hit, merge, overlap
from qraudit.decode.images import to_grey
from qraudit.decode.rescue import TREATMENTS
from qraudit.decode.unbend import read_unbent
from qraudit.decode.wechat import Region, detect_regions, read_wechat
from qraudit.errors import QrauditError
from qraudit.models import Code

WORK_SIDE = 2000  # huge photos are first read at about this longest side (an integer fraction)
CROP_SIDE = 480  # candidate codes are scaled to about this before decoding their crop
MAX_REGIONS = 24  # crops tried per picture; bounds the time a wall of unreadable codes costs
RESCUE_SIDES = (480, 720)  # crop sizes the rescue stage tries
MAX_RESCUES = 4  # regions the rescue stage tries per picture, most confident first
RESCUE_BINARIZERS = (zxingcpp.Binarizer.LocalAverage, zxingcpp.Binarizer.GlobalHistogram)


@dataclass
class Work:
    """One picture in progress: full grey pixels, a reduced copy, the hits so far, detector regions."""

    grey: np.ndarray
    hits: list[Hit] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)  # names of the stages that added hits
    undecoded: int = 0  # symbols zxing-cpp found but could not decode
    _small: tuple[np.ndarray, float] | None = None
    _regions: list[Region] | None = None

    @property
    def small(self) -> tuple[np.ndarray, float]:
        """(pixels, scale) reduced by a whole factor to about WORK_SIDE (1.0: the picture itself)."""
        if self._small is None:
            self._small = _shrink(self.grey, WORK_SIDE)
        return self._small

    @property
    def regions(self) -> list[Region]:
        """Where the CNN detector sees codes, in full-picture pixels. Not run (no regions) when
        zxing-cpp read codes and found no symbol it could not decode: on the real photos the
        detector then never found another code, and it cost ten times zxing-cpp's time."""
        if self._regions is None and self.hits and not self.undecoded:
            return []
        if self._regions is None:
            small, scale = self.small
            found = detect_regions(small)
            self._regions = [Region(r.x0 / scale, r.y0 / scale, r.x1 / scale, r.y1 / scale, r.score) for r in found]
        return self._regions

    def unread(self, regions: list[Region]) -> list[Region]:
        return [r for r in regions if not any(overlap(r.bounds(), h.bounds())[1] > 0.3 for h in self.hits)]

    def hardest(self) -> list[Region]:
        """The regions still unread, most confident first, as many as the last-chance stages may try."""
        return sorted(self.unread(self.regions), key=lambda r: -r.score)[:MAX_RESCUES]


def stage_zxing(work: Work) -> list[Hit]:
    """zxing-cpp on the reduced picture: a few milliseconds, and most photos end here."""
    small, scale = work.small
    hits, work.undecoded = scan_zxing(small)
    return [hit.moved(scale) for hit in hits]


def stage_full(work: Work) -> list[Hit]:
    """zxing-cpp on the full pixels, only when the reduced pass read nothing: on a badly exposed
    photo (a sign against the sky, a dim or blown-out shot) of a small code, averaging the modules
    down to ~2 px merges them into the flare or the murk; at full size they stay apart. The reduced
    pass already tried the smaller scales, so zxing-cpp's own downscaling is off here."""
    if work.hits or work.small[1] == 1.0:
        return []
    hits, work.undecoded = scan_zxing(work.grey, try_downscale=False)
    return hits


def stage_regions(work: Work) -> list[Hit]:
    """Crops (from the full pixels) around detected codes that nothing has read yet: scaled to
    CROP_SIDE, then zxing-cpp on plain, contrast-equalised and thresholded pixels, then the CNN
    reader with its super-resolution."""
    hits: list[Hit] = []
    for region in work.unread(work.regions)[:MAX_REGIONS]:
        crop, scale, dx, dy = _crop(work.grey, region)
        found: list[Hit] = []
        for variant in _variants(crop):
            found = read_zxing(variant, try_downscale=False)
            if found:
                break
        else:
            found = read_wechat(crop)
        hits += [hit.moved(scale, dx, dy) for hit in found]
    return hits


def stage_rescue(work: Work) -> list[Hit]:
    """Regions still unread after `regions` (at most MAX_RESCUES, most confident first): each crop
    at RESCUE_SIDES, through every rescue treatment (glare, shade, specks, scratches), to zxing-cpp
    with its local and its global binarizer, then WeChat's reader on the locally normalised crop."""
    hits: list[Hit] = []
    for region in work.hardest():
        found: list[Hit] = []
        for side in RESCUE_SIDES:
            crop, scale, dx, dy = _crop(work.grey, region, side)
            found = [hit.moved(scale, dx, dy) for hit in _rescue_crop(crop)]
            if found:
                break
        hits += found
    return hits


def _rescue_crop(crop: np.ndarray) -> list[Hit]:
    for treat in TREATMENTS.values():
        treated = treat(crop)
        for binarizer in RESCUE_BINARIZERS:
            found = read_zxing(treated, try_downscale=False, binarizer=binarizer)
            if found:
                return found
    return read_wechat(TREATMENTS["normalise"](crop))


def stage_unbend(work: Work) -> list[Hit]:
    """Regions still unread after `rescue` (at most MAX_RESCUES): the code turned upright and
    flattened as if wrapped round a pole or a bottle (src/qraudit/decode/unbend.py)."""
    hits: list[Hit] = []
    for region in work.hardest():
        crop, scale, dx, dy = _crop(work.grey, region)
        hits += [hit.moved(scale, dx, dy) for hit in read_unbent(crop)]
    return hits


Stage = Callable[[Work], list[Hit]]
STAGES: dict[str, Stage] = {
    "zxing": stage_zxing,
    "full": stage_full,
    "regions": stage_regions,
    "rescue": stage_rescue,
    "unbend": stage_unbend,
}
CASCADE: tuple[str, ...] = ("zxing", "full", "regions", "rescue", "unbend")


def decode_image(image: Image.Image | np.ndarray, stages: tuple[str, ...] = CASCADE) -> tuple[Code, ...]:
    """Every QR code in a picture (PIL image, or numpy grey/BGR pixels), each once, classified."""
    work = run_cascade(to_grey(image), stages)
    return tuple(to_code(hit) for hit in work.hits)


def run_cascade(grey: np.ndarray, stages: tuple[str, ...] = CASCADE) -> Work:
    unknown = [name for name in stages if name not in STAGES]
    if unknown:
        raise QrauditError(f"unknown decode stage {unknown[0]!r}; known: {', '.join(STAGES)}")
    work = Work(grey)
    if min(grey.shape[:2]) < 8:
        return work
    for name in stages:
        before = len(work.hits)
        work.hits = merge(work.hits, STAGES[name](work))
        if len(work.hits) > before:
            work.trace.append(name)
    return work


def to_code(hit: Hit) -> Code:
    kind, details = classify(hit.text)
    return Code(text=hit.text, kind=kind, polygon=hit.polygon, decoder=hit.decoder, details=details)


def _shrink(grey: np.ndarray, side: int) -> tuple[np.ndarray, float]:
    """Reduce by the whole factor that brings the longest side nearest `side`; whole factors keep
    OpenCV's area averaging on its fast path (4032 px -> 2016 px in about a millisecond)."""
    factor = round(max(grey.shape[:2]) / side)
    if factor <= 1:
        return grey, 1.0
    height, width = grey.shape[:2]
    even = grey[: height - height % factor, : width - width % factor]
    size = (even.shape[1] // factor, even.shape[0] // factor)
    return cv2.resize(even, size, interpolation=cv2.INTER_AREA), 1.0 / factor


def _crop(grey: np.ndarray, region: Region, side: int = CROP_SIDE) -> tuple[np.ndarray, float, int, int]:
    """The region with a quiet-zone margin, scaled so that its longest side is about `side`."""
    height, width = grey.shape[:2]
    pad = 0.2 * max(region.x1 - region.x0, region.y1 - region.y0)
    x0, y0 = int(max(0, region.x0 - pad)), int(max(0, region.y0 - pad))
    x1, y1 = int(min(width, region.x1 + pad)), int(min(height, region.y1 + pad))
    crop = grey[y0:y1, x0:x1]
    scale = side / max(crop.shape[:2], default=1)
    if 0.9 < scale < 1.1 or min(crop.shape[:2]) == 0:
        return crop, 1.0, x0, y0
    size = (max(1, round(crop.shape[1] * scale)), max(1, round(crop.shape[0] * scale)))
    method = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
    return cv2.resize(crop, size, interpolation=method), scale, x0, y0


def _variants(grey: np.ndarray) -> list[np.ndarray]:
    """Plain, contrast-equalised (glare, shade) and adaptively thresholded pixels."""
    clahe = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(grey)
    block = max(3, (min(grey.shape[:2]) // 16) | 1)
    binary = cv2.adaptiveThreshold(clahe, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 5)
    return [grey, clahe, binary]
