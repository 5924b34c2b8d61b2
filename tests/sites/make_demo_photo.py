"""Regenerate src/qraudit/data/demo/demo-photo.jpg: a phone photo of a parking payment sign with the demo's QR code.

Run `python -m tests.sites.make_demo_photo`. Deterministic (fixed seed). The sign is drawn flat, warped in
perspective onto a garage wall, then given the faults of a phone camera: uneven light, glare, slight blur,
sensor noise and JPEG compression, with iPhone-style EXIF (time, make, model, GPS at People's Square, Shanghai).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from PIL.TiffImagePlugin import IFDRational

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "qraudit" / "data" / "demo" / "demo-photo.jpg"
URL = "http://127.0.0.1:8737/"
SIZE = (3024, 2268)
SIGN = (1200, 1720)
FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_REGULAR = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BLUE = (24, 86, 196)
RNG = np.random.default_rng(20240603)


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_BOLD if bold else FONT_REGULAR, size, index=2)  # index 2: Simplified Chinese


def centered(draw: ImageDraw.ImageDraw, y: int, text: str, size: int, fill, bold: bool = False) -> None:
    f = font(size, bold)
    width = draw.textlength(text, font=f)
    draw.text(((SIGN[0] - width) / 2, y), text, font=f, fill=fill)


def draw_sign() -> Image.Image:
    sign = Image.new("RGB", SIGN, (250, 250, 247))
    d = ImageDraw.Draw(sign)
    d.rectangle((0, 0, SIGN[0], 300), fill=BLUE)
    d.rounded_rectangle((60, 60, 240, 240), radius=28, fill="white")
    d.text((150, 150), "P", font=font(170, True), fill=BLUE, anchor="mm")
    d.text((280, 70), "停车场", font=font(120, True), fill="white")
    d.text((284, 218), "人民广场地下停车场  People's Square", font=font(40), fill=(215, 228, 250))
    centered(d, 330, "扫码缴费", 150, (214, 48, 49), bold=True)
    centered(d, 520, "Scan to pay for parking", 44, (90, 96, 110))
    qr = qrcode.QRCode(border=3, box_size=20, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(URL)
    qr.make(fit=True)
    code = qr.make_image(fill_color="black", back_color="white").get_image().convert("RGB").resize((700, 700), Image.NEAREST)
    d.rectangle((232, 598, 968, 1334), outline=(200, 204, 210), width=6)
    sign.paste(code, (250, 616))
    centered(d, 1360, "微信 / 支付宝  扫一扫", 56, (30, 33, 40), bold=True)
    steps = "① 扫描二维码   ② 输入车牌号   ③ 在线缴费"
    centered(d, 1450, steps, 42, (60, 66, 78))
    d.rectangle((0, 1540, SIGN[0], SIGN[1]), fill=(236, 239, 244))
    centered(d, 1565, "小型车 15元/小时 · 每日封顶 120元", 40, (60, 66, 78))
    centered(d, 1625, "缴费后请于15分钟内离场", 36, (110, 116, 128))
    # Aluminium frame and screws.
    d.rectangle((0, 0, SIGN[0] - 1, SIGN[1] - 1), outline=(150, 154, 160), width=16)
    for x, y in ((40, 40), (SIGN[0] - 40, 40), (40, SIGN[1] - 40), (SIGN[0] - 40, SIGN[1] - 40)):
        d.ellipse((x - 12, y - 12, x + 12, y + 12), fill=(175, 178, 182), outline=(120, 122, 126), width=3)
    return sign


def smooth_noise(shape: tuple[int, int], scale: int, amount: float) -> np.ndarray:
    small = RNG.normal(0, 1, (shape[0] // scale + 2, shape[1] // scale + 2)).astype(np.float32)
    big = cv2.resize(small, (shape[1], shape[0]), interpolation=cv2.INTER_CUBIC)
    return big * amount


def draw_wall() -> np.ndarray:
    h, w = SIZE[1], SIZE[0]
    wall = np.full((h, w, 3), (138, 141, 139), np.float32)  # concrete, RGB
    wall += smooth_noise((h, w), 180, 9)[..., None] + smooth_noise((h, w), 25, 4)[..., None]
    wall[int(h * 0.70):int(h * 0.76)] = (46, 139, 87)  # painted green band of the garage wall
    wall[int(h * 0.76):int(h * 0.78)] = (235, 235, 228)
    floor = int(h * 0.88)
    wall[floor:] = (78, 80, 82)
    wall[floor:] += smooth_noise((h - floor, w), 40, 6)[..., None]
    # A pillar on the left, yellow and black hazard stripes at its foot.
    pillar = np.full((h, 260, 3), (176, 178, 174), np.float32) + smooth_noise((h, 260), 40, 5)[..., None]
    pillar *= np.linspace(0.72, 1.0, 260, dtype=np.float32)[None, :, None]  # rounded edge in shade
    foot = np.zeros((260, 260, 3), np.float32) + (30, 30, 32)
    for i in range(-260, 520, 90):
        cv2.fillPoly(foot, [np.array([[i, 260], [i + 45, 260], [i + 305, 0], [i + 260, 0]], np.int32)], (222, 180, 30))
    pillar[floor - 260:floor] = foot
    wall[:, :260] = pillar
    # A cable conduit along the top of the wall, with its clamps.
    wall[150:178, 260:] = (96, 98, 100)
    wall[150:156, 260:] += 40
    for x in range(420, w, 520):
        wall[140:188, x:x + 22] = (70, 72, 74)
    return wall


def place_sign(photo: np.ndarray, sign: Image.Image) -> np.ndarray:
    src = np.float32([[0, 0], [SIGN[0], 0], [SIGN[0], SIGN[1]], [0, SIGN[1]]])
    dst = np.float32([[1060, 300], [1900, 392], [1884, 1566], [1050, 1646]])  # turned away to the right, tilted
    matrix = cv2.getPerspectiveTransform(src, dst)
    h, w = photo.shape[:2]
    warped = cv2.warpPerspective(np.asarray(sign, np.float32), matrix, (w, h), flags=cv2.INTER_CUBIC)
    mask = cv2.warpPerspective(np.ones((SIGN[1], SIGN[0]), np.float32), matrix, (w, h), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(np.roll(np.roll(mask, 26, axis=0), 18, axis=1), (0, 0), 22)
    photo = photo * (1 - 0.45 * shadow[..., None])
    return photo * (1 - mask[..., None]) + warped * mask[..., None]


def light(photo: np.ndarray) -> np.ndarray:
    h, w = photo.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    # Ceiling tube above and to the right: brighter top right, vignette towards the corners.
    falloff = 1.08 - 0.38 * (((x - w * 0.62) / w) ** 2 + ((y - h * 0.15) / h) ** 2)
    vignette = 1 - 0.35 * (((x - w / 2) / (w / 2)) ** 2 + ((y - h / 2) / (h / 2)) ** 2) ** 1.4
    photo = photo * (falloff * vignette)[..., None]
    photo *= np.array([1.03, 1.0, 0.93], np.float32)  # warm sodium-ish cast
    # Reflection of the tube on the glossy sign, across the title and the top right of the code.
    u, v = (x - 1600) * 0.94 + (y - 700) * 0.34, -(x - 1600) * 0.34 + (y - 700) * 0.94
    glare = np.exp(-((u / 260) ** 2 + (v / 80) ** 2))
    glare = cv2.GaussianBlur(glare, (0, 0), 9)
    return photo + glare[..., None] * 120


def camera(photo: np.ndarray) -> Image.Image:
    photo = cv2.GaussianBlur(photo, (0, 0), 1.3)
    luma_noise = RNG.normal(0, 4.5, photo.shape[:2]).astype(np.float32)[..., None]
    chroma_noise = RNG.normal(0, 2.5, photo.shape).astype(np.float32)
    photo = np.clip(photo + luma_noise + chroma_noise, 0, 255).astype(np.uint8)
    return Image.fromarray(photo, "RGB").filter(ImageFilter.UnsharpMask(radius=2, percent=60, threshold=2))


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(int(seconds * 100), 100)


def iphone_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 13"  # Model
    exif[0x0131] = "17.5.1"  # Software
    exif[0x0132] = "2024:06:03 11:30:42"  # DateTime
    exif[0x0112] = 1  # Orientation: pixels are stored upright
    details = exif.get_ifd(0x8769)
    details[0x9003] = "2024:06:03 11:30:42"  # DateTimeOriginal
    details[0x9004] = "2024:06:03 11:30:42"  # DateTimeDigitized
    details[0x9011] = "+08:00"  # OffsetTimeOriginal
    details[0xA434] = "iPhone 13 back dual wide camera 5.1mm f/1.6"  # LensModel
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", dms(31.230416)  # People's Square, Shanghai
    gps[3], gps[4] = "E", dms(121.473701)
    gps[5], gps[6] = 0, IFDRational(452, 100)  # 4.52 m above sea level
    gps[29] = "2024:06:03"
    return exif


def make_photo() -> Image.Image:
    photo = draw_wall()
    photo = place_sign(photo, draw_sign())
    return camera(light(photo))


def main() -> None:
    image = make_photo()
    # Saved twice, as photos that went through a messaging app are: heavier JPEG artefacts.
    first = OUT.with_suffix(".tmp.jpg")
    image.save(first, quality=90)
    Image.open(first).convert("RGB").save(OUT, quality=84, exif=iphone_exif(), optimize=True)
    first.unlink()
    print(f"wrote {OUT} {image.size}")


if __name__ == "__main__":
    main()
