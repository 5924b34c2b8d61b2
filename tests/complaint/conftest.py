"""One real campaign for every complaint test: the demo parking lot (a mandatory follow, on a free port, photographed
with GPS and a capture time) and a compliant fixture site, audited by `qraudit audit` in Chromium, signed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qraudit.cli import app
from qraudit.data.demo.server import serve_demo
from tests.audit.conftest import write_photo
from tests.sites.catalog import load_sites, start_site

COMPLIANT_SITE = "park-marketing-prechecked"
DEMO_GPS = (31.2304, 121.4737)


def run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def folder_hashes(folder: Path) -> dict[str, str]:
    """Every file below `folder` (the audit folder's whole content) with its SHA-256."""
    hashes = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            hashes[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


@pytest.fixture(scope="session")
def campaign(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("campaign")
    server, thread = serve_demo(0)  # a free port: the demo test may hold 8737
    site = {s.id: s for s in load_sites()}[COMPLIANT_SITE]
    compliant = start_site(site)
    try:
        photo = write_photo(root.parent / "sign.jpg", [server.base_url + "/"], gps=DEMO_GPS)
        key = root.parent / "signing.key"
        assert run("keygen", "--private", str(key), "--force").exit_code == 0
        result = run(
            "audit",
            str(photo),
            compliant.url(site.start_path),
            "--out",
            str(root),
            "--allow-host",
            "127.0.0.1",
            "--dwell",
            "1.5",
            "--jobs",
            "1",
            "--sign-key",
            str(key),
            "--format",
            "json",
            "--format",
            "html",
            "--format",
            "pdf",
        )
        assert result.exit_code == 1, result.output  # one violation, one compliant case
    finally:
        server.stop()
        thread.join(timeout=5)
        compliant.stop()
    return root


def case_with(campaign: Path, verdict: str) -> Path:
    import json

    for report in sorted(campaign.glob("*/report.json")):
        if json.loads(report.read_text(encoding="utf-8"))["verdict"] == verdict:
            return report.parent
    raise AssertionError(f"no {verdict} case in {campaign}")


@pytest.fixture(scope="session")
def violating_case(campaign) -> Path:
    return case_with(campaign, "violation")


@pytest.fixture(scope="session")
def compliant_case(campaign) -> Path:
    return case_with(campaign, "compliant")


@pytest.fixture
def complainant_file(tmp_path) -> Path:
    path = tmp_path / "me.yaml"
    path.write_text(
        'name: 张三\nphone: "13800138000"\naddress: 上海市黄浦区示例路 1 号\nemail: zhangsan@example.com\n'
        "place: 人民广场地下停车场 B2 出口\n",
        encoding="utf-8",
    )
    return path
