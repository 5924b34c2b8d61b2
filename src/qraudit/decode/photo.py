"""One input file to one PhotoResult: a bad file is a result with an error, never an exception."""

from __future__ import annotations

import hashlib
from pathlib import Path

from qraudit.decode.cascade import decode_image
from qraudit.decode.images import load_image, read_file
from qraudit.errors import QrauditError
from qraudit.models import PhotoResult


def decode_path(path: str | Path) -> PhotoResult:
    """Read, orient and decode one photo; problems land in `error` so that a batch goes on."""
    source = str(path)
    sha256 = None
    try:
        data = read_file(path)
        sha256 = hashlib.sha256(data).hexdigest()
        loaded = load_image(path, data)
    except QrauditError as exc:
        return PhotoResult(source=source, sha256=sha256, error=_message(exc))
    width, height = loaded.image.size
    try:
        codes = decode_image(loaded.image)
    except QrauditError as exc:
        return PhotoResult(source, sha256, exif=loaded.exif, error=_message(exc), width=width, height=height)
    except Exception as exc:  # a decoder choking on odd pixels must not end a batch of a thousand photos
        lines = str(exc).strip().splitlines() or [""]
        message = f"decoder failed: {type(exc).__name__}: {lines[0][:160]}"
        return PhotoResult(source, sha256, exif=loaded.exif, error=message, width=width, height=height)
    return PhotoResult(source, sha256, codes, loaded.exif, None, width, height)


def _message(exc: QrauditError) -> str:
    return f"{exc.message} ({exc.hint})" if exc.hint else exc.message
