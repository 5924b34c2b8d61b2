"""Pictures the HTML shows: a browser-ready copy of the photo, and the sizes needed to draw outlines on them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from qraudit.models import Report

PHOTO_VIEW = "photo-view.jpg"
PHOTO_VIEW_MAX_SIDE = 1600


@lru_cache(maxsize=1)
def _register_heif() -> None:
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:  # without it HEIC photos are simply not previewed
        pass


def image_size(path: Path) -> tuple[int, int] | None:
    """Pixel size as displayed (EXIF orientation applied), or None when the file is not a readable image."""
    _register_heif()
    try:
        with Image.open(path) as img:
            width, height = img.size
            if img.getexif().get(0x0112, 1) in (5, 6, 7, 8):  # rotated a quarter turn
                width, height = height, width
            return width, height
    except (OSError, UnidentifiedImageError, ValueError):
        return None


def in_folder(folder: Path, name: str | None) -> bool:
    """Is `name` a file inside the audit folder? Names come from the report, which may be hand-edited."""
    if not name:
        return False
    target = (folder / name).resolve()
    return folder.resolve() in target.parents and target.is_file()


def photo_file(report: Report, folder: Path) -> str | None:
    """The photo's file name in the folder: Target.photo, else the audit's `photo.<ext>` copy if there is one."""
    if report.target.photo:
        return report.target.photo if in_folder(folder, report.target.photo) else None
    if report.target.kind != "photo":
        return None
    found = sorted(p.name for p in folder.glob("photo.*") if p.is_file())
    originals = [n for n in found if not n.endswith(".jpg")] or found  # photo.jpg is the HEIC stand-in, if any
    return originals[0] if originals else None


def prepare_assets(report: Report, folder: Path) -> list[Path]:
    """Write what the HTML needs besides the evidence: a JPEG of the photo, upright and without EXIF.

    Browsers cannot show HEIC and disagree on EXIF rotation inside SVG, and a report that may be published
    should not carry the photo's GPS tags. The original stays untouched as evidence. Written once, before the
    manifest, so that the manifest lists it.
    """
    photo = photo_file(report, folder)
    if photo is None:
        return []
    target = folder / PHOTO_VIEW
    if target.is_file():
        return [target]
    _register_heif()
    try:
        with Image.open(folder / photo) as img:
            upright = ImageOps.exif_transpose(img).convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError):
        return []  # the report says the photo could not be shown; decode already reported why
    upright.thumbnail((PHOTO_VIEW_MAX_SIDE, PHOTO_VIEW_MAX_SIDE))
    upright.save(target, "JPEG", quality=85)
    return [target]
