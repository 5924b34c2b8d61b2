from __future__ import annotations

import hashlib
import json

from qraudit.evidence import NOT_LISTED, verify_folder, write_manifest
from qraudit.models import Versions


def test_manifest_lists_every_file_with_hash_size_versions_and_times(sealed):
    report, folder, digest = sealed
    raw = (folder / "manifest.json").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == digest
    manifest = json.loads(raw)
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.name for p in folder.iterdir()} - set(NOT_LISTED)
    assert set(listed) == on_disk
    assert {"step-02.png", "photo.jpg", "photo-view.jpg", "report.json", "report.sarif", "network.har"} <= set(listed)
    shot = folder / "step-02.png"
    assert listed["step-02.png"] == {
        "path": "step-02.png",
        "sha256": hashlib.sha256(shot.read_bytes()).hexdigest(),
        "size": shot.stat().st_size,
    }
    assert manifest["versions"] == {
        "tool": "0.1.0",
        "rules_hash": report.versions.rules_hash,
        "browser": report.versions.browser,
    }
    assert (manifest["started_at"], manifest["finished_at"]) == (report.started_at, report.finished_at)
    assert manifest["created_at"].endswith("Z")
    assert [f["path"] for f in manifest["files"]] == sorted(listed)  # stable order for diffs


def test_untouched_folder_verifies(sealed):
    _, folder, digest = sealed
    result = verify_folder(folder)
    assert result.ok and result.manifest_sha256 == digest
    assert (result.tampered, result.missing, result.added) == ((), (), ())
    assert result.signature_ok is None and result.timestamp_ok is None


def test_one_changed_screenshot_byte_fails(sealed):
    _, folder, _ = sealed
    shot = folder / "step-02.png"
    data = bytearray(shot.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size, one bit
    shot.write_bytes(bytes(data))
    result = verify_folder(folder)
    assert not result.ok and result.tampered == ("step-02.png",)
    assert "tampered: step-02.png" in result.messages


def test_missing_and_added_files_fail(sealed):
    _, folder, _ = sealed
    (folder / "step-01.html").unlink()
    (folder / "extra.png").write_bytes(b"not evidence")
    (folder / "sub").mkdir()
    (folder / "sub" / "note.txt").write_text("x")
    result = verify_folder(folder)
    assert not result.ok
    assert result.missing == ("step-01.html",)
    assert result.added == ("extra.png", "sub/note.txt")


def test_a_report_that_quotes_another_manifest_fails(sealed):
    _, folder, digest = sealed
    page = folder / "report.html"
    page.write_text(page.read_text(encoding="utf-8").replace(digest, "0" * 64), encoding="utf-8")
    result = verify_folder(folder)
    assert not result.ok and "report.html" in result.tampered
    assert "report.html does not quote this manifest's SHA-256" in result.messages


def test_missing_manifest_is_reported_not_raised(sealed):
    _, folder, _ = sealed
    (folder / "manifest.json").unlink()
    result = verify_folder(folder)
    assert not result.ok and result.missing == ("manifest.json",)
    assert "no manifest.json" in result.messages[0]


def test_rewriting_the_manifest_drops_a_stale_signature(sealed, tmp_path):
    report, folder, _ = sealed
    (folder / "manifest.sig").write_bytes(b"x" * 64)
    (folder / "manifest.tsr").write_bytes(b"old")
    write_manifest(folder, Versions("0.1.0", "h", "b"), report.started_at, report.finished_at)
    assert not (folder / "manifest.sig").exists() and not (folder / "manifest.tsr").exists()
