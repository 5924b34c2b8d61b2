from __future__ import annotations

from pathlib import Path

import pytest

from tests.evidence.tsa import LocalTSA
from tests.report import sample


@pytest.fixture
def sealed(tmp_path: Path):
    """(report, folder, manifest sha256) of the synthetic audit, sealed with JSON, SARIF and HTML."""
    from qraudit.evidence import seal_audit

    folder = tmp_path / "parking-lot-88"
    report, snapshots = sample.build(folder)
    result = seal_audit(report, folder, ["json", "sarif", "html"], rules=sample.RULES, snapshots=snapshots)
    return report, folder, result.manifest_sha256


@pytest.fixture(scope="session")
def local_tsa(tmp_path_factory) -> LocalTSA:
    return LocalTSA(tmp_path_factory.mktemp("tsa"))
