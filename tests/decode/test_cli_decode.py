"""`qraudit decode` through the real Typer app: table, JSON, and every exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

import qraudit.cli.decode  # noqa: F401  (registers the command)
from qraudit.cli.app import app
from tests.decode.conftest import PHOTOS, expected_text

SHIFT_JIS = PHOTOS / "zxing" / "q2-10-shift-jis.png"
PAYMENT = PHOTOS / "zxing-cpp" / "merchant-payment.webp"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, ["decode", *args], env={"COLUMNS": "1000"})

    return invoke


@pytest.fixture
def blank(tmp_path: Path) -> Path:
    path = tmp_path / "wall.png"
    Image.new("RGB", (400, 300), (200, 200, 190)).save(path)
    return path


def test_json_shape_for_a_photo_with_a_code(run) -> None:
    result = run(str(SHIFT_JIS), "--json")
    assert result.exit_code == 0, result.output
    (photo,) = json.loads(result.stdout)
    assert photo["source"] == str(SHIFT_JIS)
    assert len(photo["sha256"]) == 64 and photo["error"] is None
    (code,) = photo["codes"]
    assert code["text"] == expected_text(SHIFT_JIS) and code["kind"] == "text" and code["decoder"] == "zxing"
    assert len(code["polygon"]) == 4 and all(len(point) == 2 for point in code["polygon"])
    assert photo["exif"] == {"taken_at": None, "gps": None, "make": None, "model": None}


def test_table_lists_every_code_with_kind_and_decoder(run) -> None:
    result = run(str(PAYMENT), str(SHIFT_JIS))
    assert result.exit_code == 0, result.output
    assert "merchant-payment.webp" in result.stdout and "google.jp" in result.stdout
    assert "zxing" in result.stdout and "source" in result.stdout
    assert "Google モバイル\\r\\nhttp://google.jp" in result.stdout  # control characters shown escaped
    # long payloads are cut in the table (--json has them whole)
    assert f"… ({len(expected_text(PAYMENT))} characters)" in result.stdout


def test_exit_3_when_an_image_has_no_code(run, blank: Path) -> None:
    result = run(str(SHIFT_JIS), str(blank), "--json")
    assert result.exit_code == 3
    photos = json.loads(result.stdout)
    assert [len(p["codes"]) for p in photos] == [1, 0] and all(p["error"] is None for p in photos)
    assert "no QR code found" in run(str(blank)).stdout


def test_exit_2_when_an_input_is_missing_even_if_others_have_no_code(run, blank: Path, tmp_path: Path) -> None:
    missing = tmp_path / "gone.jpg"
    result = run(str(missing), str(blank), str(SHIFT_JIS), "--json")
    assert result.exit_code == 2
    photos = json.loads(result.stdout)  # bad input did not stop the other files
    assert [p["source"] for p in photos] == [str(missing), str(blank), str(SHIFT_JIS)]
    assert photos[0]["error"] == "no such file or folder" and photos[0]["sha256"] is None
    assert photos[2]["codes"][0]["text"] == expected_text(SHIFT_JIS)


def test_exit_2_for_a_broken_file_and_the_error_is_shown_in_the_table(run, tmp_path: Path) -> None:
    fake = tmp_path / "receipt.jpg"
    fake.write_text("not a picture at all")
    result = run(str(fake))
    assert result.exit_code == 2
    assert "not a readable image (the file holds text)" in result.stdout
    assert "Traceback" not in result.output


def test_folder_input_decodes_every_image_inside(run, tmp_path: Path) -> None:
    folder = tmp_path / "album"
    (folder / "day2").mkdir(parents=True)
    Image.open(SHIFT_JIS).save(folder / "a.png")
    Image.open(PAYMENT).convert("RGB").save(folder / "day2" / "b.jpg", quality=95)
    (folder / "notes.txt").write_text("ignored")
    result = run(str(folder), "--json")
    assert result.exit_code == 0, result.output
    photos = json.loads(result.stdout)
    assert [Path(p["source"]).name for p in photos] == ["a.png", "b.jpg"]
    assert photos[1]["codes"][0]["text"] == expected_text(PAYMENT)


def test_empty_folder_is_unreadable_input(run, tmp_path: Path) -> None:
    result = run(str(tmp_path), "--json")
    assert result.exit_code == 2
    (photo,) = json.loads(result.stdout)
    assert photo["error"].startswith("folder holds no image files")


def test_no_arguments_is_a_usage_error(run) -> None:
    assert run().exit_code == 2
