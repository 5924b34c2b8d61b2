"""The synthetic photo generator: deterministic, right sizes, corners where the codes are, readable when easy."""

from __future__ import annotations

import numpy as np
import pytest
import zxingcpp

from qraudit.decode.classify import classify
from tests.support.synth import BACKGROUNDS, PAYLOAD_SAMPLES, hard_photo_set, render_code, render_photo


def _read(image) -> dict[str, list[tuple[float, float]]]:
    found = {}
    for result in zxingcpp.read_barcodes(image):
        p = result.position
        found[result.text] = [(c.x, c.y) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]
    return found


def test_render_code_is_a_clean_readable_symbol() -> None:
    image = render_code("https://park.example.cn/pay", box_size=6, border=2, error_correction="H")
    assert image.mode == "L"
    assert image.size[0] == image.size[1] and image.size[0] % 6 == 0
    assert set(np.unique(np.array(image))) == {0, 255}
    assert list(_read(image)) == ["https://park.example.cn/pay"]
    with pytest.raises(ValueError, match="known: L, M, Q, H"):
        render_code("x", error_correction="X")


def test_same_seed_same_photo_other_seed_other_photo() -> None:
    args = dict(
        size=(640, 480), perspective=0.2, rotation=15, blur=1.0, glare=0.4, noise=0.03, curvature=0.3, damage=0.05
    )
    first, quads = render_photo(["a", "b"], seed=7, **args)
    again, quads_again = render_photo(["a", "b"], seed=7, **args)
    other, _ = render_photo(["a", "b"], seed=8, **args)
    assert np.array_equal(np.array(first), np.array(again))
    assert quads == quads_again
    assert not np.array_equal(np.array(first), np.array(other))


@pytest.mark.parametrize("background", sorted(BACKGROUNDS))
def test_easy_photo_is_read_and_corners_match(background: str) -> None:
    texts = [PAYLOAD_SAMPLES["wechat-pay"], PAYLOAD_SAMPLES["alipay"]]
    image, quads = render_photo(texts, size=(1200, 900), rotation=20, perspective=0.1, background=background, seed=3)
    assert image.size == (1200, 900) and image.mode == "RGB"
    found = _read(image)
    assert set(found) == set(texts)
    for text, quad in zip(texts, quads):
        # zxing's corners and ours agree to a few pixels (codes are ~300 px wide here)
        assert np.abs(np.array(found[text]) - np.array(quad)).max() < 8, (text, found[text], quad)


def _sharpness(image) -> float:
    grey = np.array(image.convert("L"), np.float64)
    return float(np.abs(np.diff(grey, axis=1)).mean() + np.abs(np.diff(grey, axis=0)).mean())


def _photo(**change):
    return render_photo("https://a.cn/x", size=(600, 450), seed=1, **{"noise": 0.0, **change})


def test_each_knob_does_its_own_thing() -> None:
    plain, quads = _photo()
    pixels = np.array(plain, np.int16)
    # Blur softens edges, noise roughens flat areas, glare brightens, compression costs detail.
    assert _sharpness(_photo(blur=3.0)[0]) < 0.8 * _sharpness(plain)
    assert _sharpness(_photo(noise=0.06)[0]) > 1.3 * _sharpness(plain)
    assert np.array(_photo(glare=0.8)[0], np.int16).mean() > pixels.mean() + 2
    assert np.abs(np.array(_photo(jpeg_quality=15)[0], np.int16) - pixels).mean() > 0.5
    # Damage touches only the symbol; the sign around it stays where it was.
    damaged, damaged_quads = _photo(damage=0.1)
    assert damaged_quads == quads
    changed = np.abs(np.array(damaged, np.int16) - pixels).max(axis=2) > 40
    xs = [x for x, _ in quads[0]]
    ys = [y for _, y in quads[0]]
    rows, cols = np.nonzero(changed)
    assert len(rows) > 100
    assert min(xs) - 3 <= cols.min() and cols.max() <= max(xs) + 3
    assert min(ys) - 3 <= rows.min() and rows.max() <= max(ys) + 3
    # Curvature bends the sign: the code's top edge is no longer where the flat one was.
    _, bent_quads = _photo(curvature=0.7)
    assert np.abs(np.array(bent_quads) - np.array(quads)).max() > 5


def test_damaged_symbol_with_high_correction_still_decodes() -> None:
    text = PAYLOAD_SAMPLES["url"]
    image, _ = render_photo(text, size=(1000, 750), perspective=0, noise=0, damage=0.1, error_correction="H", seed=2)
    clean, _ = render_photo(text, size=(1000, 750), perspective=0, noise=0, error_correction="H", seed=2)
    assert not np.array_equal(np.array(image), np.array(clean))
    assert text in _read(image)


def test_unknown_background_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known: paper, sign, wood, metal"):
        render_photo("x", background="marble")


def test_hard_set_shapes() -> None:
    photos = hard_photo_set(3, seed=5)
    assert [name for name, _, _ in photos] == ["hard-000-single", "hard-001-pair", "hard-002-sheet"]
    assert all(image.size == (4000, 3000) for _, image, _ in photos)
    _, _, pair = photos[1]
    assert [classify(t)[0] for t in pair] == ["wechat-pay", "alipay"]
    assert len(photos[2][2]) >= 10
    assert [t for _, _, t in hard_photo_set(3, seed=5)] == [t for _, _, t in photos]
