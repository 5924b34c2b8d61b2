"""The tests' fixture sites run on qraudit's one dev server (src/qraudit/devserver.py): a static root, a
table of scripted routes `(SeenRequest) -> Reply` and a request log, on 127.0.0.1 at a free port."""

from __future__ import annotations

from qraudit.devserver import DevServer as FixtureServer
from qraudit.devserver import Reply, Route
from qraudit.devserver import Request as SeenRequest

__all__ = ["FixtureServer", "Reply", "Route", "SeenRequest"]
