"""Evidence files per step, network.har and trace.zip; nothing written without an evidence folder."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace

from PIL import Image

from qraudit.capture import capture_pages
from qraudit.models import Action, Snapshot
from qraudit.serde import from_data
from tests.capture.conftest import LOCAL, control

FULL = replace(LOCAL, full_page=True, trace=True, har=True)


def test_every_step_leaves_its_files(harness, site, tmp_path):
    server = site()
    first = harness.capture(server.url("/wechat-pay.html"))[0]
    snaps = harness.capture(
        server.url("/wechat-pay.html"),
        FULL,
        actions=[Action("click", ref=control(first, "立即支付").ref)],
        evidence_dir=tmp_path,
    )
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "network.har",
        "step-01-full.png",
        "step-01.html",
        "step-01.json",
        "step-01.png",
        "step-02-full.png",
        "step-02.html",
        "step-02.json",
        "step-02.png",
        "trace.zip",
    ]
    for snap in snaps:
        saved = from_data(Snapshot, json.loads((tmp_path / f"step-{snap.step:02d}.json").read_text(encoding="utf-8")))
        assert saved == snap
        assert (snap.screenshot, snap.full_screenshot, snap.dom_file) == (
            f"step-{snap.step:02d}.png",
            f"step-{snap.step:02d}-full.png",
            f"step-{snap.step:02d}.html",
        )
    with Image.open(tmp_path / "step-01.png") as shot:
        assert shot.size == (390, 844)  # CSS pixels, not device pixels
    assert "立即支付" in (tmp_path / "step-01.html").read_text(encoding="utf-8")
    assert 'data-qraudit-ref="' in (tmp_path / "step-01.html").read_text(encoding="utf-8")
    har = json.loads((tmp_path / "network.har").read_text(encoding="utf-8"))
    assert any(e["request"]["url"].endswith("/paid.html") for e in har["log"]["entries"])
    with zipfile.ZipFile(tmp_path / "trace.zip") as trace:
        assert any(n.endswith(".trace") for n in trace.namelist())


def test_a_failed_step_still_leaves_its_json(harness, site, tmp_path):
    server = site()

    async def body(session):
        return await session.goto(server.url("/loop.html"))

    snap = harness.session_run(body, replace(FULL, step_timeout_s=15), evidence_dir=tmp_path)
    saved = json.loads((tmp_path / "step-01.json").read_text(encoding="utf-8"))
    assert saved["error"] == snap.error and "stopped responding" in snap.error


def test_no_evidence_dir_writes_nothing(harness, site, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    server = site()
    snap = harness.capture(server.url("/wechat-pay.html"), FULL)[0]
    assert snap.screenshot is None and snap.dom_file is None and list(tmp_path.iterdir()) == []


def test_capture_pages_gives_one_snapshot_per_url_in_order(site):
    server = site()
    urls = [server.url("/landing.html"), server.url("/paid.html"), "http://127.0.0.2/", server.url("/form.html")]
    snaps = capture_pages(urls, replace(LOCAL, dwell_s=0.1))
    assert [s.title for s in snaps] == ["落地页", "支付成功", "", "填写信息"]
    assert snaps[2].error and "loopback" in snaps[2].error
    assert all(s.step == 1 for s in snaps)


def test_sessions_share_nothing(harness, site):
    server = site()

    async def body(session):
        await session.goto(server.url("/landing.html"))
        await session.page.evaluate("localStorage.setItem('openid', 'o1'); document.cookie = 'sid=1'")
        return await session.goto(server.url("/landing.html"))

    marked = harness.session_run(body)
    fresh = harness.capture(server.url("/landing.html"))[0]
    assert "local:openid" in marked.storage_keys and "sid@127.0.0.1" in marked.cookies
    assert fresh.storage_keys == () and fresh.cookies == ()


def test_a_truncated_har_is_kept_as_it_is_not_rewritten(tmp_path):
    # A context that did not close cleanly can leave half a HAR: it stays evidence, untouched.
    from qraudit.capture.evidence import har_as_sent

    har = tmp_path / "network.har"
    har.write_text(
        '{"log": {"entries": [{"request": {"headers": [{"name": "sec-ch-ua", "value": "x"}', encoding="utf-8"
    )
    before = har.read_bytes()
    har_as_sent(har, {})
    har_as_sent(tmp_path / "missing.har", {})
    assert har.read_bytes() == before and not (tmp_path / "missing.har").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["network.har"]  # no partial file left behind
