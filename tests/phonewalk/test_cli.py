"""`qraudit audit [TARGET] --walk PATH`: exit codes, one-line errors for bad input, nothing lost for the rest."""

from __future__ import annotations

import json
import shutil

from PIL import Image
from typer.testing import CliRunner

from qraudit.cli import app
from qraudit.evidence import verify_folder
from qraudit.exitcodes import ExitCode


def run(*args: str):
    return CliRunner().invoke(app, ["audit", *args], catch_exceptions=False)


def one_error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


def test_a_mandatory_wall_exits_1_with_a_verifiable_sealed_folder(phone_walks, tmp_path):
    result = run("--walk", str(phone_walks["mandatory-follow"].video), "--out", str(tmp_path), "--format", "json")
    assert result.exit_code == ExitCode.VIOLATION, result.output
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert folder.name.startswith("phone-walk-")
    assert verify_folder(folder).ok


def test_a_url_target_names_the_case_and_a_walk_without_checkout_exits_3(phone_walks, tmp_path):
    result = run(
        "https://park.example.cn/pay?lot=7", "--walk", str(phone_walks["no-checkout"].video), "--out", str(tmp_path)
    )
    assert result.exit_code == ExitCode.NO_RESULT, result.output
    (report,) = [json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.glob("*/report.json")]
    assert report["case_id"].startswith("park-example-cn-")
    assert report["target"]["payload"] == "https://park.example.cn/pay?lot=7"
    assert "no checkout" in report["verdict_reason"]


def test_bad_files_are_one_line_errors_with_exit_2(tmp_path, phone_walks):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    text = tmp_path / "walk.mp4"
    text.write_text("not a video", encoding="utf-8")
    truncated = tmp_path / "cut.mp4"
    truncated.write_bytes(phone_walks["login-wall"].video.read_bytes()[:2000])
    camera = tmp_path / "sign.jpg"
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x829A] = 0.01  # an exposure time: a camera took it
    Image.new("RGB", (400, 300), "white").save(camera, exif=exif)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "readme.txt").write_text("no screens here", encoding="utf-8")
    for bad, words in (
        (notes, "holds no screen recording"),
        (empty, "empty file"),
        (text, "neither a screen recording"),
        (truncated, "not a readable screen recording"),
        (camera, "a camera photo"),
        (tmp_path / "missing.mp4", "no such file"),
    ):
        result = run("--walk", str(bad), "--out", str(tmp_path / "out"))
        assert result.exit_code == ExitCode.USAGE, (bad, result.output)
        line = one_error_line(result)
        assert str(bad) in line and words in line, line
    # no audit folder, not even a .partial one (an empty campaign.db may stay, as for any audit)
    assert not (tmp_path / "out").exists() or not [p for p in (tmp_path / "out").iterdir() if p.is_dir()]


def test_one_bad_screenshot_in_a_folder_is_left_out_with_a_note(phone_walks, tmp_path):
    folder = tmp_path / "shots"
    shutil.copytree(phone_walks["cashier-reached"].screenshots[0].parent, folder)
    (folder / "IMG_0000.PNG").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    result = run("--walk", str(folder), "--out", str(tmp_path / "out"), "--format", "json")
    assert result.exit_code == ExitCode.OK, result.output
    assert "left out" in result.output and "IMG_0000.PNG" in result.output
    (report,) = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").glob("*/report.json")]
    assert report["verdict"] == "compliant"


def test_a_long_recording_is_cut_and_says_so(phone_walks, tmp_path, monkeypatch):
    from qraudit.phonewalk import media

    monkeypatch.setattr(media, "MAX_DECODE_S", 1.0)
    result = run(
        "--walk", str(phone_walks["optional-follow-then-paid"].video), "--out", str(tmp_path), "--format", "json"
    )
    assert "only the first 1 s were read" in result.output, result.output


def test_more_than_one_target_with_a_walk_is_refused(phone_walks):
    result = run("https://a.example.cn/", "https://b.example.cn/", "--walk", str(phone_walks["no-checkout"].video))
    assert result.exit_code == ExitCode.USAGE
    assert "at most one target" in one_error_line(result)
