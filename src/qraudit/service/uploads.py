"""What an upload is, decided by its content: magic bytes and a real decode, never the name or the declared type.

Photos must open and decode in Pillow under a pixel ceiling (a small PNG that inflates to gigapixels is refused
before it is inflated); walk files are screenshots (the same check) or MP4/MOV/WebM recordings by their
container's signature (the audit decodes them, under its own time limits). Archives are never accepted, so a
zip bomb has nothing to unpack."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from qraudit.service.config import Limits

IMAGE_TYPES = {
    "JPEG": ("image/jpeg", ".jpg"),
    "PNG": ("image/png", ".png"),
    "WEBP": ("image/webp", ".webp"),
    "HEIF": ("image/heic", ".heic"),
    "BMP": ("image/bmp", ".bmp"),
    "TIFF": ("image/tiff", ".tiff"),
    "MPO": ("image/jpeg", ".jpg"),
}  # MPO: an iPhone's JPEG with a depth map
MP4_BRANDS_AT = slice(4, 8)  # ISO base media: size, then "ftyp"
EBML = b"\x1a\x45\xdf\xa3"  # WebM / Matroska


@dataclass(frozen=True)
class Checked:
    type: str
    ext: str


class Refused(Exception):
    """An upload the service will not keep; status is the HTTP status that says why."""

    def __init__(self, message: str, status: int = 415):
        super().__init__(message)
        self.message, self.status = message, status


def _image(path: Path, limits: Limits) -> Checked:
    from PIL import Image

    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
    except ImportError:
        pass
    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # refused, not just warned about
            with Image.open(path) as image:
                if image.width * image.height > limits.max_image_pixels:
                    raise Refused(f"image too large: {image.width}x{image.height} pixels", 413)
                kind = image.format or ""
                image.load()  # a real decode: a truncated or forged file fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Refused("image too large once decoded (decompression bomb)", 413) from None
    except Refused:
        raise
    except Exception as exc:  # Pillow's errors for what is not an image are of many kinds
        raise Refused(f"not a photo or screenshot ({type(exc).__name__})") from None
    if kind not in IMAGE_TYPES:
        raise Refused(f"image type {kind or 'unknown'} is not accepted")
    return Checked(*IMAGE_TYPES[kind])


def _recording(path: Path, limits: Limits, checked: Checked) -> Checked:
    """The container must open in FFmpeg (PyAV) with a video stream of a phone's size; its frames are decoded later,
    by the audit, under the audit's own time limits. A screen is far below the pixel ceiling of a photo."""
    import av

    try:
        with av.open(str(path), metadata_errors="ignore") as container:
            streams = container.streams.video
            if not streams:
                raise Refused("the recording has no video")
            width, height = streams[0].codec_context.width, streams[0].codec_context.height
    except Refused:
        raise
    except Exception as exc:  # av.FFmpegError and its kin: not a readable container
        raise Refused(f"not a screen recording ({type(exc).__name__})") from None
    if width * height > limits.max_image_pixels or not width or not height:
        raise Refused(f"recording frames of {width}x{height} pixels are not a phone's screen", 413)
    return checked


def check_upload(path: Path, field: str, limits: Limits) -> Checked:
    """The upload's type and the extension it is stored with; Refused for anything else."""
    with path.open("rb") as handle:
        head = handle.read(16)
    size = path.stat().st_size
    if size == 0:
        raise Refused("empty file", 400)
    if field == "walk" and head[MP4_BRANDS_AT] == b"ftyp":
        if size > limits.max_video_bytes:
            raise Refused("recording too large", 413)
        quicktime = head[8:10] == b"qt"
        return _recording(path, limits, Checked(*(("video/quicktime", ".mov") if quicktime else ("video/mp4", ".mp4"))))
    if field == "walk" and head.startswith(EBML):
        if size > limits.max_video_bytes:
            raise Refused("recording too large", 413)
        return _recording(path, limits, Checked("video/webm", ".webm"))
    if size > limits.max_file_bytes:
        raise Refused("file too large", 413)
    return _image(path, limits)
