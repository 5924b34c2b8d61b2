"""The browser layer: a safe WeChat/Alipay-like Chromium session that records evidence at every step.

    async with open_browser(options) as browser:
        async with browser.session(evidence_dir, options) as session:
            snapshot = await session.goto(url)
            snapshot = await session.act(Action(kind="click", ref="r12"))
"""

from __future__ import annotations

from qraudit.capture.browser import CaptureBrowser, find_browser, open_browser
from qraudit.capture.options import CaptureOptions, Keypad
from qraudit.capture.pages import capture_pages
from qraudit.capture.payment import payment_signal
from qraudit.capture.session import Session

__all__ = [
    "CaptureBrowser",
    "CaptureOptions",
    "Keypad",
    "Session",
    "capture_pages",
    "find_browser",
    "open_browser",
    "payment_signal",
]
