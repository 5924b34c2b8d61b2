"""Finding and opening photos: folders, formats, EXIF orientation, and every way a file can be bad."""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pillow_heif
from PIL import Image, ImageOps

from qraudit.decode.exif import read_exif
from qraudit.errors import InputError
from qraudit.models import Exif

pillow_heif.register_heif_opener()

IMAGE_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".heif"})
MAX_PIXELS = 100_000_000  # a 100 MP photo is already larger than any phone takes
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class LoadedImage:
    """An opened photo, turned upright as its EXIF orientation says."""

    path: Path
    sha256: str
    image: Image.Image
    exif: Exif


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given (whatever their extension, missing ones too, so that they are reported), folders
    walked recursively in sorted order, hidden entries skipped, image extensions only. A folder without
    any image is yielded itself so that `load_image` can say so."""
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        found = False
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_EXTENSIONS:
                    found = True
                    yield Path(root) / name
        if not found:
            yield path


def read_file(path: str | Path) -> bytes:
    """The file's bytes, or an InputError saying why not (missing, a folder, empty, too big)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError("folder holds no image files (" + ", ".join(sorted(IMAGE_EXTENSIONS)) + ")", path)
        size = path.stat().st_size
        if size == 0:
            raise InputError("empty file (0 bytes)", path)
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large ({size // 2**20} MiB; limit {MAX_FILE_BYTES // 2**20} MiB)", path)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file or folder", path) from exc
    except PermissionError as exc:
        raise InputError("permission denied", path) from exc
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from exc


def load_image(path: str | Path, data: bytes | None = None) -> LoadedImage:
    """Open, orient and fully decode one photo (`data`: its bytes, when already read); any problem is
    an InputError naming the file."""
    path = Path(path)
    data = read_file(path) if data is None else data
    digest = hashlib.sha256(data).hexdigest()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image: Image.Image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombError as exc:
            raise InputError(f"image too large ({_first_line(exc)})", path) from exc
        except Exception as exc:  # Pillow raises many types for foreign or damaged data
            raise InputError(f"not a readable image ({_describe(data)})", path) from exc
        _check_size(image, path)
        exif = read_exif(image)
        try:
            image.load()
        except Exception as exc:
            raise InputError(f"damaged or truncated image data ({_first_line(exc)})", path) from exc
        try:
            image = ImageOps.exif_transpose(image)
        except Exception:  # a broken orientation tag: keep the pixels as stored
            pass
    return LoadedImage(path=path, sha256=digest, image=image, exif=exif)


def to_grey(image: Image.Image | np.ndarray) -> np.ndarray:
    """8-bit grey pixels; transparent areas become white (codes are drawn dark on a light page)."""
    if isinstance(image, np.ndarray):
        return _array_to_grey(image)
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return _array_to_grey(np.asarray(image.convert("F")))
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    return np.asarray(image.convert("L"))


def _array_to_grey(array: np.ndarray) -> np.ndarray:
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (1, 3, 4)):
        raise InputError(f"expected a 2-D grey or 3-D colour pixel array, got shape {array.shape}")
    if array.dtype != np.uint8:  # 16-bit or float pixels: stretch their range onto 0..255
        low, high = float(np.min(array)), float(np.max(array))
        if array.dtype.kind == "f" and 0.0 <= low and high <= 1.0:
            low, high = 0.0, 1.0
        scale = 255.0 / (high - low) if high > low else 1.0
        array = np.clip((array.astype(np.float32) - low) * scale, 0, 255).astype(np.uint8)
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    elif array.ndim == 3:
        # BGR(A), the order OpenCV and our screenshots use; transparent pixels become white
        bgr = cv2.cvtColor(array, cv2.COLOR_BGRA2GRAY if array.shape[2] == 4 else cv2.COLOR_BGR2GRAY)
        if array.shape[2] == 4:
            alpha = array[:, :, 3].astype(np.float32) / 255.0
            bgr = (bgr * alpha + 255.0 * (1.0 - alpha)).astype(np.uint8)
        array = bgr
    return np.ascontiguousarray(array, dtype=np.uint8)


def _check_size(image: Image.Image, path: Path) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise InputError(f"image has no pixels ({width}x{height})", path)
    if width * height > MAX_PIXELS:
        mp = width * height / 1e6
        raise InputError(f"image too large ({width}x{height} = {mp:.0f} MP; limit {MAX_PIXELS // 10**6} MP)", path)


def _describe(data: bytes) -> str:
    head = data[:64]
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head):
        return "the file holds text"
    return "expected JPEG, PNG, WebP, BMP, TIFF or HEIC"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:160] if text else type(exc).__name__
