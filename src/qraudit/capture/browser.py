"""Find a Chromium: QRAUDIT_CHROMIUM, then Playwright's managed browser, then the system's."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from qraudit.errors import BrowserError

SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = (
    "run 'playwright install chromium', install your system's 'chromium' package, "
    "or set QRAUDIT_CHROMIUM=/path/to/chrome"
)


@dataclass(frozen=True)
class BrowserInfo:
    path: str
    source: str  # env | playwright | system

    def version(self) -> str:
        try:
            out = subprocess.run([self.path, "--version"], capture_output=True, text=True, timeout=20)
            return out.stdout.strip() or out.stderr.strip() or "unknown"
        except (OSError, subprocess.SubprocessError) as exc:
            return f"unknown ({exc})"


def playwright_managed_chromium() -> str | None:
    """The executable Playwright would launch by default, if it has been downloaded."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            path = pw.chromium.executable_path
    except Exception:  # no driver, no node: treat as absent
        return None
    return path if path and Path(path).is_file() else None


def find_browser() -> BrowserInfo:
    env = os.environ.get("QRAUDIT_CHROMIUM")
    if env:
        if Path(env).is_file() and os.access(env, os.X_OK):
            return BrowserInfo(env, "env")
        raise BrowserError("QRAUDIT_CHROMIUM is not an executable file", location=env, hint=INSTALL_HINT)
    managed = playwright_managed_chromium()
    if managed:
        return BrowserInfo(managed, "playwright")
    for name in SYSTEM_BROWSERS:
        found = shutil.which(name)
        if found:
            return BrowserInfo(found, "system")
    raise BrowserError("no Chromium found", hint=INSTALL_HINT)
