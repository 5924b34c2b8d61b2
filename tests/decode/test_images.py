"""Opening photos: folders, formats, EXIF, and every kind of bad file."""

from __future__ import annotations

import struct
import zlib
from fractions import Fraction
from pathlib import Path

import numpy as np
import pillow_heif
import pytest
from PIL import ExifTags, Image

from qraudit.decode.exif import gps_position, iso_datetime
from qraudit.decode.images import MAX_PIXELS, iter_inputs, load_image, read_file, to_grey
from qraudit.decode.photo import decode_path
from qraudit.errors import InputError
from qraudit.models import GPS
from tests.decode.conftest import code_image, page


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height; Pillow reads the size before any pixel."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def test_iter_inputs_walks_folders_sorted_skipping_hidden_and_non_images(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ["b/2.JPG", "b/1.heic", "a.png", "notes.txt", ".secret.png", ".hidden/x.png", "c.webp"]:
        (tmp_path / name).write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert found == ["a.png", "c.webp", "b/1.heic", "b/2.JPG"]


def test_iter_inputs_keeps_explicit_files_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    odd = tmp_path / "photo.dat"
    odd.write_bytes(b"x")
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = tmp_path / "missing.jpg"
    assert list(iter_inputs([odd, missing, empty])) == [odd, missing, empty]


