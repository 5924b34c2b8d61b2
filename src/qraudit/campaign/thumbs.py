"""Small JPEG thumbnails for index.html: the photo copy in the audit folder, else the first screenshot."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from qraudit.campaign.store import AuditRecord

THUMBS_DIR = "_thumbs"  # case ids are [a-z0-9-] slugs, so this name never clashes with an audit folder
THUMB_SIZE = (160, 160)
BROWSER_IMAGES = (".jpg", ".jpeg", ".png", ".webp")


def _inside(folder: Path, name: str | None) -> Path | None:
    """A file named by the report, only if it really is inside the audit folder (reports may be hostile)."""
    if not name:
        return None
    path = (folder / name).resolve()
    return path if path.is_file() and path.is_relative_to(folder.resolve()) else None


def thumbnail_source(record: AuditRecord) -> Path | None:
    report, folder = record.report, record.folder
    candidates = [report.target.photo]
    candidates += [f"photo{suffix}" for suffix in BROWSER_IMAGES]
    candidates += [step.files.get("screenshot") for step in report.steps]
    for name in candidates:
        path = _inside(folder, name)
        if path is not None and path.suffix.lower() in BROWSER_IMAGES:
            return path
    return None


def make_thumbnail(record: AuditRecord, root: Path) -> Path | None:
    """root/_thumbs/<case>.jpg, remade only when the source is newer; None when there is nothing to show."""
    source = thumbnail_source(record)
    if source is None:
        return None
    target = root / THUMBS_DIR / f"{record.case_id}.jpg"
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with Image.open(source) as image:
            image.draft("RGB", (THUMB_SIZE[0] * 2, THUMB_SIZE[1] * 2))  # JPEG: decode at reduced size, much faster
            small = ImageOps.exif_transpose(image).convert("RGB")
            small.thumbnail(THUMB_SIZE)
            small.save(target, "JPEG", quality=80)  # no EXIF is copied: the thumbnail carries no GPS
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError):
        return None
    return target
