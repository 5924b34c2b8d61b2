"""The files of a phone walk, as frames in walk order: recordings decoded with PyAV, screenshots with Pillow.

What a file is comes from its first bytes, not its name: a text file called walk.mp4 is refused as such.
Decoding is bounded (MAX_DECODE_S of video time per recording, SAMPLE_FPS frames a second of it), and what
was cut is said in one line, so a 2-hour recording costs seconds, not an afternoon.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from qraudit.errors import InputError

SAMPLE_FPS = 4.0  # a tap, a sheet sliding in, a toast: each lasts longer than 1/4 s on screen
MAX_DECODE_S = 600.0  # ten minutes of recording; a checkout walk takes one or two
MAX_DECODE_WALL_S = 120.0  # and never more than two minutes of decoding, whatever the file
VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm", ".mkv")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".heic", ".heif", ".webp")
THUMB = (36, 78)  # width, height of the grey copy screens are compared by: a phone screen's shape
SAME_SCREEN = 2.5  # mean absolute grey difference (0-255) below which two thumbnails show one screen
STATUS_BAR_ROWS = 5  # of THUMB's 78: the clock and battery change on their own
PATCH_DELTA, PATCH_CELLS = 40, 6  # a toast darkens dozens of thumbnail cells by far more; video noise none


def thumbnail(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L").resize(THUMB, Image.Resampling.BILINEAR), dtype=np.float32)


def differ(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    """Two screens, not one: a broad change, or a small patch that changed hard (a toast, a badge, a tick)."""
    if a is None or b is None or a.shape != b.shape:
        return True
    delta = np.abs(a[STATUS_BAR_ROWS:] - b[STATUS_BAR_ROWS:])
    return float(delta.mean()) >= SAME_SCREEN or int((delta > PATCH_DELTA).sum()) >= PATCH_CELLS


CAMERA_TAGS = frozenset({0x829A, 0x829D, 0x8827, 0x920A})  # exposure, f-number, ISO, focal length: a camera wrote it
_SHOT_TIME = re.compile(r"(20\d\d)[-_]?(\d\d)[-_]?(\d\d)[ _-]?(?:at )?(\d\d)[._:-]?(\d\d)[._:-]?(\d\d)")


@dataclass(frozen=True)
class WalkFile:
    path: Path
    kind: str  # video | image
    sha256: str
    size: int


@dataclass(frozen=True)
class Frame:
    image: np.ndarray | None  # RGB, full resolution; None for a frame that cannot end a run (see _video_frames)
    file: WalkFile
    time_s: float | None  # position in the recording; None for a screenshot
    thumb: np.ndarray | None = None  # small grey copy (keyframes.THUMB), for comparing screens

    @property
    def source(self) -> str:
        if self.time_s is None:
            return self.file.path.name
        minutes, seconds = divmod(self.time_s, 60)
        return f"{self.file.path.name} @ {int(minutes):02d}:{seconds:04.1f}"


def _kind(path: Path) -> str:
    try:
        head = path.open("rb").read(64)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if not head:
        raise InputError("empty file (0 bytes)", path)
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "image" if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif") else "video"
    if head[:4] == b"\x1a\x45\xdf\xa3":  # Matroska / WebM
        return "video"
    if (
        head[:8] == b"\x89PNG\r\n\x1a\n"
        or head[:3] == b"\xff\xd8\xff"
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
    ):
        return "image"
    raise InputError("neither a screen recording (MP4, MOV, WebM) nor a screenshot (PNG, JPEG, HEIC)", path)


def _taken_at(path: Path) -> str:
    """Capture time, for ordering a folder: EXIF DateTimeOriginal, else a time in the name, else the name."""
    try:
        with Image.open(path) as image:
            stamp = image.getexif().get_ifd(0x8769).get(0x9003) or image.getexif().get(0x0132)
        if stamp:
            return datetime.strptime(str(stamp), "%Y:%m:%d %H:%M:%S").isoformat()
    except Exception:  # noqa: BLE001 - a screenshot without EXIF is the usual case
        pass
    found = _SHOT_TIME.search(path.name)
    return "-".join(found.groups()) if found else ""


def walk_files(paths: list[Path], notes: list[str] | None = None) -> list[WalkFile]:
    """The files named, folders opened (their recordings and screenshots, in capture-time order).
    With `notes`, a file that is not a recording or a screenshot is left out with a note while others remain."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError("no such file or folder", path)
        if path.is_dir():
            inside = [p for p in path.iterdir() if p.is_file() and p.suffix.lower() in VIDEO_SUFFIXES + IMAGE_SUFFIXES]
            if not inside:
                raise InputError("the folder holds no screen recording or screenshot", path)
            files.extend(sorted(inside, key=lambda p: (_taken_at(p), p.name)))
        else:
            files.append(path)
    out = []
    for path in files:
        try:
            kind = _kind(path)
        except InputError as exc:
            if notes is None or len(files) == 1:
                raise
            notes.append(f"left out {exc.one_line()}")
            continue
        data = path.read_bytes()
        out.append(WalkFile(path, kind, hashlib.sha256(data).hexdigest(), len(data)))
    if not out:
        raise InputError("none of the files is a screen recording or a screenshot", paths[0])
    return out


