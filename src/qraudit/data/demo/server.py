"""`serve_demo()`: the demo parking lot on http://127.0.0.1:8737/ (static files in site/ plus routes.py),
on qraudit's one small dev server (qraudit/devserver.py), which keeps a log of the requests."""

from __future__ import annotations

import threading
from pathlib import Path

from qraudit.data.demo.routes import DemoContext, routes
from qraudit.devserver import DevServer
from qraudit.errors import QrauditError

DEMO_PORT = 8737
SITE = Path(__file__).parent / "site"
PHOTO = Path(__file__).parent / "demo-photo.jpg"


def serve_demo(port: int = DEMO_PORT) -> tuple[DevServer, threading.Thread]:
    """Start the demo on 127.0.0.1:`port` (0 picks a free port) in a daemon thread; stop it with server.stop()."""
    try:
        server = DevServer(root=SITE, port=port, name="qraudit-demo")
    except OSError as exc:
        raise QrauditError(
            f"cannot serve the demo: {exc.strerror or exc}",
            location=f"127.0.0.1:{port}",
            hint="is another 'qraudit demo' running? stop it or choose another port",
        ) from exc
    server.routes.update(routes(DemoContext(server.base_url)))  # the routes link back to the server's address
    server.start()
    return server, server.thread
