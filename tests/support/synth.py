"""Synthetic phone photos of QR codes for tests and benchmarks; deterministic for a seed.

`render_photo` draws codes on a flat sign (paper, plastic sign, wood, metal), damages them a
little, bends the sign round a cylinder, puts it in the frame with perspective and rotation, then
adds uneven light, glare, a wrong exposure or a bright background behind the sign, blur, sensor
noise and JPEG compression. It returns the photo and the
four corners (top-left, top-right, bottom-right, bottom-left of the symbol, quiet zone excluded)
of each code, in the order of `texts`.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFont

Quad = list[tuple[float, float]]

PAYLOAD_SAMPLES: dict[str, str] = {
    "unsafe": "javascript:alert(document.cookie)",
    "wechat-pay": "wxp://f2f0Tc8K0ORb5sXMtYqGkJ3g2cTh2Lx_Ar3d",
    "wechat-follow": "http://weixin.qq.com/r/mUzq8Kfe1xJYrRXv9xnL",
    "wechat-oauth": (
        "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx520c15f417810387"
        "&redirect_uri=https%3A%2F%2Fpark.example.cn%2Fpay%3Flot%3D7&response_type=code"
        "&scope=snsapi_userinfo&state=lot7#wechat_redirect"
    ),
    "wechat-miniprogram": "weixin://dl/business/?t=Tm8WmRXyd0c",
    "alipay": "HTTPS://QR.ALIPAY.COM/FKX07373TBMTOQ6VSNLO4A",
    "unionpay": "https://qr.95516.com/00010000/01234567890123456789",
    "emvco": (
        "0002010102111534915600000000000000000000000370123426390010A000000333010201021531000000001234552045812"
        "53031565802CN5912LAO WANG BBQ6008SHANGHAI62160303T070705POS0164200002ZH0104老王烧烤0202上海6304F420"
    ),
    "aggregator": "https://qr.shouqianba.com/q/2503114567890123",
    "url": "https://park.example.cn/pay?lot=7&gate=2",
    "text": "停车场收费标准：首小时5元，之后每小时3元",
}

_LEVELS = {
    "L": qrcode.constants.ERROR_CORRECT_L,
    "M": qrcode.constants.ERROR_CORRECT_M,
    "Q": qrcode.constants.ERROR_CORRECT_Q,
    "H": qrcode.constants.ERROR_CORRECT_H,
}
_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
_CAPTIONS = ("微信支付", "支付宝", "扫码停车缴费", "扫码点餐", "云闪付", "请扫码付款", "桌号 07")


def render_code(text: str, *, box_size: int = 10, border: int = 4, error_correction: str = "M") -> Image.Image:
    """A clean black-on-white code, mode "L"; the symbol spans border*box_size.. from each edge."""
    if error_correction not in _LEVELS:
        raise ValueError(f"unknown error correction {error_correction!r}; known: {', '.join(_LEVELS)}")
    qr = qrcode.QRCode(box_size=box_size, border=border, error_correction=_LEVELS[error_correction])
    qr.add_data(text.encode("utf-8"))
    qr.make(fit=True)
    return qr.make_image(fill_color="black", back_color="white").get_image().convert("L")


def _smooth_noise(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> np.ndarray:
    """Low-frequency noise in [0, 1] of `shape` (h, w): a few random values, upsampled smoothly."""
    h, w = shape
    small = rng.random((max(2, cells * h // max(h, w)), max(2, cells * w // max(h, w)))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC).clip(0, 1)


def _paper(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    base = np.array([236, 232, 222], np.float32) * (0.94 + 0.06 * _smooth_noise(rng, (h, w), 6))[..., None]
    return base + rng.normal(0, 3, (h, w, 1)).astype(np.float32)


def _sign(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    color = np.array(rng.choice([[26, 173, 25], [22, 119, 255], [220, 50, 47], [250, 200, 30]]), np.float32)
    return color * (0.9 + 0.1 * _smooth_noise(rng, (h, w), 4))[..., None]


def _wood(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    rows = np.sin(np.linspace(0, 40 + 20 * rng.random(), h, dtype=np.float32))[:, None] * 0.5 + 0.5
    grain = 0.75 + 0.15 * rows * _smooth_noise(rng, (h, w), 30) + 0.1 * _smooth_noise(rng, (h, w), 5)
    return np.array([150, 100, 60], np.float32) * grain[..., None]


def _metal(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    streaks = cv2.blur(rng.random((h, w)).astype(np.float32), (61, 1))
    return np.full(3, 185, np.float32) * (0.85 + 0.3 * streaks)[..., None]


BACKGROUNDS: dict[str, Callable[[np.random.Generator, int, int], np.ndarray]] = {
    "paper": _paper,
    "sign": _sign,
    "wood": _wood,
    "metal": _metal,
}


def _damage(rng: np.random.Generator, code: np.ndarray, modules: int, fraction: float) -> None:
    """Stickers and scratches over about `fraction` of the symbol, sparing the finder patterns."""
    size = code.shape[0]
    cell = size / modules
    covered = 0.0
    while covered < fraction * size * size:
        w, h = (rng.uniform(1.5, 5) * cell for _ in range(2))
        x, y = rng.uniform(0, size - w), rng.uniform(0, size - h)
        if min(x, size - x - w) < 8.5 * cell and min(y, size - y - h) < 8.5 * cell:
            continue  # a finder pattern: a sticker there makes the code unfindable, not just damaged
        if rng.random() < 0.6:
            code[int(y) : int(y + h), int(x) : int(x + w)] = rng.uniform(120, 250)  # sticker
        else:
            p1 = (int(x), int(y))
            p2 = (int(x + w * rng.uniform(2, 4)), int(y + h * rng.uniform(-1, 1)))
            cv2.line(code, p1, p2, float(rng.choice([30, 230])), max(1, int(cell * 0.6)))  # scratch
        covered += w * h


def _grid(count: int) -> tuple[int, int]:
    """(columns, rows) for `count` codes, wider than tall like a landscape photo."""
    cols = max(1, round(math.sqrt(count * 4 / 3)))
    return cols, math.ceil(count / cols)


def _layout(count: int, sign_size: tuple[int, int]) -> list[tuple[int, int, int]]:
    """(x, y, symbol size) cells of the grid that holds `count` codes on the sign."""
    w, h = sign_size
    cols, rows = _grid(count)
    cell_w, cell_h = w / cols, h / rows
    side = int(min(cell_w * 0.72, cell_h * 0.62))
    return [
        (int(cell_w * (i % cols) + (cell_w - side) / 2), int(cell_h * (i // cols) + (cell_h - side) * 0.35), side)
        for i in range(count)
    ]


def _draw_sign(
    rng: np.random.Generator,
    damage_rng: np.random.Generator,
    texts: list[str],
    sign_size: tuple[int, int],
    background: str,
    damage: float,
    error_correction: str,
) -> tuple[np.ndarray, list[Quad]]:
    w, h = sign_size
    canvas = BACKGROUNDS[background](rng, h, w).clip(0, 255).astype(np.uint8)
    picture = Image.fromarray(canvas)
    draw = ImageDraw.Draw(picture)
    quads: list[Quad] = []
    for text, (x, y, side) in zip(texts, _layout(len(texts), sign_size)):
        symbol = np.array(render_code(text, box_size=4, border=0, error_correction=error_correction))
        modules = symbol.shape[0] // 4
        symbol = cv2.resize(symbol, (side, side), interpolation=cv2.INTER_NEAREST)
        if damage > 0:
            _damage(damage_rng, symbol, modules, damage)
        margin = max(4, side * 4 // modules)  # a white quiet zone of four modules
        draw.rectangle((x - margin, y - margin, x + side + margin, y + side + margin), fill=(250, 250, 248))
        picture.paste(Image.fromarray(symbol).convert("RGB"), (x, y))
        if _FONT.exists():
            font = ImageFont.truetype(str(_FONT), max(12, side // 8))
            draw.text((x, y + side + margin * 1.3), str(rng.choice(_CAPTIONS)), font=font, fill=(30, 30, 30))
        quads.append([(x, y), (x + side, y), (x + side, y + side), (x, y + side)])
    return np.array(picture), quads


def _placement(
    rng: np.random.Generator, sign_size: tuple[int, int], size: tuple[int, int], perspective: float, rotation: float
) -> np.ndarray:
    """Homography from the (bent) sign to the photo: scaled to fill ~75%, tilted, rotated."""
    sw, sh = sign_size
    pw, ph = size
    scale = 0.75 * min(pw / sw, ph / sh)
    half = np.array([sw, sh]) * scale / 2
    corners = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float64) * half
    corners += rng.uniform(-perspective, perspective, (4, 2)) * half  # uneven foreshortening
    angle = math.radians(rotation)
    turn = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    corners = corners @ turn.T + np.array([pw, ph]) / 2 + rng.uniform(-0.05, 0.05, 2) * (pw, ph)
    source = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float64)
    return cv2.getPerspectiveTransform(source.astype(np.float32), corners.astype(np.float32))


def _bend(
    x: np.ndarray, y: np.ndarray, sign_size: tuple[int, int], curvature: float, inverse: bool
) -> tuple[np.ndarray, np.ndarray]:
    """A cylinder round a vertical axis: x compresses towards the edges, y bulges a little."""
    if curvature <= 0:
        return x, y
    sw, sh = sign_size
    cx, cy = sw / 2, sh / 2
    radius = sw / (2 * curvature * 1.4)
    if inverse:
        theta = np.arcsin(np.clip((x - cx) / radius, -1, 1))
        return cx + radius * theta, cy + (y - cy) / (1 + 0.08 * curvature * (1 - np.cos(theta)))
    theta = (x - cx) / radius
    return cx + radius * np.sin(theta), cy + (y - cy) * (1 + 0.08 * curvature * (1 - np.cos(theta)))


def render_photo(
    texts: list[str] | str,
    *,
    size: tuple[int, int] = (1600, 1200),
    perspective: float = 0.1,
    rotation: float = 0.0,
    blur: float = 0.0,
    glare: float = 0.0,
    jpeg_quality: int = 90,
    noise: float = 0.01,
    curvature: float = 0.0,
    damage: float = 0.0,
    exposure: float = 0.0,
    backlight: float = 0.0,
    background: str = "paper",
    error_correction: str = "M",
    seed: int = 0,
) -> tuple[Image.Image, list[Quad]]:
    """A photo of `texts` as codes on one sign, and each code's corners in the photo.

    perspective: 0..0.4 corner jitter; rotation: degrees; blur: pixels (defocus or motion);
    glare: 0..1 strength of bright spots; noise: sensor noise sigma as a fraction of 255;
    curvature: 0..1 cylindrical bend; damage: 0..0.15 fraction of each symbol covered;
    exposure: stops from a right exposure (-3 dark .. +2.5 bright, highlights clip at white);
    backlight: 0..1 a bright sky behind the sign, which the camera meters on (sign darkened,
    light bleeding over its edges, strong vignetting).
    """
    if background not in BACKGROUNDS:
        raise ValueError(f"unknown background {background!r}; known: {', '.join(BACKGROUNDS)}")
    texts = [texts] if isinstance(texts, str) else list(texts)
    # One stream per stage, so that turning one knob leaves every other effect where it was.
    sign_rng, damage_rng, place_rng, scene_rng, light_rng, blur_rng, noise_rng = (
        np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(7)
    )
    cols, rows = _grid(len(texts))
    sign_size = (int(size[0] * 0.8), int(size[0] * 0.8 * rows / cols * 1.2))
    sign, flat_quads = _draw_sign(sign_rng, damage_rng, texts, sign_size, background, damage, error_correction)
    homography = _placement(place_rng, sign_size, size, perspective, rotation)
    photo = _scene(scene_rng, size)
    on_sign = _warp_into(photo, sign, homography, sign_size, curvature)
    quads = []
    for quad in flat_quads:
        xs, ys = _bend(
            np.array([p[0] for p in quad], float), np.array([p[1] for p in quad], float), sign_size, curvature, False
        )
        mapped = cv2.perspectiveTransform(np.stack([xs, ys], 1)[None].astype(np.float64), homography)[0]
        quads.append([(float(x), float(y)) for x, y in mapped])
    photo = _light(light_rng, photo, glare, quads)
    photo = _expose(light_rng, photo, on_sign, exposure, backlight)
    photo = _blur(blur_rng, photo, blur)
    if noise > 0:
        photo = photo.astype(np.float32) + noise_rng.normal(0, noise * 255, photo.shape[:2] + (1,)).astype(np.float32)
        photo = photo.clip(0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(photo).save(buffer, "JPEG", quality=int(jpeg_quality))
    buffer.seek(0)
    return Image.open(buffer).convert("RGB"), quads


def _scene(rng: np.random.Generator, size: tuple[int, int]) -> np.ndarray:
    w, h = size
    tint = rng.uniform(60, 200, 3).astype(np.float32)
    return (tint * (0.6 + 0.5 * _smooth_noise(rng, (h, w), 8))[..., None]).clip(0, 255).astype(np.uint8)


def _warp_into(
    photo: np.ndarray, sign: np.ndarray, homography: np.ndarray, sign_size: tuple[int, int], curvature: float
) -> np.ndarray:
    """Paste the sign into the photo by inverse mapping, in bands of rows to bound memory; returns
    where the sign is (bool, h x w)."""
    h, w = photo.shape[:2]
    on_sign = np.zeros((h, w), bool)
    inverse = np.linalg.inv(homography)
    xs = np.arange(w, dtype=np.float64)
    for top in range(0, h, 256):
        ys = np.arange(top, min(h, top + 256), dtype=np.float64)
        gx, gy = np.meshgrid(xs, ys)
        denom = inverse[2, 0] * gx + inverse[2, 1] * gy + inverse[2, 2]
        bx = (inverse[0, 0] * gx + inverse[0, 1] * gy + inverse[0, 2]) / denom
        by = (inverse[1, 0] * gx + inverse[1, 1] * gy + inverse[1, 2]) / denom
        fx, fy = _bend(bx, by, sign_size, curvature, True)
        inside = (fx >= 0) & (fx < sign_size[0] - 1) & (fy >= 0) & (fy < sign_size[1] - 1)
        if curvature > 0:  # beyond the cylinder's silhouette there is no sign
            inside &= np.abs(bx - sign_size[0] / 2) < sign_size[0] / (2 * curvature * 1.4)
        band = cv2.remap(sign, fx.astype(np.float32), fy.astype(np.float32), cv2.INTER_LINEAR)
        photo[top : top + len(ys)][inside] = band[inside]
        on_sign[top : top + len(ys)] = inside
    return on_sign


def _light(rng: np.random.Generator, photo: np.ndarray, glare: float, quads: list[Quad]) -> np.ndarray:
    h, w = photo.shape[:2]
    shade = 0.75 + 0.35 * _smooth_noise(rng, (h, w), 3)
    shade *= np.linspace(1.0 - rng.uniform(0, 0.25), 1.0, w, dtype=np.float32)[None, :]
    out = photo.astype(np.float32) * shade[..., None]
    for _ in range(int(math.ceil(glare * 3))):
        quad = quads[int(rng.integers(len(quads)))]  # glare tends to sit on the glossy code itself
        cx, cy = np.mean(quad, axis=0) + rng.uniform(-0.5, 0.5, 2) * (np.ptp(np.array(quad), axis=0) + 1)
        sx, sy = rng.uniform(0.03, 0.09, 2) * w
        yy, xx = np.ogrid[:h, :w]
        spot = np.exp(-(((xx - cx) / sx) ** 2 + ((yy - cy) / sy) ** 2) / 2).astype(np.float32)
        out += (glare * 255 * spot)[..., None]
    return out.clip(0, 255).astype(np.uint8)


GAMMA = 2.2  # sRGB-like: exposure scales light, not pixel values
VEIL = (0.02, 0.08)  # lens flare as a share of the mean light


def _expose(
    rng: np.random.Generator, photo: np.ndarray, on_sign: np.ndarray, exposure: float, backlight: float
) -> np.ndarray:
    """A wrong exposure, in linear light: `exposure` stops of gain (dark shadows sink into the
    black, bright paper and then the modules clip at white); `backlight` a sky much brighter than
    the sign (a gradient from the top, flare bleeding over the sign's edges) with the sign pushed
    down as the camera meters on the sky, and strong vignetting."""
    if exposure == 0 and backlight <= 0:
        return photo
    h, w = photo.shape[:2]
    light = (photo.astype(np.float32) / 255) ** GAMMA
    # veiling flare in the lens: a share of the mean light everywhere, so black ink lifts to grey
    light = (light + float(rng.uniform(*VEIL)) * float(light.mean())) * 2.0**exposure
    if backlight > 0:
        sky = np.linspace(1.0, 0.55, h, dtype=np.float32)[:, None] * (0.9 + 0.2 * _smooth_noise(rng, (h, w), 4))
        sky = sky * (1.5 + 2.5 * backlight) * float(rng.uniform(0.8, 1.0))
        sign = on_sign.astype(np.float32)
        flare = cv2.GaussianBlur(1.0 - sign, (0, 0), 0.01 * max(h, w)) * sky * 0.5 * backlight
        gain = 2.0 ** -(backlight * rng.uniform(2.0, 3.5))  # the sign, metered for the sky
        light = light * (sign * gain)[..., None] + (sky * (1 - sign))[..., None] + flare[..., None]
        yy, xx = np.ogrid[:h, :w]
        radius = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
        light *= (1.0 - 0.45 * backlight * np.minimum(radius, 2.0) / 2.0).astype(np.float32)[..., None]
    return (255 * light.clip(0, 1) ** (1 / GAMMA)).astype(np.uint8)


def _blur(rng: np.random.Generator, photo: np.ndarray, blur: float) -> np.ndarray:
    if blur <= 0:
        return photo
    if rng.random() < 0.5:
        return cv2.GaussianBlur(photo, (0, 0), blur)  # defocus
    length = max(3, int(blur * 3) | 1)  # motion: a short line at a random angle
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1
    turn = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), float(rng.uniform(0, 180)), 1)
    kernel = cv2.warpAffine(kernel, turn, (length, length))
    return cv2.filter2D(photo, -1, kernel / kernel.sum())


def hard_photo_set(n: int, seed: int = 0) -> list[tuple[str, Image.Image, list[str]]]:
    """`n` varied 4000x3000 photos: single codes, WeChat+Alipay pairs, and sheets of 10+ small codes."""
    rng = np.random.default_rng(seed)
    photos = []
    for i in range(n):
        layout = ("single", "pair", "sheet")[i % 3]
        if layout == "single":
            texts = [str(rng.choice(list(PAYLOAD_SAMPLES.values())))]
        elif layout == "pair":
            texts = [f"wxp://f2f0{_token(rng, 28)}", f"HTTPS://QR.ALIPAY.COM/FKX{_token(rng, 19).upper()}"]
        else:
            texts = [
                f"https://order.example.cn/t/{100 + k}?s={_token(rng, 6)}" for k in range(int(rng.integers(10, 15)))
            ]
        damage = float(rng.choice([0.0, 0.0, rng.uniform(0.02, 0.1)]))
        image, _ = render_photo(
            texts,
            size=(4000, 3000),
            perspective=float(rng.uniform(0.0, 0.3)),
            rotation=float(rng.uniform(-180, 180)),
            blur=float(rng.choice([0.0, rng.uniform(0.5, 3.0)])),
            glare=float(rng.choice([0.0, rng.uniform(0.2, 0.7)])),
            jpeg_quality=int(rng.integers(55, 95)),
            noise=float(rng.uniform(0.0, 0.04)),
            curvature=float(rng.choice([0.0, rng.uniform(0.1, 0.6)])),
            damage=damage,
            background=str(rng.choice(list(BACKGROUNDS))),
            error_correction="H" if damage > 0.04 else "Q" if damage else "M",
            seed=int(rng.integers(2**31)),
        )
        photos.append((f"hard-{i:03d}-{layout}", image, texts))
    return photos


def _token(rng: np.random.Generator, length: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(alphabet[int(k)] for k in rng.integers(0, len(alphabet), length))
