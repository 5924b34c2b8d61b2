"""Find a Chromium and run it.

Order: QRAUDIT_CHROMIUM; Playwright's headless shell, then its full Chromium; the system's headless shell,
then its full Chromium. The headless shell is what Playwright itself launches for headless runs: the same
Blink, without a browser window behind each page, at about two thirds of the CPU of an audit (see
docs/benchmarks.md). What a page or a server can tell apart is set by the device profile, not the build.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qraudit.capture.flags import AUDIT_ARGS
from qraudit.errors import BrowserError

SYSTEM_SHELLS = ("chromium-headless-shell", "chrome-headless-shell")
SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = (
    "run 'playwright install chromium', install your system's 'chromium' package, "
    "or set QRAUDIT_CHROMIUM=/path/to/chrome"
)


@dataclass(frozen=True)
class BrowserInfo:
    path: str
    source: str  # env | playwright | system

    @property
    def headless_shell(self) -> bool:
        return "headless" in Path(self.path).name

    @property
    def build(self) -> str:
        """ "headless shell" or "" (a full Chromium): the report's browser version carries it."""
        return "headless shell" if self.headless_shell else ""

    def describe(self) -> str:
        """Path, version and build, for benchmarks and `qraudit doctor`."""
        return f"{self.path} ({self.version()}{', ' + self.build if self.build else ''})"

    def version(self) -> str:
        try:
            out = subprocess.run([self.path, "--version"], capture_output=True, text=True, timeout=20)
            return out.stdout.strip() or out.stderr.strip() or "unknown"
        except (OSError, subprocess.SubprocessError) as exc:
            return f"unknown ({exc})"


def playwright_chromium_path() -> str | None:
    """Where Playwright keeps (or would keep) its full Chromium; None without a working Playwright driver."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            return str(pw.chromium.executable_path) or None
    except Exception:  # no driver, no node: treat as absent
        return None


def headless_shell_beside(chromium: str) -> str | None:
    """Playwright's headless shell of the same revision: `<registry>/chromium_headless_shell-<rev>/*/...`."""
    for folder in Path(chromium).parents:
        if folder.name.startswith("chromium-"):
            revision = folder.name.removeprefix("chromium-")
            shell_dir = folder.parent / f"chromium_headless_shell-{revision}"
            for name in ("chrome-headless-shell", "chrome-headless-shell.exe"):
                found = sorted(shell_dir.glob(f"*/{name}"))
                if found:
                    return str(found[0])
            return None
    return None


def _executable(path: str | None) -> bool:
    return bool(path) and Path(path).is_file() and os.access(path, os.X_OK)  # type: ignore[arg-type]


def _installed() -> Iterator[BrowserInfo]:
    """Every Chromium found, in the order of preference (QRAUDIT_CHROMIUM aside)."""
    managed = playwright_chromium_path()
    for path in (headless_shell_beside(managed) if managed else None, managed):
        if _executable(path):
            yield BrowserInfo(path, "playwright")  # type: ignore[arg-type]
    for name in SYSTEM_SHELLS + SYSTEM_BROWSERS:
        found = shutil.which(name)
        if found:
            yield BrowserInfo(found, "system")


def find_browser() -> BrowserInfo:
    env = os.environ.get("QRAUDIT_CHROMIUM")
    if env:
        if _executable(env):
            return BrowserInfo(env, "env")
        raise BrowserError("QRAUDIT_CHROMIUM is not an executable file", location=env, hint=INSTALL_HINT)
    found = next(_installed(), None)
    if found is None:
        raise BrowserError("no Chromium found", hint=INSTALL_HINT)
    return found


def installed_builds() -> dict[str, BrowserInfo | None]:
    """The preferred headless shell and the preferred full Chromium, each None when there is none."""
    shells: list[BrowserInfo] = []
    fulls: list[BrowserInfo] = []
    for info in _installed():
        (shells if info.headless_shell else fulls).append(info)
    return {"headless shell": shells[0] if shells else None, "full": fulls[0] if fulls else None}


# ---------------------------------------------------------------- one Chromium per run

LAUNCH_TIMEOUT_S = 60.0


class CaptureBrowser:
    """A running Chromium; `session()` gives each audit a fresh context."""

    def __init__(self, browser: Any, options: Any, build: str = ""):
        self._browser = browser
        self.options = options
        self.build = build  # "headless shell", or "" for a full Chromium or a remote one

    @property
    def version(self) -> str:
        """For the report: the two builds render the same Blink, but the evidence says which one ran."""
        return f"{self._browser.version} ({self.build})" if self.build else self._browser.version

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
    from playwright.async_api import Error as PlaywrightError
    from playwright.async_api import async_playwright

    from qraudit.capture.options import CaptureOptions

    options = options or CaptureOptions()
    playwright = await async_playwright().start()
    try:
        try:
            build = ""
            if options.browser_endpoint:
                browser = await playwright.chromium.connect(options.browser_endpoint, timeout=LAUNCH_TIMEOUT_S * 1000)
            else:
                info = await asyncio.to_thread(find_browser)
                build = info.build
                browser = await playwright.chromium.launch(
                    executable_path=info.path, args=list(AUDIT_ARGS), timeout=LAUNCH_TIMEOUT_S * 1000
                )
        except PlaywrightError as exc:
            where = options.browser_endpoint or "chromium"
            raise BrowserError(
                f"browser failed to start: {str(exc).splitlines()[0]}", location=where, hint=INSTALL_HINT
            ) from None
        try:
            yield CaptureBrowser(browser, options, build)
        finally:
            try:
                await asyncio.wait_for(browser.close(), 30)
            except (TimeoutError, PlaywrightError):
                pass
    finally:
        await playwright.stop()
