"""Dialogs are dismissed, pop-ups captured and closed, downloads refused; each recorded with its step."""

from __future__ import annotations

from urllib.parse import urlsplit

from qraudit.models import Action
from tests.capture.conftest import control
from tests.support.server import Reply

APK = {
    "/file.bin": lambda r: Reply(
        200,
        b"PK\x03\x04 not really an apk",
        content_type="application/octet-stream",
        headers={"Content-Disposition": "attachment; filename=shop.apk"},
    )
}


def test_alert_confirm_prompt_are_dismissed_and_recorded(harness, site):
    server = site()
    first = harness.capture(server.url("/dialogs.html"))[0]
    assert [(d.type, d.message, d.step) for d in first.dialogs] == [("alert", "请先关注公众号", 1)]
    second = harness.capture(server.url("/dialogs.html"), actions=[Action("click", ref=control(first, "确认").ref)])[1]
    assert [(d.type, d.step) for d in second.dialogs] == [("confirm", 2), ("prompt", 2)]
    assert second.dialogs[0].message == "是否同意授权手机号？"
    assert "confirm=false prompt=null" in second.visible_text  # refused, as a careful payer would


def test_beforeunload_does_not_hold_the_audit(harness, site):
    server = site()
    first = harness.capture(server.url("/dialogs.html"))[0]
    snaps = harness.capture(
        server.url("/dialogs.html"),
        actions=[Action("click", ref=control(first, "确认").ref), Action("goto", value=server.url("/landing.html"))],
    )
    assert snaps[2].title == "落地页"
    assert [d.type for d in snaps[2].dialogs] in ([], ["beforeunload"])  # Chromium asks only after a user gesture


def test_popups_are_captured_and_closed(harness, site):
    server = site()
    first = harness.capture(server.url("/popup.html"))[0]

    async def body(session):
        await session.goto(server.url("/popup.html"))
        opened = await session.act(Action("click", ref=control(first, "打开活动页").ref))
        tab = await session.act(Action("click", ref=control(first, "新标签").ref))
        return opened, tab, len(session.page.context.pages)

    opened, tab, pages = harness.session_run(body)
    assert [urlsplit(u).query for u in opened.popups] == ["from=popup"]
    assert [urlsplit(u).query for u in tab.popups] == ["from=blank"]
    assert opened.title == tab.title == "新窗口" and pages == 1
    assert any(r.url.endswith("from=popup") and r.status == 200 for r in opened.requests)  # routed like the page


def test_downloads_are_refused_and_recorded(harness, site, tmp_path):
    server = site(APK)
    first = harness.capture(server.url("/popup.html"))[0]
    snap = harness.capture(
        server.url("/popup.html"), actions=[Action("click", ref=control(first, "下载App").ref)], evidence_dir=tmp_path
    )[1]
    assert [(d.filename, d.url, d.step) for d in snap.downloads] == [("shop.apk", server.url("/file.bin"), 2)]
    assert snap.title == "新窗口" and not list(tmp_path.rglob("shop.apk"))
