"""The Chromium switches: Playwright's disabled features survive ours, and no browser-UI page runs per audit."""

from __future__ import annotations

import asyncio

from qraudit.capture import browser as browser_module
from qraudit.capture import open_browser
from qraudit.capture.flags import AUDIT_ARGS, HEADLESS_UI_FEATURES, PLAYWRIGHT_DISABLED_FEATURES
from tests.capture.conftest import LOCAL


def _feature_switches(args: list[str]) -> list[set[str]]:
    prefix = "--disable-features="
    return [set(a[len(prefix) :].split(",")) for a in args if a.startswith(prefix)]


def test_the_last_disable_features_switch_keeps_playwrights_list(monkeypatch):
    # Chromium honours only the last --disable-features: ours must carry every feature Playwright disables.
    # CDP tells the command line on every platform and build, but only to a browser started with
    # --enable-automation, so launch one through open_browser with that switch added.
    monkeypatch.setattr(browser_module, "AUDIT_ARGS", AUDIT_ARGS + ("--enable-automation",))

    async def command_line() -> list[str]:
        async with open_browser(LOCAL) as browser:
            cdp = await browser.playwright_browser.new_browser_cdp_session()
            return (await cdp.send("Browser.getBrowserCommandLine"))["arguments"]

    switches = _feature_switches(asyncio.run(command_line()))
    assert len(switches) >= 2, switches  # Playwright's, then ours
    playwrights, ours = switches[0], switches[-1]
    assert playwrights <= ours, f"Playwright disables {sorted(playwrights - ours)} too: add them to flags.py"
    assert set(HEADLESS_UI_FEATURES) <= ours


def test_audit_args_hold_one_disable_features_switch_with_both_lists():
    (switch,) = _feature_switches(list(AUDIT_ARGS))  # a second one would silently replace the first
    assert switch == set(PLAYWRIGHT_DISABLED_FEATURES) | set(HEADLESS_UI_FEATURES)


def test_an_audit_opens_no_browser_ui_page(harness, site):
    server = site()

    async def body(session):
        await session.goto(server.url("/navigator.html"))
        cdp = await harness.browser.playwright_browser.new_browser_cdp_session()
        try:
            return (await cdp.send("Target.getTargets", {}))["targetInfos"]
        finally:
            await cdp.detach()

    targets = harness.session_run(body)
    assert any(t["type"] == "page" and t["url"].endswith("/navigator.html") for t in targets), targets
    assert [t["url"] for t in targets if t["type"] == "browser_ui"] == []
