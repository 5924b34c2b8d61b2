"""The Chromium switches: Playwright's disabled features survive ours, and no browser-UI page runs per audit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from qraudit.capture.flags import AUDIT_ARGS, HEADLESS_UI_FEATURES, PLAYWRIGHT_DISABLED_FEATURES


def _descendant_cmdlines() -> list[list[str]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, frontier = [], [os.getpid()]
    while frontier:
        for pid in children.get(frontier.pop(), []):
            frontier.append(pid)
            try:
                found.append(Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0"))
            except OSError:
                pass
    return found


def _feature_switches(args: list[str]) -> list[set[str]]:
    prefix = "--disable-features="
    return [set(a[len(prefix):].split(",")) for a in args if a.startswith(prefix)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the browser's command line from /proc")
def test_the_last_disable_features_switch_keeps_playwrights_list(harness):
    # Chromium honours only the last --disable-features: ours must carry every feature Playwright disables.
    launched = [args for args in _descendant_cmdlines() if "--remote-debugging-pipe" in args]
    assert launched, "no Chromium started by this test process"
    for args in launched:
        switches = _feature_switches(args)
        assert len(switches) >= 2, args  # Playwright's, then ours
        playwrights, ours = switches[0], switches[-1]
        assert playwrights <= ours, f"Playwright disables {sorted(playwrights - ours)} too: add them to flags.py"
        assert set(HEADLESS_UI_FEATURES) <= ours


def test_mirrored_list_is_what_the_audit_browser_gets():
    (switch,) = _feature_switches(list(AUDIT_ARGS))
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
