"""The browser layer: a safe WeChat/Alipay-like Chromium session that records evidence at every step.

async with open_browser(options) as browser:
    async with browser.session(evidence_dir, options) as session:
        snapshot = await session.goto(url)
        snapshot = await session.act(Action(kind="click", ref="r12"))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qraudit.capture.browser import CaptureBrowser, find_browser, open_browser  # noqa: F401
    from qraudit.capture.options import CaptureOptions, Keypad  # noqa: F401
    from qraudit.capture.pages import capture_pages  # noqa: F401
    from qraudit.capture.payment import payment_signal  # noqa: F401
    from qraudit.capture.session import Session  # noqa: F401

# Loaded on first use, not on `import qraudit.capture.options`: the walk, the rules and `qraudit --help`
# read plain data from this package and must not pay for (or need) Playwright.
_HOMES = {
    "CaptureBrowser": "browser",
    "find_browser": "browser",
    "open_browser": "browser",
    "CaptureOptions": "options",
    "Keypad": "options",
    "capture_pages": "pages",
    "payment_signal": "payment",
    "Session": "session",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'qraudit.capture' has no attribute {name!r}")
    return getattr(importlib.import_module(f"qraudit.capture.{_HOMES[name]}"), name)
