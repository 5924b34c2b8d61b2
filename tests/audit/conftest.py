from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.support.synth import render_photo


def write_photo(path: Path, texts: list[str], gps: tuple[float, float] | None = (31.2304, 121.4737)) -> Path:
    """A phone-like JPEG of the codes, with the EXIF a volunteer's iPhone would write."""
    image, _quads = render_photo(texts, size=(1600, 1200), perspective=0.08, blur=0.4, glare=0.2, seed=7)
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13"
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2026:11:20 18:05:00"
    if gps:
        lat, lon = gps
        exif[0x8825] = {1: "N", 2: _dms(lat), 3: "E", 4: _dms(lon)}
    image.save(path, "JPEG", quality=88, exif=exif)
    return path


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), float(seconds))


@pytest.fixture
def photo_of(tmp_path: Path):
    def make(*texts: str, name: str = "sign.jpg") -> Path:
        return write_photo(tmp_path / name, list(texts))

    return make
