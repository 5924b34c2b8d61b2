"""The page clock: late gates are caught at once with the virtual clock, and each step says which clock it ran on."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from qraudit.models import Action
from tests.capture.conftest import LOCAL, control
from tests.support.server import Reply


def _gate_shown(snap) -> bool:
    return any("关注公众号" in o.text for o in snap.overlays)


@pytest.mark.parametrize("delay_ms", [4000, 8000])
def test_virtual_clock_catches_a_gate_scheduled_after_arrival(harness, site, delay_ms):
    snap = harness.capture(site().url(f"/late.html?arrive={delay_ms}"))[0]
    assert _gate_shown(snap)
    assert snap.clock == "virtual"
    assert snap.page_s >= delay_ms / 1000  # the page lived through the delay...
    assert snap.wall_s < snap.page_s  # ...in less real time: the timers were jumped over


@pytest.mark.parametrize("delay_ms", [4000, 8000])
def test_virtual_clock_catches_a_gate_scheduled_after_a_tap(harness, site, delay_ms):
    server = site()

    async def body(session):
        first = await session.goto(server.url(f"/late.html?tap={delay_ms}"))
        return first, await session.act(Action("click", ref=control(first, "立即缴费").ref))

    first, after = harness.session_run(body)
    assert not _gate_shown(first) and _gate_shown(after)
    assert after.clock == "virtual" and after.page_s >= delay_ms / 1000 > after.wall_s


def test_a_gate_beyond_the_horizon_is_not_waited_for(harness, site):
    snap = harness.capture(site().url("/late.html?arrive=8000"), replace(LOCAL, late_wall_s=5.0))[0]
    assert not _gate_shown(snap) and snap.clock == "virtual" and snap.page_s < 8


def test_the_page_sees_its_own_clock_move_on(harness, site):
    """Date follows the page clock: a page that measures the wait sees the 8 s it waited."""
    server = site()

    async def body(session):
        snap = await session.goto(server.url("/late.html?arrive=8000"))
        return snap, await session.page.evaluate("Date.now() - window.startedAt")

    snap, elapsed_ms = harness.session_run(body)
    assert _gate_shown(snap) and elapsed_ms >= 8000


def test_real_clock_waits_for_the_gate(harness, site):
    snap = harness.capture(site().url("/late.html?arrive=4000"), replace(LOCAL, clock="real"))[0]
    assert _gate_shown(snap)
    assert snap.clock == "real" and snap.wall_s >= 4 and snap.page_s == snap.wall_s


def test_a_page_that_never_goes_quiet_falls_back_to_real_time(harness, site):
    snap = harness.capture(site().url("/mutating.html"))[0]
    assert snap.error is None and "剩余" in snap.visible_text
    assert snap.clock == "fallback"


def test_waiting_for_a_slow_answer_keeps_the_virtual_clock(harness, site):
    """A menu the server sends after 2.5 s, then a gate 4 s later: the wait on the server is not the page being busy."""
    page = (
        "<title>点餐</title><div id=menu>加载中</div><script>"
        "fetch('/api/menu').then(r => r.text()).then(t => { menu.textContent = t;"
        " setTimeout(() => document.body.insertAdjacentHTML('beforeend',"
        " '<div style=\"position:fixed;inset:0;background:#fff;z-index:9\">请先关注公众号</div>'), 4000); });"
        "</script>"
    )

    def slow_menu(request):
        time.sleep(2.5)
        return Reply(200, "宫保鸡丁 ¥28", content_type="text/plain; charset=utf-8")

    server = site({"/order": lambda r: Reply(200, page), "/api/menu": slow_menu})
    snap = harness.capture(server.url("/order"))[0]
    assert "宫保鸡丁" in snap.visible_text and _gate_shown(snap)
    assert snap.clock == "virtual" and snap.page_s >= 6.5
