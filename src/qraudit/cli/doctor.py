"""`qraudit doctor`: what this machine has for qraudit, and the fix for anything missing."""

from __future__ import annotations

import ctypes.util
import platform
import subprocess
from dataclasses import dataclass

from rich.table import Table

from qraudit.cli.app import app, console, guarded
from qraudit.errors import BrowserError
from qraudit.exitcodes import ExitCode


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    found: str
    fix: str = ""


def check_python() -> Check:
    return Check("python", True, f"{platform.python_version()} ({platform.python_implementation()})")


def check_browser() -> Check:
    from qraudit.capture.browser import INSTALL_HINT, find_browser

    try:
        info = find_browser()
    except BrowserError as exc:
        return Check("browser", False, exc.message, INSTALL_HINT)
    return Check("browser", True, f"{info.describe()} from {info.source}")


def check_zbar() -> Check:
    try:
        from pyzbar import pyzbar  # noqa: F401  (loads libzbar)
    except (ImportError, OSError) as exc:
        return Check("zbar", False, str(exc), "sudo apt-get install -y libzbar0  (macOS: brew install zbar)")
    return Check("zbar", True, ctypes.util.find_library("zbar") or "libzbar loaded")


def check_fonts() -> Check:
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return Check("cjk fonts", False, "fc-list not available", "sudo apt-get install -y fontconfig fonts-noto-cjk")
    families = sorted({line.split(",")[0].strip() for line in out.splitlines() if line.strip()})
    if not families:
        return Check("cjk fonts", False, "no Chinese font", "sudo apt-get install -y fonts-noto-cjk")
    return Check("cjk fonts", True, ", ".join(families[:3]) + (" …" if len(families) > 3 else ""))


def check_opencv() -> Check:
    try:
        import cv2
    except ImportError as exc:
        return Check("opencv", False, str(exc), "pip install 'opencv-contrib-python-headless<5'")
    has_wechat = hasattr(cv2, "wechat_qrcode_WeChatQRCode")
    fix = "" if has_wechat else "pip install 'opencv-contrib-python-headless<5' (the contrib build has wechat_qrcode)"
    return Check("opencv", has_wechat, f"{cv2.__version__}, wechat_qrcode {'yes' if has_wechat else 'missing'}", fix)


def check_zxing() -> Check:
    try:
        import zxingcpp
    except ImportError as exc:
        return Check("zxing-cpp", False, str(exc), "pip install zxing-cpp")
    return Check("zxing-cpp", True, getattr(zxingcpp, "__version__", "installed"))


CHECKS = (check_python, check_browser, check_zbar, check_fonts, check_opencv, check_zxing)


@app.command()
@guarded
def doctor() -> None:
    """Show Python, the browser, zbar, CJK fonts and the OpenCV build, with the fix for anything missing."""
    results = [check() for check in CHECKS]
    table = Table(title="qraudit doctor")
    for column in ("check", "status", "found", "fix"):
        table.add_column(column)
    for r in results:
        table.add_row(r.name, "[green]ok[/]" if r.ok else "[red]missing[/]", r.found, r.fix)
    console.print(table)
    if not all(r.ok for r in results):
        raise SystemExit(int(ExitCode.USAGE))
