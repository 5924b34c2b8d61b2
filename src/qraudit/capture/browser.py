"""Find a Chromium (QRAUDIT_CHROMIUM, then Playwright's managed browser, then the system's) and run it."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qraudit.capture.flags import AUDIT_ARGS
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


# ---------------------------------------------------------------- one Chromium per run

LAUNCH_TIMEOUT_S = 60.0


class CaptureBrowser:
    """A running Chromium; `session()` gives each audit a fresh context."""

    def __init__(self, browser: Any, options: Any):
        self._browser = browser
        self.options = options

    @property
    def version(self) -> str:
        return self._browser.version

    @property
    def playwright_browser(self) -> Any:
        """The Playwright Browser, for callers that need more than sessions (tests, debugging)."""
        return self._browser

    @asynccontextmanager
    async def session(self, evidence_dir: Path | None = None, options: Any = None) -> AsyncIterator[Any]:
        from qraudit.capture.session import Session

        session = await Session.open(self._browser, evidence_dir, options or self.options)
        try:
            yield session
        finally:
            await session.close()


@asynccontextmanager
async def open_browser(options: Any = None) -> AsyncIterator[CaptureBrowser]:
    """Launch Chromium (found by find_browser) or connect to `options.browser_endpoint`; close it after."""
    from playwright.async_api import Error as PlaywrightError, async_playwright

    from qraudit.capture.options import CaptureOptions

    options = options or CaptureOptions()
    playwright = await async_playwright().start()
    try:
        try:
            if options.browser_endpoint:
                browser = await playwright.chromium.connect(options.browser_endpoint, timeout=LAUNCH_TIMEOUT_S * 1000)
            else:
                info = await asyncio.to_thread(find_browser)
                browser = await playwright.chromium.launch(
                    executable_path=info.path, args=list(AUDIT_ARGS), timeout=LAUNCH_TIMEOUT_S * 1000
                )
        except PlaywrightError as exc:
            where = options.browser_endpoint or "chromium"
            raise BrowserError(f"browser failed to start: {str(exc).splitlines()[0]}", location=where,
                               hint=INSTALL_HINT) from None
        try:
            yield CaptureBrowser(browser, options)
        finally:
            try:
                await asyncio.wait_for(browser.close(), 30)
            except (PlaywrightError, asyncio.TimeoutError):
                pass
    finally:
        await playwright.stop()
