"""Each decoder alone: reads a clean code where it is, keeps non-UTF-8 payloads right."""

from __future__ import annotations

import numpy as np
import pytest

from qraudit.decode.backends import BACKENDS, backend, read_zbar, read_zxing
from qraudit.decode.hits import Hit, merge, quad_from_points, same_code
from qraudit.decode.images import load_image, to_grey
from qraudit.decode.wechat import detect_regions, read_wechat
from qraudit.errors import QrauditError
from tests.decode.conftest import PHOTOS, expected_text, page


@pytest.mark.parametrize("name", list(BACKENDS))
def test_every_backend_reads_a_clean_code_at_its_place(name: str) -> None:
    grey = to_grey(page((640, 480), [("https://pay.example.cn/s/8841", (300, 120), 6)]))
    hits = BACKENDS[name](grey)
    assert [h.text for h in hits] == ["https://pay.example.cn/s/8841"]
    (hit,) = hits
    x0, y0, x1, y1 = hit.bounds()
    # the code proper starts after the 4-module quiet zone: 300 + 4*6 = 324
    assert abs(x0 - 324) <= 4 and abs(y0 - 144) <= 4 and x1 > x0 + 100 and y1 > y0 + 100
    assert hit.decoder == name


@pytest.mark.parametrize("name", list(BACKENDS))
def test_every_backend_returns_nothing_on_a_blank_picture(name: str) -> None:
    assert BACKENDS[name](np.full((300, 300), 200, np.uint8)) == []


def test_unknown_backend_names_the_known_ones() -> None:
    with pytest.raises(QrauditError, match="unknown decoder 'quirc'; known: zxing, zbar, opencv-aruco, wechat"):
        backend("quirc")
    assert backend("zbar") is read_zbar


@pytest.mark.parametrize("photo", ["q2-10-shift-jis", "q2-17-shift-jis-halfwidth", "q2-31-shift-jis-kanji"])
def test_zbar_binary_mode_keeps_shift_jis(photo: str) -> None:
    # pyzbar's own decode() turns these into mojibake; in binary mode we get the bytes
    path = PHOTOS / "zxing" / f"{photo}.png"
    grey = to_grey(load_image(path).image)
    want = expected_text(path)
    (zxing,) = read_zxing(grey)
    (zbar,) = read_zbar(grey)
    assert zxing.text == zbar.text == want
    assert zbar.raw == zxing.raw and zbar.raw != want.encode("utf-8")


def test_zxing_guesses_gb2312() -> None:
    path = PHOTOS / "zxing" / "q2-33-gb2312.png"
    (hit,) = read_zxing(to_grey(load_image(path).image))
    assert hit.text == expected_text(path) and hit.raw is not None and b"\xb0\xa2" in hit.raw


def test_wechat_recovers_payloads_opencv_cannot_turn_into_str() -> None:
    # Shift-JIS bytes make OpenCV's binding raise UnicodeDecodeError; the text must still come out
    path = PHOTOS / "zxing" / "q2-17-shift-jis-halfwidth.png"
    hits = read_wechat(to_grey(load_image(path).image))
    assert [h.text for h in hits] == [expected_text(path)]
    assert hits[0].raw is not None and hits[0].raw.startswith(b"\xc3\xde")
    x0, y0, x1, y1 = hits[0].bounds()
    assert 0 <= x0 < x1 <= 220 and 0 <= y0 < y1 <= 220


def test_detector_finds_each_code_region() -> None:
    grey = to_grey(page((1200, 800), [("left", (100, 200), 8), ("right", (800, 300), 8)]))
    regions = sorted(detect_regions(grey), key=lambda r: r.x0)
    assert len(regions) == 2
    assert regions[0].x1 < 600 < regions[1].x0


def test_merge_counts_one_code_once_and_keeps_twins_at_other_places() -> None:
    a = Hit("X", None, quad_from_points([(0, 0), (100, 0), (100, 100), (0, 100)]), "zxing")
    a_again = Hit("X", None, quad_from_points([(5, 3), (103, 2), (101, 99), (4, 102)]), "wechat")
    twin = Hit("X", None, quad_from_points([(300, 0), (400, 0), (400, 100), (300, 100)]), "zxing")
    misread = Hit("Y", None, quad_from_points([(2, 2), (98, 2), (98, 98), (2, 98)]), "zbar")
    neighbour = Hit("Z", None, quad_from_points([(95, 0), (195, 0), (195, 100), (95, 100)]), "zbar")
    assert same_code(a, a_again) and not same_code(a, twin) and same_code(a, misread)
    merged = merge([a], [a_again, twin, misread, neighbour])
    assert merged == [a, twin, neighbour]
