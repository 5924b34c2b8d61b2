from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from qraudit.campaign import CampaignStore, build_summary
from qraudit.campaign.summary_files import CSV_COLUMNS
from qraudit.capture.browser import find_browser
from qraudit.errors import InputError
from qraudit.models.categories import CATEGORY_TABLE
from tests.campaign.factory import make_report, photo_result, write_audit

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def reports():
    return [
        make_report(
            "park-a-1",
            walls=(("follow", True), ("personal_data", False)),
            gps=(31.2304, 121.4737),
            taken_at="2026-03-11T18:42:07+08:00",
            photo_name="IMG_A.jpg",
        ),
        make_report(
            "lot-b-2",
            verdict="compliant",
            walls=(("follow", False),),
            gps=(39.9042, 116.4074),
            taken_at="2026-04-02T09:00:00+08:00",
            photo_name="IMG_B.jpg",
        ),
        make_report(
            "shop-c-3",
            verdict="inconclusive",
            walls=(),
            gps=None,
            photo_name=None,
            started_at="2026-03-20T01:00:00Z",
            reason=HOSTILE,
            payload='=HYPERLINK("http://evil.example/","x")',
        ),
        make_report(
            "cafe-d-4",
            walls=(("login", True),),
            gps=(22.5431, 114.0579),
            taken_at="2026-01-05T12:00:00+08:00",
            photo_name="IMG_D.jpg",
        ),
    ]


@pytest.fixture
def campaign(tmp_path: Path) -> Path:
    root = tmp_path / "campaign"
    with CampaignStore.open(root) as store:
        for r in reports():
            if r.target.sha256:
                store.record_photo(photo_result(r))
            store.record_audit(r, write_audit(root, r))
        # A second photo of the park sign, and a photo with two codes: the park (violation) and the lot (compliant).
        second = make_report("park-a-1", photo_name="IMG_A2.jpg", gps=(31.2305, 121.4736))
        store.record_photo(photo_result(second))
        store.link(second.target.sha256, "park-a-1", "IMG_A2.jpg")
        both = make_report("lot-b-2", photo_name="IMG_BOTH.jpg", gps=(31.0, 121.0))
        store.record_photo(photo_result(both, codes=("https://park-a.example.cn/", "https://lot-b.example.cn/")))
        store.link(both.target.sha256, "park-a-1", "IMG_BOTH.jpg")
        store.link(both.target.sha256, "lot-b-2", "IMG_BOTH.jpg")
        broken = make_report("cafe-d-4", photo_name="IMG_BAD_GPS.jpg", gps=(95.0, 200.0))
        store.record_photo(photo_result(broken))
        store.link(broken.target.sha256, "cafe-d-4", "IMG_BAD_GPS.jpg")
        unaudited = make_report("never-e-5", photo_name="IMG_E.jpg")  # linked, never audited (e.g. another shard)
        store.record_photo(photo_result(unaudited))
        store.link(unaudited.target.sha256, "never-e-5", "IMG_E.jpg")
    return root


def test_csv_columns_rows_and_spreadsheet_safety(campaign: Path):
    path = build_summary(campaign, ["csv"])["csv"]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
        rows = {row["case_id"]: row for row in reader}
    assert list(rows) == ["cafe-d-4", "park-a-1", "shop-c-3", "lot-b-2"]  # worst verdict first, then venue
    park = rows["park-a-1"]
    assert (park["verdict"], park["latitude"], park["longitude"], park["venue"]) == (
        "violation",
        "31.2304",
        "121.4737",
        "31.230,121.474",
    )
    assert park["mandatory_walls"] == "follow" and park["refusable_walls"] == "personal_data"
    assert park["photo_count"] == "3" and park["photo_sources"] == "IMG_A.jpg; IMG_A2.jpg; IMG_BOTH.jpg"
    assert park["walls_zh"].startswith("必须关注公众号才能付款")
    assert (campaign / park["report"]).is_file()
    shop = rows["shop-c-3"]
    assert shop["latitude"] == "" and shop["target_kind"] == "url" and shop["photo_count"] == "0"
    assert shop["payload"].startswith("'=HYPERLINK(")  # a formula in a QR code stays text in a spreadsheet
    assert shop["verdict_reason"] == HOSTILE


