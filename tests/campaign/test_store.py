from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from qraudit.campaign import CampaignStore
from qraudit.campaign.schema import SCHEMA_VERSION
from qraudit.errors import InputError
from qraudit.evidence.manifest import sha256_file
from tests.campaign.factory import make_report, photo_result, write_audit, write_partial


def test_open_creates_a_migrated_wal_database(tmp_path: Path):
    with CampaignStore.open(tmp_path / "c") as store:
        db = store.connection()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with CampaignStore.open(tmp_path / "c") as again:  # reopening migrates nothing and loses nothing
        assert again.count("audits") == 0


def test_newer_schema_and_garbage_files_are_one_line_errors(tmp_path: Path):
    CampaignStore.open(tmp_path / "new").close()
    with sqlite3.connect(tmp_path / "new" / "campaign.db") as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(InputError) as newer:
        CampaignStore.open(tmp_path / "new")
    assert "upgrade qraudit" in newer.value.one_line()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "campaign.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError) as info:
        CampaignStore.open(tmp_path / "bad")
    assert "campaign.db" in info.value.one_line() and "\n" not in info.value.one_line()
    with pytest.raises(InputError, match="no campaign.db"):
        CampaignStore.open(tmp_path / "empty", create=False)


def test_record_audit_stores_walls_findings_artifacts_and_report(tmp_path: Path):
    report = make_report("park-a-1", walls=(("follow", True), ("personal_data", False)), findings=2)
    with CampaignStore.open(tmp_path) as store:
        folder = write_audit(tmp_path, report)
        store.record_audit(report, folder)
        db = store.connection()
        assert db.execute("SELECT category, mandatory FROM walls ORDER BY idx").fetchall() == [
            ("follow", 1),
            ("personal_data", 0),
        ]
        assert store.count("findings") == 2
        artifacts = dict(db.execute("SELECT path, sha256 FROM artifacts").fetchall())
        assert set(artifacts) == {"photo.jpg", "step-00.png", "report.json"}
        assert artifacts["photo.jpg"] == sha256_file(folder / "photo.jpg")
        row = db.execute("SELECT folder, venue, verdict, manifest_sha256 FROM audits").fetchone()
        assert row == ("park-a-1", "31.230,121.474", "violation", sha256_file(folder / "manifest.json"))
        [record] = store.audits()
        assert record.report == report  # report_json round-trips: summaries need only the database
        assert record.folder == folder.resolve()


def test_artifacts_are_hashed_when_there_is_no_manifest(tmp_path: Path):
    report = make_report("park-b-2")
    folder = write_audit(tmp_path, report)
    (folder / "manifest.json").unlink()
    with CampaignStore.open(tmp_path) as store:
        store.record_audit(report, folder)
        stored = dict(store.connection().execute("SELECT path, sha256 FROM artifacts").fetchall())
    assert stored == {name: sha256_file(folder / name) for name in ("photo.jpg", "step-00.png", "report.json")}


def test_a_partial_or_missing_folder_is_never_recorded(tmp_path: Path):
    report = make_report("park-c-3")
    work = write_partial(tmp_path, report)
    with CampaignStore.open(tmp_path) as store:
        with pytest.raises(InputError) as partial:
            store.record_audit(report, work)
        assert ".partial" in partial.value.one_line()
        with pytest.raises(InputError):
            store.record_audit(report, tmp_path / "nowhere")
        assert store.count("audits") == 0 and store.done_case_ids() == set()


def test_recording_again_replaces_the_audit(tmp_path: Path):
    first = make_report("park-d-4", walls=(("follow", True), ("login", True)))
    second = make_report("park-d-4", verdict="compliant", walls=(), finished_at="2026-03-12T00:00:00Z")
    with CampaignStore.open(tmp_path) as store:
        store.record_audit(first, write_audit(tmp_path, first))
        import shutil

        shutil.rmtree(tmp_path / "park-d-4")
        store.record_audit(second, write_audit(tmp_path, second))
        assert store.count("audits") == 1 and store.count("walls") == 0
        assert [r.report.verdict for r in store.audits()] == ["compliant"]


def test_same_url_from_several_photos_is_one_case_linked_to_each(tmp_path: Path):
    report = make_report("park-e-5", photo_name="IMG_A.jpg")
    other = make_report("park-e-5", photo_name="IMG_B.jpg")  # another photo of the same sign
    with CampaignStore.open(tmp_path) as store:
        for r in (report, other):
            store.record_photo(photo_result(r))
            store.link(r.target.sha256, r.case_id, r.target.source)
            store.link(r.target.sha256, r.case_id, r.target.source)  # linking twice is harmless
        store.link(None, "park-e-5", "https://park-e.example.cn/pay")  # also given as a URL, twice
        store.link(None, "park-e-5", "https://park-e.example.cn/pay")
        store.record_audit(report, write_audit(tmp_path, report))
        [record] = store.audits()
        assert sorted(record.photo_links, key=str) == sorted(
            [
                (report.target.sha256, "IMG_A.jpg"),
                (other.target.sha256, "IMG_B.jpg"),
                (None, "https://park-e.example.cn/pay"),
            ],
            key=str,
        )
        assert store.count("codes") == 2
        assert {p.sha256: p.case_ids for p in store.photos()} == {
            report.target.sha256: ("park-e-5",),
            other.target.sha256: ("park-e-5",),
        }


