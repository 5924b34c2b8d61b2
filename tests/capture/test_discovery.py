"""find_browser: which Chromium an audit runs, in the documented order, from real files on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from qraudit.capture.browser import BrowserInfo, find_browser, headless_shell_beside, playwright_chromium_path
from qraudit.errors import BrowserError


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\necho 'Chromium 1.2.3'\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def registry(tmp_path: Path, monkeypatch) -> Path:
    """An empty Playwright browser registry, and a PATH that holds nothing but what a test puts in `bin`."""
    folder = tmp_path / "ms-playwright"
    folder.mkdir()
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(folder))
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # Playwright runs its own node by full path
    monkeypatch.delenv("QRAUDIT_CHROMIUM", raising=False)
    return folder


def _managed(registry: Path, shell: bool) -> tuple[Path, Path | None]:
    """Playwright's full Chromium where Playwright itself expects it, and its headless shell beside it."""
    full = Path(playwright_chromium_path() or "")
    assert registry in full.parents, full  # PLAYWRIGHT_BROWSERS_PATH was honoured
    _executable(full)
    revision = next(p for p in full.parents if p.name.startswith("chromium-")).name.removeprefix("chromium-")
    shell_path = (
        registry / f"chromium_headless_shell-{revision}" / "chrome-headless-shell-linux64" / "chrome-headless-shell"
    )
    return full, _executable(shell_path) if shell else None


def test_the_headless_shell_is_found_beside_playwrights_chromium_on_each_layout(tmp_path: Path):
    linux = tmp_path / "chromium-1255" / "chrome-linux64" / "chrome"
    mac = tmp_path / "chromium-1255" / "chrome-mac-arm64" / "Google Chrome for Testing.app" / "Contents" / "MacOS" / "x"
    assert headless_shell_beside(str(linux)) is None  # nothing installed yet
    shell = _executable(
        tmp_path / "chromium_headless_shell-1255" / "chrome-headless-shell-mac-arm64" / "chrome-headless-shell"
    )
    assert headless_shell_beside(str(linux)) == str(shell)
    assert headless_shell_beside(str(mac)) == str(shell)
    assert (
        headless_shell_beside(str(tmp_path / "chromium-1300" / "chrome-linux64" / "chrome")) is None
    )  # other revision
    assert headless_shell_beside("/usr/bin/chromium") is None


def test_playwrights_headless_shell_comes_first(registry: Path):
    _, shell = _managed(registry, shell=True)
    _executable(registry.parent / "bin" / "chromium")
    assert find_browser() == BrowserInfo(str(shell), "playwright")
    assert find_browser().headless_shell


def test_playwrights_full_chromium_when_it_has_no_shell(registry: Path):
    full, _ = _managed(registry, shell=False)
    _executable(registry.parent / "bin" / "chromium-headless-shell")
    info = find_browser()
    assert info == BrowserInfo(str(full), "playwright") and not info.headless_shell


def test_the_systems_headless_shell_before_its_full_chromium(registry: Path):
    full = _executable(registry.parent / "bin" / "chromium")
    assert find_browser() == BrowserInfo(str(full), "system")
    shell = _executable(registry.parent / "bin" / "chromium-headless-shell")
    assert find_browser() == BrowserInfo(str(shell), "system")


def test_qraudit_chromium_overrides_everything(registry: Path, monkeypatch):
    _managed(registry, shell=True)
    chosen = _executable(registry.parent / "elsewhere" / "my-chrome")
    monkeypatch.setenv("QRAUDIT_CHROMIUM", str(chosen))
    assert find_browser() == BrowserInfo(str(chosen), "env")


def test_no_browser_anywhere_is_a_browser_error_with_the_install_hint(registry: Path):
    with pytest.raises(BrowserError) as err:
        find_browser()
    assert "no Chromium found" in err.value.one_line() and "playwright install chromium" in err.value.one_line()