def test_geojson_points_are_lon_lat_with_the_worst_verdict(campaign: Path):
    data = json.loads(build_summary(campaign, ["geojson"])["geojson"].read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    features = {f["properties"]["photo"]: f for f in data["features"]}
    # URL-only audits, a broken GPS position and a photo whose case was never audited give no point.
    assert set(features) == {"IMG_A.jpg", "IMG_A2.jpg", "IMG_B.jpg", "IMG_BOTH.jpg", "IMG_D.jpg"}
    for feature in data["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert features["IMG_A.jpg"]["geometry"]["coordinates"] == [121.4737, 31.2304]  # [lon, lat], RFC 7946
    assert features["IMG_B.jpg"]["properties"]["verdict"] == "compliant"
    both = features["IMG_BOTH.jpg"]["properties"]
    assert both["verdict"] == "violation" and sorted(both["case_ids"]) == ["lot-b-2", "park-a-1"]
    assert both["marker-color"] == "#c62828"
    assert features["IMG_D.jpg"]["properties"]["mandatory_walls"] == ["login"]
    assert all((campaign / r).is_file() for f in data["features"] for r in f["properties"]["reports"])


def test_sarif_holds_every_audit_in_one_run(campaign: Path):
    data = json.loads(build_summary(campaign, ["sarif"], lang="en")["sarif"].read_text(encoding="utf-8"))
    assert data["version"] == "2.1.0" and len(data["runs"]) == 1
    run = data["runs"][0]
    assert sorted(i["properties"]["case_id"] for i in run["invocations"]) == [
        "cafe-d-4",
        "lot-b-2",
        "park-a-1",
        "shop-c-3",
    ]
    assert len(run["results"]) == 4  # follow + personal_data, follow, login; the inconclusive one has none


def _visible_case_order(page) -> dict[str, list[str]]:
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('section.sorted')]
             .filter(s => getComputedStyle(s).display !== 'none')
             .map(s => [s.id, [...s.querySelectorAll('tbody tr td.case')].map(td => td.firstChild.textContent)]))"""
    )


def test_index_html_sorts_without_script_under_a_strict_csp(campaign: Path):
    path = build_summary(campaign, ["html"], lang="en")["html"]
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html.replace("&lt;script", "")  # the hostile reason is escaped, and we ship none
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_browser().path, args=["--disable-quic"])
        try:
            page = browser.new_page()
            console: list[str] = []
            page.on("console", lambda m: console.append(m.text))
            page.goto(path.as_uri(), wait_until="load")
            assert page.evaluate("window.__pwned") is None
            assert _visible_case_order(page) == {"by-verdict": ["cafe-d-4", "park-a-1", "shop-c-3", "lot-b-2"]}
            # the inline style passed the CSP hash (unstyled, the badge would have no background)
            assert (
                page.eval_on_selector(".v-violation", "e => getComputedStyle(e).backgroundColor")
                == "rgb(253, 224, 224)"
            )
            page.wait_for_function(
                "[...document.querySelectorAll('#by-verdict img')].every(i => i.complete && i.naturalWidth > 0)"
            )
            assert page.eval_on_selector_all("#by-verdict img", "imgs => imgs.length") == 4  # 3 photos + 1 screenshot
            page.click("a[href='#by-venue']")
            assert _visible_case_order(page) == {"by-venue": ["cafe-d-4", "park-a-1", "lot-b-2", "shop-c-3"]}
            page.click("a[href='#by-date']")
            assert _visible_case_order(page) == {"by-date": ["lot-b-2", "shop-c-3", "park-a-1", "cafe-d-4"]}
            counts = page.eval_on_selector_all(
                ".counts tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
            )
            assert ["Forced Official Account follow", "1", "1"] in counts
            assert ["Forced login or profile authorization", "1", "0"] in counts
            # one row per category a rule can have (models/categories.py): no row that is always 0
            assert [row[0] for row in counts] == [c.title.en for c in CATEGORY_TABLE.values()]
            hrefs = page.eval_on_selector_all("#by-date td.open a", "as => as.map(a => a.href)")
            assert len(hrefs) == 4 and all(Path(h.removeprefix("file://")).is_file() for h in hrefs)
            assert not [m for m in console if "Content Security Policy" in m]
        finally:
            browser.close()
    thumbs = sorted(p.name for p in (campaign / "_thumbs").iterdir())
    assert thumbs == ["cafe-d-4.jpg", "lot-b-2.jpg", "park-a-1.jpg", "shop-c-3.jpg"]


def test_thumbnails_carry_no_gps_and_ignore_paths_outside_the_folder(campaign: Path):
    from PIL import Image

    build_summary(campaign, ["html"])
    with Image.open(campaign / "_thumbs" / "park-a-1.jpg") as thumb:
        assert max(thumb.size) <= 160 and not thumb.getexif()
    from qraudit.campaign.thumbs import thumbnail_source

    with CampaignStore.open(campaign) as store:
        record = next(r for r in store.audits() if r.case_id == "shop-c-3")
    from dataclasses import replace

    hostile = replace(
        record, report=replace(record.report, target=replace(record.report.target, photo="../../../etc/hosts"))
    )
    assert thumbnail_source(hostile) == record.folder / "step-00.png"


def test_empty_campaign_and_bad_requests(tmp_path: Path):
    CampaignStore.open(tmp_path / "empty").close()
    written = build_summary(tmp_path / "empty", ["html", "csv", "geojson"], lang="en")
    assert "no finished audit" in written["html"].read_text(encoding="utf-8")
    assert json.loads(written["geojson"].read_text(encoding="utf-8")) == {"type": "FeatureCollection", "features": []}
    assert written["csv"].read_text(encoding="utf-8-sig").strip() == ",".join(CSV_COLUMNS)
    with pytest.raises(InputError) as unknown:
        build_summary(tmp_path / "empty", ["html", "kml"])
    assert "known formats: html, csv, geojson, sarif" in unknown.value.one_line()
    with pytest.raises(InputError) as missing:
        build_summary(tmp_path / "nothing-here")
    assert "no campaign.db" in missing.value.one_line()
    assert not (tmp_path / "nothing-here").exists()
