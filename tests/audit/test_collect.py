"""Expanding audit arguments into targets: photos (each reported as it is read), URLs, and bad input."""

from __future__ import annotations

from pathlib import Path

from qraudit.runner import collect_targets
from tests.audit.conftest import write_photo


def test_every_photo_is_reported_as_it_is_read_and_bad_input_does_not_stop_the_rest(tmp_path: Path):
    folder = tmp_path / "day1"
    folder.mkdir()
    write_photo(folder / "a.jpg", ["https://pay.example.cn/park/1"])
    write_photo(folder / "b.jpg", ["https://pay.example.cn/park/1", "wxp://f2f0abc"])  # the same URL again
    (folder / "broken.jpg").write_text("not a photo")
    seen: list[str] = []
    batch = collect_targets(
        [str(folder), "https://shop.example.cn/pay", "http://[::1"], on_photo=lambda p: seen.append(Path(p.source).name)
    )
    assert sorted(seen) == ["a.jpg", "b.jpg", "broken.jpg"]
    assert sorted(t.payload for t in batch.targets) == [
        "https://pay.example.cn/park/1",
        "https://shop.example.cn/pay",
        "wxp://f2f0abc",
    ]
    assert len(batch.links) == 4  # both photos stay linked to the URL they share
    assert len(batch.input_errors) == 2 and any("broken.jpg" in e for e in batch.input_errors)
    assert all("\n" not in e for e in batch.input_errors)


def test_a_code_holding_a_broken_url_is_audited_as_text_not_a_crash():
    from qraudit.models import Code, PhotoResult
    from qraudit.targets import photo_targets

    photo = PhotoResult(
        source="sign.jpg",
        sha256="0" * 64,
        codes=(Code("http://[::1", "text", ((0, 0), (9, 0), (9, 9), (0, 9)), "zxing"),),
    )
    (target,) = photo_targets(photo)
    assert target.case_id.startswith("text-")
