"""The headless shell and the full Chromium see the same page: an audit does not depend on the build found."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from qraudit.capture import capture_pages
from qraudit.capture.browser import installed_builds
from qraudit.models import Snapshot
from qraudit.serde import to_data
from tests.capture.conftest import LOCAL

PAGES = ("/overlay.html?delay=200", "/form.html", "/frames.html", "/links.html", "/wechat-pay.html", "/navigator.html")
BOX_SLACK_PX = 1.0  # glyph advances differ in the last subpixel between the builds


def _boxes_and_rest(value: Any, boxes: list[float]) -> Any:
    """`value` with every box taken out into `boxes`, so that the rest compares exactly."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key == "box" and isinstance(item, dict):
                boxes.extend(float(v) for v in item.values())
            else:
                out[key] = _boxes_and_rest(item, boxes)
        return out
    if isinstance(value, list):
        return [_boxes_and_rest(v, boxes) for v in value]
    return value


def _seen(snapshot: Snapshot) -> tuple[dict, list[float]]:
    data = to_data(snapshot)
    boxes: list[float] = []
    return _boxes_and_rest(
        {
            k: data[k]
            for k in (
                "url",
                "title",
                "frames",
                "texts",
                "fields",
                "controls",
                "checkboxes",
                "overlays",
                "images",
                "bridge_calls",
                "error",
            )
        },
        boxes,
    ), boxes


def test_both_builds_give_the_same_snapshots(site, monkeypatch):
    # Setup installs both where it can ('playwright install chromium' brings both; Debian packages both).
    builds = installed_builds()
    missing = [build for build, info in builds.items() if info is None]
    assert not missing, (
        f"no {' or '.join(missing)} Chromium here: run 'playwright install chromium' or apt-get "
        "install chromium chromium-headless-shell"
    )
    server = site()
    urls = [server.url(path) for path in PAGES]
    seen = {}
    for build, info in builds.items():
        monkeypatch.setenv("QRAUDIT_CHROMIUM", info.path)  # type: ignore[union-attr]
        # a dwell long enough for the delayed overlay, on a busy machine too
        seen[build] = [_seen(s) for s in capture_pages(urls, replace(LOCAL, dwell_s=1.0))]
    for url, (shell, shell_boxes), (full, full_boxes) in zip(urls, seen["headless shell"], seen["full"]):
        assert shell == full, url
        assert shell["texts"] and shell["controls"] or url.endswith("navigator.html"), url  # it read something
        assert len(shell_boxes) == len(full_boxes), url
        assert max((abs(a - b) for a, b in zip(shell_boxes, full_boxes)), default=0.0) <= BOX_SLACK_PX, url
