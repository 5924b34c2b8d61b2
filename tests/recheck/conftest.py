"""A fixable checkout on 127.0.0.1, and the one scenario several tests read: audited, fixed, rechecked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.request import urlopen

import pytest
from typer.testing import CliRunner

from qraudit.cli import app
from tests.audit.conftest import write_photo
from tests.recheck.switch_site import SwitchSite

FAST = ["--dwell", "1.5", "--jobs", "1"]


def qraudit(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def switch_site() -> Iterator[SwitchSite]:
    site = SwitchSite().start()
    yield site
    site.stop()


@dataclass(frozen=True)
class FixedScenario:
    campaign: Path  # the audit's --out: campaign.db, the case folder and, beside it, the recheck folder
    case: Path
    before: dict[str, bytes]  # every file of the case folder before the recheck
    audit_exit: int
    recheck_exit: int
    recheck_output: str


@pytest.fixture(scope="module")
def fixed_scenario(tmp_path_factory) -> Iterator[FixedScenario]:
    """Audit the sign's photo (a mandatory follow), fix the site, recheck the case folder."""
    root = tmp_path_factory.mktemp("recheck-fixed")
    site = SwitchSite().start()
    try:
        photo = write_photo(root / "sign.jpg", [site.url])
        campaign = root / "campaign"
        audit = qraudit("audit", str(photo), "--out", str(campaign), "--allow-host", "127.0.0.1", *FAST)
        (case,) = [p for p in campaign.iterdir() if p.is_dir()]
        before = folder_bytes(case)
        urlopen(site.server.url("/__fix")).read()  # the operator deploys the fix
        recheck = qraudit("recheck", str(case), "--allow-private-network", *FAST)
    finally:
        site.stop()
    yield FixedScenario(campaign, case, before, audit.exit_code, recheck.exit_code, recheck.output)
