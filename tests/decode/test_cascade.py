"""The cascade on real photos and on pictures with many codes; every code once, in its place."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

from qraudit.decode import decode_image, decode_path
from qraudit.decode.cascade import CASCADE, STAGES, run_cascade
from qraudit.decode.hits import overlap
from qraudit.decode.images import to_grey
from qraudit.errors import QrauditError
from tests.decode.conftest import PHOTOS, code_image, expected_text, page, real_photos
from tests.support.synth import PAYLOAD_SAMPLES, render_photo


@pytest.mark.parametrize("photo", real_photos(), ids=lambda p: p.stem)
def test_real_photo_is_read(photo: Path) -> None:
    result = decode_path(photo)
    assert result.error is None
    assert expected_text(photo) in [code.text for code in result.codes]
    assert len(result.sha256 or "") == 64


def test_both_codes_of_a_double_code_picture() -> None:
    texts = sorted(c.text for c in decode_path(PHOTOS / "zxing" / "q2-16-two-codes.png").codes)
    assert len(texts) == 2
    assert texts[0].startswith("[内側QRコード]") and texts[1].startswith("[外側QRコード]")


def test_wechat_and_alipay_codes_on_one_sign_are_both_reported_and_classified() -> None:
    sign = page(
        (1400, 900),
        [("https://qr.alipay.com/fkx123456789abcdef", (100, 150), 9), ("wxp://f2f0abcdefghijklmnop", (800, 200), 9)],
    )
    codes = sorted(decode_image(sign), key=lambda c: c.box.x)
    assert [c.text for c in codes] == ["https://qr.alipay.com/fkx123456789abcdef", "wxp://f2f0abcdefghijklmnop"]
    assert codes[0].kind == "alipay" and codes[1].kind == "wechat-pay"
    assert codes[0].box.x < 400 < codes[1].box.x


def test_dozens_of_codes_in_one_picture() -> None:
    wall = [(f"https://shop.example.cn/table/{n:02d}", (40 + 300 * (n % 6), 40 + 300 * (n // 6)), 5) for n in range(24)]
    codes = decode_image(page((1850, 1250), wall))
    assert sorted(c.text for c in codes) == sorted(text for text, _, _ in wall)


def test_same_text_at_two_places_is_reported_twice_but_never_twice_at_one_place() -> None:
    picture = page((1200, 600), [("https://same.example/x", (60, 80), 8), ("https://same.example/x", (700, 80), 8)])
    codes = decode_image(picture)
    assert [c.text for c in codes] == ["https://same.example/x"] * 2
    assert abs(codes[0].box.x - codes[1].box.x) > 500
    # every stage on: later stages must not add the same codes again
    assert len(run_cascade(to_grey(picture), tuple(STAGES)).hits) == 2


def test_decode_image_takes_pil_grey_and_bgr_arrays_alike() -> None:
    picture = page((500, 400), [("https://formats.example/", (100, 60), 7)])
    bgr = np.asarray(picture)[:, :, ::-1]
    for pixels in (picture, picture.convert("L"), bgr, np.asarray(picture.convert("L"))):
        assert [c.text for c in decode_image(pixels)] == ["https://formats.example/"]


def test_phone_screenshot_with_a_code() -> None:
    shot = Image.new("RGB", (390, 844), (246, 246, 246))
    shot.paste(page((220, 220), [("https://u.wechat.com/follow-us", (5, 5), 5)]), (85, 300))
    (code,) = decode_image(shot)
    assert code.text == "https://u.wechat.com/follow-us"
    assert 85 <= code.box.x <= 120 and 300 <= code.box.y <= 340


def test_blank_and_tiny_pictures_have_no_codes() -> None:
    assert decode_image(Image.new("L", (800, 600), 128)) == ()
    assert decode_image(np.zeros((3, 3), np.uint8)) == ()


def test_unknown_stage_is_an_error_naming_the_known_ones() -> None:
    with pytest.raises(QrauditError, match=f"unknown decode stage 'magic'; known: {', '.join(STAGES)}"):
        run_cascade(np.zeros((50, 50), np.uint8), ("zxing", "magic"))
    assert set(CASCADE) <= set(STAGES)


def test_easy_photo_stops_after_zxing() -> None:
    work = run_cascade(to_grey(page((600, 600), [("easy", (100, 100), 8)])))
    assert work.trace == ["zxing"] and len(work.hits) == 1


def _count_detector_runs(monkeypatch) -> list[int]:
    import qraudit.decode.cascade as cascade

    runs: list[int] = []
    real = cascade.detect_regions
    monkeypatch.setattr(cascade, "detect_regions", lambda grey: runs.append(1) or real(grey))
    return runs


def test_a_picture_zxing_reads_whole_never_runs_the_detector(monkeypatch) -> None:
    runs = _count_detector_runs(monkeypatch)
    two = page((1400, 700), [("wxp://f2f0one", (80, 120), 8), ("https://qr.alipay.com/two", (800, 120), 8)])
    assert sorted(hit.text for hit in run_cascade(to_grey(two)).hits) == ["https://qr.alipay.com/two", "wxp://f2f0one"]
    assert runs == []


@pytest.mark.parametrize("seed", [1, 7])
def test_a_code_zxing_sees_but_cannot_decode_beside_a_read_one_goes_on_to_the_later_stages(monkeypatch, seed) -> None:
    runs = _count_detector_runs(monkeypatch)
    text = PAYLOAD_SAMPLES["wechat-oauth"] + "#7"
    damaged, _ = render_photo(
        text,
        size=(1600, 1200),
        rotation=seed * 37 % 360,
        seed=seed,
        noise=0.02,
        jpeg_quality=80,
        damage=0.13,
        error_correction="H",
        glare=0.2,
        blur=1.0,
    )
    sign = Image.new("RGB", (2300, 1200), (235, 235, 225))
    sign.paste(damaged.convert("RGB"), (0, 0))
    sign.paste(code_image("wxp://f2f0clean", box=8).convert("RGB"), (1700, 100))
    work = run_cascade(to_grey(sign))
    assert work.undecoded > 0 and runs == [1]
    assert sorted(hit.text for hit in work.hits) == sorted([text, "wxp://f2f0clean"])
    assert work.trace[0] == "zxing" and work.trace[1] in ("regions", "rescue")


def test_rescue_stage_reads_a_damaged_photo_the_earlier_stages_miss() -> None:
    text = PAYLOAD_SAMPLES["wechat-oauth"] + "#7"
    photo, _ = render_photo(
        text,
        size=(1600, 1200),
        rotation=7 * 37 % 360,
        seed=7,
        noise=0.02,
        jpeg_quality=80,
        damage=0.13,
        error_correction="H",
        glare=0.2,
        blur=1.0,
    )
    grey = to_grey(photo)
    assert text not in [hit.text for hit in run_cascade(grey, ("zxing", "regions")).hits]
    work = run_cascade(grey)
    assert [hit.text for hit in work.hits] == [text]
    assert work.trace == ["rescue"]


@pytest.mark.parametrize("seed", [0, 6])
def test_unbend_stage_reads_a_code_on_a_pole_and_maps_its_corners_back(seed: int) -> None:
    text = f"https://pay.example.cn/park/{seed}"
    photo, quads = render_photo(
        [text], size=(1600, 1200), curvature=0.9, rotation=seed * 37 % 360, perspective=0.1, seed=seed
    )
    grey = to_grey(photo)
    assert text not in [hit.text for hit in run_cascade(grey, ("zxing", "regions", "rescue")).hits]
    work = run_cascade(grey)
    assert [hit.text for hit in work.hits] == [text] and work.trace == ["unbend"]
    xs, ys = [p[0] for p in quads[0]], [p[1] for p in quads[0]]
    _, iou = overlap(work.hits[0].bounds(), (min(xs), min(ys), max(xs), max(ys)))
    assert iou > 0.8  # the reported polygon lies on the bent code in the photo


@pytest.mark.parametrize(
    "crop",
    [
        np.full((480, 480), 255, np.uint8),  # blank paper
        np.zeros((480, 480), np.uint8),  # all dark
        np.random.default_rng(0).integers(0, 256, (480, 480), dtype=np.uint8),  # noise
        np.full((2, 3), 128, np.uint8),  # a sliver
    ],
)
def test_unbend_reads_nothing_from_crops_without_a_code(crop: np.ndarray) -> None:
    from qraudit.decode.unbend import read_unbent

    assert read_unbent(crop) == []


def _backlit_sign_across_the_room(text: str, seed: int) -> Image.Image:
    """A 12 MP photo of a small sign against a bright sky: the camera meters on the sky, so the
    sign is dark, its edges drown in flare, and its code's modules are about 5 px."""
    sign, _ = render_photo(
        text,
        size=(700 + 50 * seed, 500),
        rotation=37 * seed,
        seed=seed,
        glare=0.1,
        blur=0.7,
        jpeg_quality=80,
        backlight=1.0,
    )
    scene = sign.resize((4000, 3000)).filter(ImageFilter.GaussianBlur(40))
    scene.paste(sign, (1500, 1200))
    return scene


@pytest.mark.parametrize("seed", [0, 1])
def test_full_stage_reads_a_backlit_code_that_the_reduced_picture_loses(seed: int) -> None:
    text = PAYLOAD_SAMPLES["wechat-oauth"]
    grey = to_grey(_backlit_sign_across_the_room(text, seed))
    old_cascade = tuple(name for name in CASCADE if name != "full")
    assert text not in [hit.text for hit in run_cascade(grey, old_cascade).hits]
    work = run_cascade(grey)
    assert [hit.text for hit in work.hits] == [text] and work.trace == ["full"]
    x0, y0, x1, y1 = work.hits[0].bounds()
    assert 1500 <= x0 and x1 <= 1500 + 700 + 50 * seed and 1200 <= y0 and y1 <= 1700  # full-size corners
