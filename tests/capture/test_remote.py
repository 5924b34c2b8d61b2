"""browser_endpoint: the same guarded session on a Chromium run by `playwright launch-server`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from qraudit.capture import capture_pages, find_browser
from qraudit.errors import BrowserError
from tests.capture.conftest import LOCAL
from tests.support.server import Reply


@pytest.fixture
def endpoint(tmp_path: Path) -> Iterator[str]:
    config = tmp_path / "server.json"
    config.write_text(
        json.dumps({"executablePath": find_browser().path, "args": ["--disable-quic"], "host": "127.0.0.1", "port": 0})
    )
    cli = Path(sys.executable).with_name("playwright")
    server = subprocess.Popen(
        [str(cli), "launch-server", "--browser", "chromium", "--config", str(config)],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        line = server.stdout.readline().strip()
        assert line.startswith("ws://127.0.0.1:"), line
        yield line
    finally:  # the `playwright` wrapper runs node as a child: end the whole group it leads
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_remote_browser_gets_the_same_stand_ins_and_guard(site, endpoint):
    page = '<title>remote</title><img src="http://127.0.0.2:9/x.png">'
    server = site({"/remote": lambda r: Reply(200, page)})
    snaps = capture_pages(
        [server.url("/remote"), server.url("/navigator.html")], replace(LOCAL, browser_endpoint=endpoint)
    )
    assert snaps[0].title == "remote"
    assert [r.blocked for r in snaps[0].requests if "127.0.0.2" in r.url] == ["127.0.0.2 is a loopback address"]
    assert '"platform":"iPhone"' in snaps[1].visible_text


def test_unreachable_endpoint_is_a_one_line_browser_error():
    with pytest.raises(BrowserError) as err:
        capture_pages(["http://127.0.0.1:9/"], replace(LOCAL, browser_endpoint="ws://127.0.0.1:9/nothing"))
    assert "browser failed to start" in err.value.one_line() and "\n" not in err.value.one_line()


def test_audit_command_uses_the_remote_browser(endpoint, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from qraudit.cli import app
    from qraudit.exitcodes import ExitCode
    from tests.sites.catalog import load_sites, personal_data_seen, start_site

    site = next(s for s in load_sites() if s.id == "park-shadow-follow")
    server = start_site(site)
    monkeypatch.setenv("QRAUDIT_CHROMIUM", str(tmp_path / "no-local-chromium"))  # a local launch would fail
    try:
        result = CliRunner().invoke(
            app,
            [
                "audit",
                server.url(site.start_path),
                "--browser-endpoint",
                endpoint,
                "--out",
                str(tmp_path / "out"),
                "--allow-host",
                "127.0.0.1",
                "--dwell",
                "1.0",
                "--format",
                "json",
                "--json",
            ],
            catch_exceptions=False,
        )
        assert personal_data_seen(server) == []
    finally:
        server.stop()
    assert result.exit_code == ExitCode.VIOLATION, result.output
    (report,) = json.loads(result.stdout)
    assert report["verdict"] == "violation" and report["versions"]["browser"]