def _image_frame(file: WalkFile) -> Frame:
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        with Image.open(file.path) as image:
            camera = bool(set(image.getexif().get_ifd(0x8769)) & CAMERA_TAGS)
            rgb = ImageOps.exif_transpose(image).convert("RGB")
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for a broken file
        raise InputError(f"not a readable screenshot ({type(exc).__name__})", file.path) from None
    if camera:
        raise InputError(
            "a camera photo, not a screenshot",
            file.path,
            hint="give the photo of the sign as the TARGET, and the screenshots or recording with --walk",
        )
    return Frame(np.asarray(rgb), file, None, thumbnail(rgb))


def _video_frames(file: WalkFile, notes: list[str]) -> list[Frame]:
    import av  # PyAV: FFmpeg in the wheel, H.264 and HEVC included

    frames: list[Frame] = []
    try:
        with av.open(str(file.path)) as container:
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            next_at = 0.0
            clock = time.monotonic()
            for frame in container.decode(stream):
                if frame.time is None:
                    continue
                if frame.time > MAX_DECODE_S or time.monotonic() - clock > MAX_DECODE_WALL_S:
                    notes.append(f"{file.path.name}: only the first {frame.time:.0f} s were read (the rest was cut)")
                    break
                if frame.time + 1e-6 < next_at:
                    continue
                next_at = frame.time + 1.0 / SAMPLE_FPS
                thumb = frame.reformat(width=THUMB[0], height=THUMB[1], format="gray").to_ndarray().astype(np.float32)
                if frames and frames[-1].image is not None and not differ(thumb, frames[-1].thumb):
                    # the same screen as the frame before: that one is not the last of its run, so its pixels
                    # are never read; drop them (a minute at iPhone size would otherwise hold gigabytes)
                    frames[-1] = replace(frames[-1], image=None)
                frames.append(Frame(frame.to_ndarray(format="rgb24"), file, float(frame.time), thumb))
    except (av.error.FFmpegError, IndexError, ValueError) as exc:
        if not frames:
            raise InputError(f"not a readable screen recording ({type(exc).__name__})", file.path) from None
        notes.append(f"{file.path.name}: the recording is cut short after {frames[-1].time_s:.1f} s")
    if not frames:
        raise InputError("the recording holds no video frame", file.path)
    return frames


def read_frames(files: list[WalkFile], notes: list[str]) -> list[Frame]:
    """Every file's frames, in walk order; `notes` collects what was cut, and each file that could not be
    read while others could (one bad screenshot does not lose the walk)."""
    frames: list[Frame] = []
    for file in files:
        try:
            frames.extend(_video_frames(file, notes) if file.kind == "video" else [_image_frame(file)])
        except InputError as exc:
            if len(files) == 1:
                raise
            notes.append(f"left out {exc.one_line()}")
    if not frames:
        raise InputError("no file of the walk could be read", files[0].path)
    return frames


def file_metadata(file: WalkFile) -> tuple[float | None, str | None, str | None]:
    """A recording's duration and creation time, and the phone that made it, where the file says so
    (QuickTime keys from an iPhone, EXIF Make/Model from a screenshot)."""
    if file.kind == "video":
        import av

        try:
            with av.open(str(file.path)) as container:
                tags = {k.lower(): v for k, v in (container.metadata or {}).items()}
                duration = container.duration / 1_000_000 if container.duration else None
        except av.error.FFmpegError:
            return None, None, None
        created = tags.get("creation_time") or tags.get("com.apple.quicktime.creationdate")
        device = (
            " ".join(
                v
                for v in (
                    tags.get("com.apple.quicktime.make"),
                    tags.get("com.apple.quicktime.model"),
                    tags.get("com.apple.quicktime.software"),
                )
                if v
            )
            or None
        )
        return duration, created, device
    try:
        with Image.open(file.path) as image:
            exif = image.getexif()
        created = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)
        device = " ".join(str(v) for v in (exif.get(0x010F), exif.get(0x0110), exif.get(0x0131)) if v) or None
        return None, str(created) if created else None, device
    except Exception:  # noqa: BLE001 - no metadata is the common case for screenshots
        return None, None, None
