"""The walk and `qraudit --help` never import Playwright: they run where no browser is installed, and start fast."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBES = {
    "walk": "import qraudit.walk.walker, qraudit.walk.verdict, qraudit.walk.candidates",
    "help": (
        "from typer.testing import CliRunner; from qraudit.cli import app; "
        "assert CliRunner().invoke(app, ['--help']).exit_code == 0"
    ),
}


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_no_playwright_is_imported(probe):
    code = PROBES[probe] + "; import sys; print(sorted(m for m in sys.modules if m.split('.')[0] == 'playwright'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_the_capture_package_still_hands_out_its_names():
    import qraudit.capture as capture

    assert capture.CaptureOptions().clock == "virtual" and callable(capture.open_browser)
    with pytest.raises(AttributeError):
        capture.no_such_name  # noqa: B018
