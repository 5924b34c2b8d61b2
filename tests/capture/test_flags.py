"""The Chromium switches: Playwright's disabled features survive ours, and no browser-UI page runs per audit."""

from __future__ import annotations

from qraudit.capture.flags import AUDIT_ARGS, HEADLESS_UI_FEATURES, PLAYWRIGHT_DISABLED_FEATURES


def _feature_switches(args: list[str]) -> list[set[str]]:
    prefix = "--disable-features="
    return [set(a[len(prefix):].split(",")) for a in args if a.startswith(prefix)]


def test_the_last_disable_features_switch_keeps_playwrights_list(harness):
    # Chromium honours only the last --disable-features: ours must carry every feature Playwright disables.
    async def command_line() -> list[str]:
        # chrome://version shows the browser's command line on every platform (a plain context: audits refuse chrome:)
        context = await harness.browser.playwright_browser.new_context()
        try:
            page = await context.new_page()
            await page.goto("chrome://version")
            return (await page.inner_text("#command_line")).split()
        finally:
            await context.close()

    switches = _feature_switches(harness.run(command_line()))
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
