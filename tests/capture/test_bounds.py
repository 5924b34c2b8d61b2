"""Hostile pages end the audit with what was captured; the process never hangs."""

from __future__ import annotations

from dataclasses import replace

from qraudit.models import Action
from qraudit.models.budget import Budget
from tests.capture.conftest import LOCAL, control
from tests.support.server import Reply


def test_endless_script_ends_the_session_with_an_error(harness, site):
    server = site()

    async def body(session):
        first = await session.goto(server.url("/loop.html"))
        again = await session.act(Action("reload"))
        return first, again

    first, again = harness.session_run(body, replace(LOCAL, step_timeout_s=15))
    assert first.error and "stopped responding" in first.error
    assert first.url == server.url("/loop.html") and first.step == 1
    assert any(r.url.endswith("/loop.html") and r.status == 200 for r in first.requests)
    assert again.error == first.error and again.step == 2  # ended: no more browser calls


def test_redirect_loop_is_cut_at_max_redirects(harness, site):
    server = site({"/again": lambda r: Reply(302, headers={"Location": "/again"})})
    snap = harness.capture(server.url("/again"), replace(LOCAL, max_redirects=5))[0]
    assert snap.error and "more than 5 redirects" in snap.error
    assert len(snap.redirects) == 5 and {h.status for h in snap.redirects} == {302}
    assert len(server.seen()) == 5


def test_page_that_never_stops_mutating_is_still_captured(harness, site):
    server = site()
    snap = harness.capture(server.url("/mutating.html"))[0]
    assert snap.error is None and snap.title == "倒计时" and "剩余" in snap.visible_text


def test_200000_element_page_is_read_within_budget(harness, site):
    server = site()
    snap = harness.capture(server.url("/big.html"))[0]
    assert snap.error is None and control(snap, "下单").enabled
    assert "菜品0" in snap.visible_text and snap.truncated


def test_crashed_renderer_ends_the_session(harness, site):
    server = site()

    async def body(session):
        await session.goto(server.url("/landing.html"))
        try:
            await session.page.goto("chrome://crash", timeout=5000)  # test-only: the guard refuses this URL
        except Exception:
            pass
        return await session.act(Action("reload")), await session.act(Action("reload"))

    crashed, later = harness.session_run(body)
    assert crashed.error == "renderer crashed" and later.error == "renderer crashed"


def test_max_steps_and_audit_deadline(harness, site):
    server = site()

    async def steps(session):
        return [await session.goto(server.url("/landing.html")) for _ in range(3)]

    snaps = harness.session_run(steps, replace(LOCAL, budget=Budget(max_steps=2, step_margin=0)))
    assert [s.error for s in snaps[:2]] == [None, None]
    assert snaps[2].error == "the audit reached its limit of 2 steps"
    late = harness.session_run(steps, replace(LOCAL, budget=Budget(timeout_s=0.5, time_margin_s=0), dwell_s=0.6))
    assert late[0].error is None and "deadline" in late[1].error


def test_unreachable_start_url_is_an_error_not_an_exception(harness, site):
    server = site()
    dead = server.url("/").replace(str(server._httpd.server_address[1]), "9")  # port 9: nothing listens
    snap = harness.capture(dead)[0]
    assert snap.error and snap.error.startswith("could not open")