def test_a_file_given_explicitly_is_decoded_whatever_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "scan.bin"
    page((400, 400), [("https://example.com/odd-extension", (40, 40), 8)]).save(path, format="PNG")
    result = decode_path(path)
    assert result.error is None
    assert [c.text for c in result.codes] == ["https://example.com/odd-extension"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.jpg", b"", "empty file"),
        ("text.jpg", b"this is not a photo, just some notes\n" * 4, "not a readable image (the file holds text)"),
        ("noise.png", bytes(range(256)) * 4, "not a readable image"),
        ("broken.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64, "not a readable image"),
    ],
)
def test_bad_files_become_one_line_input_errors(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_image(path)
    line = caught.value.one_line()
    assert message in line and str(path) in line and "\n" not in line
    result = decode_path(path)
    assert result.codes == () and message in (result.error or "")


def test_truncated_jpeg_is_reported_as_damaged(tmp_path: Path) -> None:
    whole = tmp_path / "whole.jpg"
    page((800, 600), [("https://example.com/t", (100, 100), 8)]).save(whole, quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    result = decode_path(cut)
    assert result.error is not None and result.error.startswith("damaged or truncated image data")
    assert result.sha256 is not None  # the bytes were read: their hash is still evidence


def test_truncated_heic_is_one_line_error(tmp_path: Path) -> None:
    whole = tmp_path / "whole.heic"
    pillow_heif.from_pillow(page((300, 300), [("heic", (20, 20), 8)])).save(whole)
    cut = tmp_path / "cut.heic"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    error = decode_path(cut).error or ""
    assert error.startswith(("not a readable image", "damaged or truncated image data")) and "\n" not in error


def test_missing_file_and_folder_without_images(tmp_path: Path) -> None:
    assert decode_path(tmp_path / "nope.jpg").error == "no such file or folder"
    (tmp_path / "docs").mkdir()
    assert (decode_path(tmp_path / "docs").error or "").startswith("folder holds no image files")


def test_pixel_cap_refuses_huge_images_before_decoding(tmp_path: Path) -> None:
    over_cap = tmp_path / "big.png"
    over_cap.write_bytes(_png_header(12_000, 10_000))  # 120 MP: our own cap
    with pytest.raises(InputError, match=r"image too large \(12000x10000 = 120 MP; limit 100 MP\)"):
        load_image(over_cap)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header(30_000, 30_000))  # 900 MP: Pillow's own DecompressionBombError
    with pytest.raises(InputError, match="image too large"):
        load_image(bomb)
    assert MAX_PIXELS == 100_000_000


def test_heic_is_read_with_its_exif(tmp_path: Path) -> None:
    picture = page((600, 500), [("https://example.com/heic", (80, 60), 8)])
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Apple"
    exif[ExifTags.Base.Model] = "iPhone 15"
    path = tmp_path / "IMG_0001.HEIC"
    pillow_heif.from_pillow(picture).save(path, quality=95, exif=exif.tobytes())
    result = decode_path(path)
    assert result.error is None, result.error
    assert [c.text for c in result.codes] == ["https://example.com/heic"]
    assert (result.exif.make, result.exif.model) == ("Apple", "iPhone 15")
    assert (result.width, result.height) == (600, 500)


def _exif_jpeg(path: Path, picture: Image.Image, orientation: int) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Xiaomi\x00"
    exif[ExifTags.Base.Model] = " 14 Ultra "
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = "2025:03:14 18:05:09"
    details[ExifTags.Base.OffsetTimeOriginal] = "+08:00"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[1], gps[2] = "S", (Fraction(33), Fraction(52), Fraction(1234, 100))
    gps[3], gps[4] = "W", (Fraction(151), Fraction(12), Fraction(3))
    picture.save(path, exif=exif, quality=92)


def test_exif_orientation_gps_time_and_camera(tmp_path: Path) -> None:
    upright = page((500, 900), [("https://example.com/upright", (60, 500), 8)])
    path = tmp_path / "rotated.jpg"
    # Stored turned 90° clockwise, with Orientation 8 telling viewers to turn it back
    _exif_jpeg(path, upright.transpose(Image.Transpose.ROTATE_270), orientation=8)
    result = decode_path(path)
    assert (result.width, result.height) == (500, 900)
    (code,) = result.codes
    box = code.box
    assert 40 <= box.x <= 110 and 480 <= box.y <= 550  # corners in the upright picture
    assert result.exif.taken_at == "2025-03-14T18:05:09+08:00"
    assert result.exif.gps == GPS(
        lat=round(-(33 + 52 / 60 + 12.34 / 3600), 7), lon=round(-(151 + 12 / 60 + 3 / 3600), 7)
    )
    assert (result.exif.make, result.exif.model) == ("Xiaomi", "14 Ultra")


def test_photo_without_exif_has_empty_exif(tmp_path: Path) -> None:
    path = tmp_path / "plain.png"
    page((300, 300), [("plain", (20, 20), 8)]).save(path)
    result = decode_path(path)
    assert result.exif.taken_at is None and result.exif.gps is None and result.exif.make is None


def test_iso_datetime_and_gps_edge_cases() -> None:
    assert iso_datetime("2024:01:02 03:04:05") == "2024-01-02T03:04:05"
    assert iso_datetime("2024:01:02 03:04:05", "-0530") == "2024-01-02T03:04:05-05:30"
    assert iso_datetime("0000:00:00 00:00:00") == "0000:00:00 00:00:00"
    assert iso_datetime("yesterday") == "yesterday"
    assert iso_datetime(None) is None
    assert gps_position({1: "N", 2: (31.0, 14.0, 24.0), 3: "E", 4: (121.0, 28.0, 12.0)}) == GPS(31.24, 121.47)
    assert gps_position({1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (10.0, 0.0, 0.0)}) is None
    assert gps_position({1: "N", 2: "garbage", 3: "E", 4: (10.0, 0.0, 0.0)}) is None
    assert gps_position({}) is None


def test_to_grey_composites_transparency_on_white_and_reads_arrays() -> None:
    code = code_image("transparent background", box=6)
    rgba = Image.new("RGBA", code.size, (0, 0, 0, 0))
    rgba.putalpha(Image.eval(code, lambda v: 255 - v))  # black modules opaque, the rest see-through
    grey = to_grey(rgba)
    assert grey[0, 0] == 255 and grey.dtype == np.uint8
    bgr = np.zeros((10, 20, 3), np.uint8)
    bgr[:, :, 2] = 255  # pure red in BGR order
    assert to_grey(bgr)[0, 0] == 76
    assert to_grey(np.full((5, 5), 0.5, np.float32))[0, 0] == 127
    with pytest.raises(InputError, match="pixel array"):
        to_grey(np.zeros((2, 2, 2, 2), np.uint8))


def test_read_file_limits(tmp_path: Path) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(b"abc")
    assert read_file(path) == b"abc"
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.png")
