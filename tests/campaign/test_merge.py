from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qraudit.campaign import CampaignStore, merge_campaigns
from qraudit.errors import InputError
from tests.campaign.factory import make_report, newer, photo_result, write_audit


def campaign(root: Path, *reports, photos: dict[str, str] | None = None) -> Path:
    """A campaign folder with these audits; `photos` maps an extra photo name to the case it showed."""
    with CampaignStore.open(root) as store:
        for r in reports:
            if r.target.sha256:
                store.record_photo(photo_result(r))
            store.record_audit(r, write_audit(root, r))
        for name, case_id in (photos or {}).items():
            extra = make_report(case_id, photo_name=name, gps=(22.54, 114.06))
            store.record_photo(photo_result(extra))
            store.link(extra.target.sha256, case_id, name)
    return root


def folder_report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


def test_merge_dedupes_by_case_newest_finished_wins_and_unions_photo_links(tmp_path: Path):
    old = make_report("park-a-1", verdict="violation", finished_at="2026-03-11T10:00:00Z", photo_name="IMG_A.jpg")
    fresh = newer(old, "2026-03-12T09:00:00Z", verdict="compliant", walls=())
    shard1 = campaign(tmp_path / "s1", old, make_report("shop-b-2", photo_name=None, gps=None))
    shard2 = campaign(tmp_path / "s2", fresh, make_report("cafe-c-3"), photos={"IMG_B.jpg": "park-a-1"})

    result = merge_campaigns([shard1, shard2], tmp_path / "out")

    assert result.audits == 3 and result.superseded == 1 and result.missing == ()
    assert sorted(result.copied) == ["cafe-c-3", "park-a-1", "shop-b-2"]
    assert folder_report(tmp_path / "out" / "park-a-1")["verdict"] == "compliant"  # the newer audit's folder
    with CampaignStore.open(tmp_path / "out") as out:
        records = {r.case_id: r for r in out.audits()}
        assert records["park-a-1"].report == fresh
        assert {src for _, src in records["park-a-1"].photo_links} == {"IMG_A.jpg", "IMG_B.jpg"}
        assert out.done_case_ids() == {"park-a-1", "shop-b-2", "cafe-c-3"}
        walls = out.connection().execute("SELECT count(*) FROM walls WHERE case_id = 'park-a-1'").fetchone()[0]
        assert walls == 0  # the old audit's walls did not leak in
    # merged folders are complete evidence: same bytes as the winning source
    assert (tmp_path / "out/park-a-1/manifest.json").read_bytes() == (shard2 / "park-a-1/manifest.json").read_bytes()


def test_merge_order_does_not_matter_for_the_winner(tmp_path: Path):
    old = make_report("park-a-1", finished_at="2026-03-11T10:00:00Z")
    fresh = newer(old, "2026-03-12T09:00:00Z", verdict="inconclusive")
    s1, s2 = campaign(tmp_path / "s1", old), campaign(tmp_path / "s2", fresh)
    a = merge_campaigns([s1, s2], tmp_path / "ab")
    b = merge_campaigns([s2, s1], tmp_path / "ba")
    assert folder_report(a.out / "park-a-1") == folder_report(b.out / "park-a-1") == folder_report(s2 / "park-a-1")


def test_merging_again_keeps_what_is_there_and_takes_only_newer(tmp_path: Path):
    first = make_report("park-a-1", finished_at="2026-03-11T10:00:00Z")
    s1 = campaign(tmp_path / "s1", first)
    out = tmp_path / "out"
    merge_campaigns([s1], out)
    again = merge_campaigns([s1], out)
    assert again.copied == () and again.kept == ("park-a-1",) and again.superseded == 1
    later = campaign(tmp_path / "s2", newer(first, "2026-03-20T00:00:00Z", verdict="compliant", walls=()))
    third = merge_campaigns([later], out)
    assert third.copied == ("park-a-1",) and folder_report(out / "park-a-1")["verdict"] == "compliant"


def test_a_winner_without_its_folder_falls_back_to_one_that_has_it(tmp_path: Path):
    old = make_report("park-a-1", finished_at="2026-03-11T10:00:00Z")
    s1 = campaign(tmp_path / "s1", old)
    s2 = campaign(tmp_path / "s2", newer(old, "2026-03-12T00:00:00Z"), make_report("gone-b-2"))
    shutil.rmtree(s2 / "park-a-1")
    shutil.rmtree(s2 / "gone-b-2")
    result = merge_campaigns([s1, s2], tmp_path / "out")
    assert result.missing == ("gone-b-2",)
    assert folder_report(result.out / "park-a-1")["finished_at"] == "2026-03-11T10:00:00Z"


def test_link_mode_hard_links_files(tmp_path: Path):
    s1 = campaign(tmp_path / "s1", make_report("park-a-1"))
    result = merge_campaigns([s1], tmp_path / "out", link=True)
    source, merged = s1 / "park-a-1" / "photo.jpg", result.out / "park-a-1" / "photo.jpg"
    assert source.stat().st_ino == merged.stat().st_ino
    copied = merge_campaigns([s1], tmp_path / "copy")
    assert (copied.out / "park-a-1" / "photo.jpg").stat().st_ino != source.stat().st_ino


def test_merge_leaves_no_partial_and_clears_old_ones(tmp_path: Path):
    s1 = campaign(tmp_path / "s1", make_report("park-a-1"))
    (tmp_path / "out" / "park-a-1.partial").mkdir(parents=True)  # a merge killed halfway through a copy
    merge_campaigns([s1], tmp_path / "out")
    assert not list((tmp_path / "out").glob("*.partial"))


@pytest.mark.parametrize("problem", ["missing", "not-campaign", "none"])
def test_bad_inputs_are_one_line_errors(tmp_path: Path, problem: str):
    (tmp_path / "plain").mkdir()
    dirs = {"missing": [tmp_path / "nope"], "not-campaign": [tmp_path / "plain"], "none": []}[problem]
    with pytest.raises(InputError) as info:
        merge_campaigns(dirs, tmp_path / "out")
    assert "\n" not in info.value.one_line()
    assert not (tmp_path / "out").exists()  # nothing created before the inputs were checked
