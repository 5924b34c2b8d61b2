"""The headless shell and the full Chromium see the same page: an audit does not depend on the build found."""

from __future__ import annotations

import shutil
from dataclasses import replace
from typing import Any

import pytest

from qraudit.capture import capture_pages
from qraudit.models import Snapshot
from qraudit.serde import to_data
from tests.capture.conftest import LOCAL

BUILDS = {"headless shell": shutil.which("chromium-headless-shell"), "full": shutil.which("chromium")}
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
    return _boxes_and_rest({k: data[k] for k in ("url", "title", "frames", "texts", "fields", "controls",
                                                  "checkboxes", "overlays", "images", "bridge_calls", "error")},
                           boxes), boxes


@pytest.mark.skipif(not all(BUILDS.values()), reason=f"needs both system builds on PATH, found {BUILDS}")
def test_both_builds_give_the_same_snapshots(site, monkeypatch):
    server = site()
    urls = [server.url(path) for path in PAGES]
    seen = {}
    for build, path in BUILDS.items():
        monkeypatch.setenv("QRAUDIT_CHROMIUM", str(path))
        seen[build] = [_seen(s) for s in capture_pages(urls, replace(LOCAL, dwell_s=0.6))]
    for url, (shell, shell_boxes), (full, full_boxes) in zip(urls, seen["headless shell"], seen["full"]):
        assert shell == full, url
        assert shell["texts"] and shell["controls"] or url.endswith("navigator.html"), url  # it read something
        assert len(shell_boxes) == len(full_boxes), url
        assert max((abs(a - b) for a, b in zip(shell_boxes, full_boxes)), default=0.0) <= BOX_SLACK_PX, url
