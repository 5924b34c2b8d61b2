from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.report import sample

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def audit(tmp_path: Path):
    """(report, snapshots, folder) of the synthetic parking-lot audit."""
    folder = tmp_path / "parking-lot-88"
    report, snapshots = sample.build(folder)
    return report, snapshots, folder


@pytest.fixture
def hostile_audit(tmp_path: Path):
    folder = tmp_path / "hostile"
    report, snapshots = sample.build(folder, hostile=True)
    return report, snapshots, folder


def check_golden(name: str, text: str) -> None:
    """Compare with tests/report/golden/NAME; QRAUDIT_UPDATE_GOLDEN=1 rewrites it instead (then review the diff)."""
    path = GOLDEN / name
    if os.environ.get("QRAUDIT_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with QRAUDIT_UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file; if intended, regenerate"
