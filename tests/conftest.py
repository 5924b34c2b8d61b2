from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# The CLI's rich consoles read the width once, at import. A wide one keeps a long temporary path (deeper
# under pytest-xdist's worker folders) on one line, where the tests look for it.
os.environ["COLUMNS"] = "240"

import pytest

from tests.support.server import FixtureServer

TESTS = Path(__file__).parent


@pytest.fixture
def serve() -> Iterator:
    """`serve(root=..., routes=...)` starts a FixtureServer on 127.0.0.1; all are stopped after the test."""
    started: list[FixtureServer] = []

    def start(root: Path | None = None, routes: dict | None = None) -> FixtureServer:
        server = FixtureServer(root, routes).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def ruleset():
    """The built-in rule set, loaded once."""
    from qraudit.rules import load_ruleset

    return load_ruleset()


@pytest.fixture(scope="session")
def vocab(ruleset):
    return ruleset.vocabulary
