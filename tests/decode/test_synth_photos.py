"""Generated phone photos (tests/support/synth.py): the codes are read and their corners land where
the renderer put them, whichever stage read them and at whatever scale."""

from __future__ import annotations

import numpy as np
import pytest

from qraudit.decode import decode_image
from qraudit.decode.cascade import run_cascade
from qraudit.decode.images import to_grey
from qraudit.models import Code
from tests.support.synth import PAYLOAD_SAMPLES, render_photo


def _corner_error(code_polygon, quad) -> float:
    """Largest distance between a decoded corner and the nearest true corner (decoders may start
    the corner list at another corner)."""
    truth = np.array(quad)
    return max(float(np.min(np.linalg.norm(truth - np.array(p), axis=1))) for p in code_polygon)


def _by_text(codes: tuple[Code, ...]) -> dict[str, Code]:
    return {code.text: code for code in codes}


@pytest.mark.parametrize(
    ("kind", "distortion"),
    [
        ("glare", {"glare": 0.6, "rotation": 25}),
        ("perspective", {"perspective": 0.3, "rotation": -140}),
        ("curvature", {"curvature": 0.5, "rotation": 70}),
        ("damage", {"damage": 0.08, "error_correction": "H", "rotation": 10}),
        ("blur", {"blur": 2.5, "rotation": 200}),
        ("dark", {"exposure": -3.5, "noise": 0.03, "rotation": 120}),
        ("bright", {"exposure": 3.0, "rotation": -60}),
        ("backlit", {"backlight": 0.9, "rotation": 160}),
    ],
)
def test_hard_photo_is_read_in_place(kind: str, distortion: dict) -> None:
    text = PAYLOAD_SAMPLES["wechat-oauth" if kind == "glare" else "url"]
    photo, (quad,) = render_photo(text, size=(1600, 1200), seed=7, **distortion)
    codes = _by_text(decode_image(photo))
    assert text in codes
    side = np.linalg.norm(np.array(quad[0]) - np.array(quad[1]))
    assert _corner_error(codes[text].polygon, quad) < 0.08 * side


def test_twelve_megapixel_sheet_of_codes_all_read_with_full_size_corners() -> None:
    texts = [f"https://order.example.cn/t/{n}" for n in range(10)]
    photo, quads = render_photo(texts, size=(4000, 3000), rotation=15, perspective=0.1, seed=3)
    codes = _by_text(decode_image(photo))
    assert set(codes) == set(texts)
    for text, quad in zip(texts, quads):
        # read on the picture halved to 2000 px, reported in the 4000 px picture
        assert _corner_error(codes[text].polygon, quad) < 25


def test_crop_stage_alone_maps_corners_back_to_the_picture() -> None:
    pair = [PAYLOAD_SAMPLES["wechat-pay"], PAYLOAD_SAMPLES["alipay"]]
    photo, quads = render_photo(pair, size=(1600, 1200), rotation=-30, seed=11)
    work = run_cascade(to_grey(photo), ("regions",))
    assert work.trace == ["regions"]
    found = {hit.text: hit for hit in work.hits}
    assert set(found) == set(pair)
    for text, quad in zip(pair, quads):
        assert _corner_error(found[text].polygon, quad) < 15


def test_wechat_and_alipay_pair_is_classified() -> None:
    pair = [PAYLOAD_SAMPLES["wechat-pay"], PAYLOAD_SAMPLES["alipay"]]
    photo, _ = render_photo(pair, size=(1600, 1200), glare=0.3, blur=1.0, seed=5)
    kinds = {code.text: code.kind for code in decode_image(photo)}
    assert kinds == {pair[0]: "wechat-pay", pair[1]: "alipay"}
