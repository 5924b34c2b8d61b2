from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from qraudit.errors import InputError
from qraudit.evidence import seal_audit
from qraudit.report import default_lang, prepare_assets, write_reports
from qraudit.report.html import CSP
from qraudit.report.images import PHOTO_VIEW, image_size
from tests.report import sample
from tests.report.chromium import visit

SECTIONS = [
    'class="verdict',
    'id="photo"',
    'id="journey"',
    'id="walls"',
    'id="network"',
    'id="environment"',
    'id="integrity"',
]


class Elements(HTMLParser):
    """Every start tag with its attributes, as the browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def html_of(item, lang="zh") -> str:
    report, snapshots, folder = item
    return write_reports(report, folder, ["html"], lang=lang, rules=sample.RULES, snapshots=snapshots)[
        "html"
    ].read_text(encoding="utf-8")


def test_sections_in_the_order_a_reader_needs(audit):
    html = html_of(audit)
    positions = [html.index(marker) for marker in SECTIONS]
    assert positions == sorted(positions)


def test_verdict_in_one_sentence_in_each_language(audit):
    zh, en = html_of(audit, "zh"), html_of(audit, "en")
    assert "在这里付款，必须先关注商家的微信公众号。" in zh and '<html lang="zh-CN">' in zh
    assert "You cannot pay here without following the merchant&#39;s WeChat Official Account." in en
    assert '<html lang="en">' in en


def test_strict_csp_and_no_script_or_handlers_from_the_page(hostile_audit):
    html = html_of(hostile_audit)
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP.replace(chr(39), "&#39;")}">' in html
    tags = parse(html)
    assert not [t for t, _ in tags if t in ("script", "iframe", "object", "embed", "base", "form")]
    assert not [(t, a) for t, attrs in tags for a in attrs if a.startswith("on")]
    hrefs = [attrs["href"] for t, attrs in tags if t == "a"]
    assert hrefs and all(h.startswith(("https://", "http://", "geo:")) for h in hrefs)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html  # shown as text, not dropped
    assert "&lt;/li&gt;&lt;script&gt;window.__pwned=5&lt;/script&gt;" in html  # the earlier walk's quoted line too


def test_opening_the_hostile_report_in_chromium_runs_nothing(hostile_audit):
    html_of(hostile_audit)
    seen = visit((hostile_audit[2] / "report.html").as_uri())
    assert seen.pwned is None
    assert seen.dialogs == []
    assert seen.console == []  # no blocked handler, no refused or missing image
    assert "<script>window.__pwned=1</script>" in seen.text


def test_the_chromium_probe_does_notice_a_script_that_runs(tmp_path: Path):
    """Control for the test above: the same probe on a page that does not escape sees the payload run."""
    page = tmp_path / "unsafe.html"
    page.write_text(f"<html><body><h1>{sample.HOSTILE_TITLE}</h1></body></html>", encoding="utf-8")
    assert visit(page.as_uri()).pwned in (1, 2)


def test_walls_mandatory_first_with_law_and_evidence(audit):
    html = html_of(audit, "en")
    walls = html[html.index('id="walls"') : html.index('id="network"')]
    assert walls.index("Forced Official Account follow") < walls.index("Personal data the payment does not need")
    assert "may not refuse to provide products or services" in walls
    assert "请先关注公众号「城西停车」后继续缴费" in walls and "x 40, y 200, 310×430 px" in walls


def test_outlines_drawn_in_css_pixels_over_the_screenshots(audit):
    tags = parse(html_of(audit))
    shot = next(a for t, a in tags if t == "svg" and a.get("aria-label") == "城西停车场 · 停车缴费")
    assert shot["viewbox"] == "0 0 390.0 844.0"  # a 780x1688 screenshot of a 390-wide viewport
    outlines = [a["points"] for t, a in tags if t == "polygon" and "wall" in a["class"]]
    assert "40.0,200.0 350.0,200.0 350.0,630.0 40.0,630.0" in outlines
    codes = [a["points"] for t, a in tags if t == "polygon" and "code" in a["class"]]
    assert codes == ["390.0,300.0 810.0,300.0 810.0,720.0 390.0,720.0"]


def test_photo_time_place_and_step_story(audit):
    html = html_of(audit, "en")
    assert "2026-03-11T18:42:07+08:00" in html and "31.23040°N, 121.47370°E" in html
    assert 'href="geo:31.230400,121.473700"' in html
    assert "Typed “沪A12345” into “车牌号”" in html and "Refused: tapped “暂不关注”" in html
    assert "Redirected 1 time" in html and "WeixinJSBridge.call(hideOptionMenu)" in html
    assert "hm.baidu.com" in html and "1 (1 blocked)" in html


def test_integrity_block_quotes_the_manifest(audit):
    report, snapshots, folder = audit
    assert "No manifest has been written yet." in html_of(audit, "en")
    sealed = seal_audit(report, folder, ["json", "html"], lang="en", rules=sample.RULES, snapshots=snapshots)
    html = (folder / "report.html").read_text(encoding="utf-8")
    assert sealed.manifest_sha256 == hashlib.sha256((folder / "manifest.json").read_bytes()).hexdigest()
    assert sealed.manifest_sha256 in html and "qraudit verify ./parking-lot-88" in html


def test_photo_copy_is_upright_and_keeps_the_original(tmp_path: Path, audit):
    report, _, folder = audit
    original = folder / "photo.jpg"
    with Image.open(original) as img:
        exif = img.getexif()
        exif[0x0112] = 6  # stored sideways, shown rotated a quarter turn
        img.rotate(90, expand=True).save(original, "JPEG", exif=exif.tobytes())
    before = original.read_bytes()
    prepare_assets(report, folder)
    assert image_size(original) == (1200, 900)
    with Image.open(folder / PHOTO_VIEW) as view:
        assert view.size == (1200, 900) and not view.getexif()  # upright, and no GPS left in the copy
    assert original.read_bytes() == before


def test_unknown_language_and_format_are_one_line_errors(audit):
    report, _, folder = audit
    with pytest.raises(InputError) as err:
        write_reports(report, folder, ["html"], lang="fr")
    assert "use one of: zh, en" in err.value.one_line()
    with pytest.raises(InputError) as err:
        write_reports(report, folder, ["docx"])
    assert "known formats: json, html, pdf, sarif, junit" in err.value.one_line()


def test_default_language_follows_the_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert default_lang() == "zh"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert default_lang() == "en"


def test_file_names_outside_the_folder_are_not_shown(audit, tmp_path: Path):
    from dataclasses import replace

    report, snapshots, folder = audit
    outside = tmp_path / "secret.png"
    Image.new("RGB", (390, 844)).save(outside)
    wall = replace(report.walls[1], evidence=replace(report.walls[1].evidence, screenshot="../secret.png"))
    html = write_reports(replace(report, walls=(report.walls[0], wall)), folder, ["html"], snapshots=snapshots)[
        "html"
    ].read_text(encoding="utf-8")
    assert "secret.png" not in html


def test_each_step_gives_its_real_and_page_clock_times(audit):
    en, zh = html_of(audit, "en"), html_of(audit, "zh")
    assert "0.8 s (the page&#39;s clock moved 8.6 s: its timers were fast-forwarded)" in en  # step 2, a late gate
    assert "0.9 s (page clock 0.9 s; the page kept changing, so it was waited for in real time)" in en
    assert "0.8 秒（页面时钟走过 8.6 秒：计时器被快进）" in zh