def test_a_link_before_the_photo_is_filled_in_later(tmp_path: Path):
    report = make_report("park-f-6")
    with CampaignStore.open(tmp_path) as store:
        store.link(report.target.sha256, report.case_id, "IMG_0001.jpg")
        assert [(p.lat, p.taken_at) for p in store.photos()] == [(None, None)]
        store.record_photo(photo_result(report))
        [photo] = store.photos()
        assert (photo.lat, photo.lon, photo.taken_at) == (31.2304, 121.4737, "2026-03-11T18:42:07+08:00")
        assert photo.case_ids == ("park-f-6",)  # the upsert kept the link (REPLACE would have cascaded it away)


def test_record_target_links_url_and_photo_targets(tmp_path: Path):
    from dataclasses import dataclass

    from qraudit.models import PhotoResult

    @dataclass
    class Target:  # the runner's AuditTarget as far as the store needs it
        kind: str
        source: str
        photo: PhotoResult | None
        case_id: str

    report = make_report("park-g-7")
    with CampaignStore.open(tmp_path) as store:
        store.record_target(Target("photo", "IMG_0001.jpg", photo_result(report), "park-g-7"))
        store.record_target(Target("url", "https://x.example.cn/", None, "x-1"))
        links = store.connection().execute("SELECT photo_sha256, case_id FROM photo_codes ORDER BY case_id").fetchall()
    assert links == [(report.target.sha256, "park-g-7"), (None, "x-1")]


def test_done_ids_leave_out_deleted_folders_and_cleanup_removes_only_partials(tmp_path: Path):
    import shutil

    a, b = make_report("park-h-8"), make_report("park-i-9")
    with CampaignStore.open(tmp_path) as store:
        for r in (a, b):
            store.record_audit(r, write_audit(tmp_path, r))
        leftover = write_partial(tmp_path, make_report("park-j-10"))
        shutil.rmtree(tmp_path / "park-i-9")
        assert store.done_case_ids() == {"park-h-8"}
        assert store.cleanup_partials() == [leftover.resolve()]
        assert not leftover.exists() and (tmp_path / "park-h-8").is_dir()


def test_adopt_finished_records_only_complete_folders_of_ours(tmp_path: Path):
    good, renamed = make_report("park-k-11"), make_report("park-l-12")
    write_audit(tmp_path, good)  # renamed, but the run died before recording it
    write_audit(tmp_path, renamed)
    (tmp_path / "park-l-12").rename(tmp_path / "someone-else")  # report.json names another case
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "report.json").write_text("{not json", encoding="utf-8")
    with CampaignStore.open(tmp_path) as store:
        assert store.adopt_finished() == ["park-k-11"]
        assert store.adopt_finished() == []
        assert store.done_case_ids() == {"park-k-11"}


def test_concurrent_writers_from_threads_and_a_second_connection(tmp_path: Path):
    reports = [make_report(f"lot-{i}-{i:04x}", photo_name=f"IMG_{i}.jpg") for i in range(24)]
    folders = [write_audit(tmp_path, r) for r in reports]
    first, second = CampaignStore.open(tmp_path), CampaignStore.open(tmp_path)
    errors: list[BaseException] = []

    def work(store: CampaignStore, part: int) -> None:
        try:
            for r, f in list(zip(reports, folders))[part::4]:
                store.record_photo(photo_result(r))
                store.record_audit(r, f)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(first if i % 2 else second, i)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert first.done_case_ids() == {r.case_id for r in reports}
    assert second.count("artifacts") == 3 * len(reports)
    first.close()
    second.close()


def test_a_re_audit_killed_before_recording_is_adopted_over_the_old_record(tmp_path: Path):
    import shutil

    old = make_report("park-m-13", finished_at="2026-03-11T10:00:00Z")
    new = make_report("park-m-13", verdict="compliant", walls=(), finished_at="2026-03-12T10:00:00Z")
    with CampaignStore.open(tmp_path) as store:
        store.record_audit(old, write_audit(tmp_path, old))
        assert store.adopt_finished() == []  # the folder matches its record
        shutil.rmtree(tmp_path / "park-m-13")  # what the pipeline does just before its rename
        write_audit(tmp_path, new)
        assert store.adopt_finished() == ["park-m-13"]
        assert [r.report for r in store.audits()] == [new] and store.count("walls") == 0
