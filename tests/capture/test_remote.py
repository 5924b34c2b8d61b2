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
    config.write_text(json.dumps({"executablePath": find_browser().path, "args": ["--disable-quic"],
                                  "host": "127.0.0.1", "port": 0}))
    cli = Path(sys.executable).with_name("playwright")
    server = subprocess.Popen([str(cli), "launch-server", "--browser", "chromium", "--config", str(config)],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
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
    snaps = capture_pages([server.url("/remote"), server.url("/navigator.html")], replace(LOCAL, browser_endpoint=endpoint))
    assert snaps[0].title == "remote"
    assert [r.blocked for r in snaps[0].requests if "127.0.0.2" in r.url] == ["127.0.0.2 is a loopback address"]
    assert '"platform":"iPhone"' in snaps[1].visible_text


def test_unreachable_endpoint_is_a_one_line_browser_error():
    with pytest.raises(BrowserError) as err:
        capture_pages(["http://127.0.0.1:9/"], replace(LOCAL, browser_endpoint="ws://127.0.0.1:9/nothing"))
    assert "browser failed to start" in err.value.one_line() and "\n" not in err.value.one_line()
