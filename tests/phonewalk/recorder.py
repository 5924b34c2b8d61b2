"""Phone walks made inside the tests: each screen rendered by Chromium, framed as a phone shows it (status bar,
WeChat's or Alipay's title bar), saved as screenshots and encoded as an H.264 MP4 with PyAV.

The screens are this folder's pages/ (our own) or any URL; OCR reads the pixels for real in the tests.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from qraudit.capture import find_browser

PAGES = Path(__file__).parent / "pages"
WIDTH, HEIGHT = 390, 844  # CSS px of an iPhone 14 screen
STATUS_PT, TITLE_PT = 47, 44
BARS = {"wechat": "#EDEDED", "alipay": "#FFFFFF"}
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@dataclass(frozen=True)
class PhoneWalk:
    video: Path
    screenshots: tuple[Path, ...]


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default(size)


def phone_frame(page: Image.Image, title: str, scale: int, app: str = "wechat") -> Image.Image:
    """The page under a status bar (clock, battery) and the app's title bar (×, title, ···)."""
    screen = Image.new("RGB", (WIDTH * scale, HEIGHT * scale), "white")
    draw = ImageDraw.Draw(screen)
    bar = BARS[app]
    draw.rectangle([0, 0, WIDTH * scale, (STATUS_PT + TITLE_PT) * scale], fill=bar)
    draw.text((28 * scale, 14 * scale), "9:41", fill="black", font=_font(17 * scale))
    draw.rectangle([340 * scale, 18 * scale, 364 * scale, 30 * scale], outline="black", width=scale)
    draw.rectangle([342 * scale, 20 * scale, 358 * scale, 28 * scale], fill="black")
    middle = (STATUS_PT + TITLE_PT / 2) * scale
    draw.text((18 * scale, middle), "×", fill="black", font=_font(24 * scale), anchor="lm")
    draw.text((WIDTH * scale / 2, middle), title, fill="black", font=_font(17 * scale), anchor="mm")
    draw.text((WIDTH * scale - 18 * scale, middle), "···", fill="black", font=_font(20 * scale), anchor="rm")
    screen.paste(page, (0, (STATUS_PT + TITLE_PT) * scale))
    return screen


async def _render(urls: list[str], scale: int) -> list[tuple[Image.Image, str]]:
    import io

    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=find_browser().path)
        page = await browser.new_page(
            viewport={"width": WIDTH, "height": HEIGHT - STATUS_PT - TITLE_PT}, device_scale_factor=scale
        )
        shots = []
        for url in urls:
            await page.goto(url)
            await page.wait_for_timeout(100)
            title = await page.title()
            shots.append((Image.open(io.BytesIO(await page.screenshot())).convert("RGB"), title))
        await browser.close()
    return shots


def encode_mp4(images: list[Image.Image], path: Path, fps: int = 4, hold_s: float = 1.0) -> Path:
    with av.open(str(path), "w") as container:
        stream = container.add_stream("h264", rate=fps)
        stream.width, stream.height = images[0].size
        stream.pix_fmt = "yuv420p"
        for image in images:
            frame = av.VideoFrame.from_ndarray(np.asarray(image), format="rgb24")
            for _ in range(max(1, int(fps * hold_s))):
                for packet in stream.encode(frame):
                    container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def record(screens: list[str], out: Path, title: str = "", scale: int = 2, app: str = "wechat") -> PhoneWalk:
    """`screens`: page names in pages/ (without .html) or URLs, in the order the person saw them."""
    out.mkdir(parents=True, exist_ok=True)
    urls = [s if "://" in s else (PAGES / f"{s}.html").as_uri() for s in screens]
    shots = asyncio.run(_render(urls, scale))
    framed = [phone_frame(image, title or page_title, scale, app) for image, page_title in shots]
    paths = []
    (out / "screenshots").mkdir(exist_ok=True)
    for i, image in enumerate(framed, 1):
        path = out / "screenshots" / f"IMG_{i:04d}.PNG"
        image.save(path)
        paths.append(path)
    return PhoneWalk(encode_mp4(framed, out / "walk.mp4"), tuple(paths))
