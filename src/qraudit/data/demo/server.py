"""`serve_demo()`: the demo parking lot on http://127.0.0.1:8737/ (static files in site/ plus routes.py).

Standard library only. The server binds to loopback and keeps a log of requests for tests and curious users.
"""

from __future__ import annotations

import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from qraudit.data.demo.routes import DemoContext, Reply, Request, routes
from qraudit.errors import QrauditError

DEMO_PORT = 8737
SITE = Path(__file__).parent / "site"
PHOTO = Path(__file__).parent / "demo-photo.jpg"


class DemoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int):
        super().__init__(("127.0.0.1", port), _Handler)
        self.base_url = f"http://127.0.0.1:{self.server_port}"
        self.routes = routes(DemoContext(self.base_url))
        self.requests: list[Request] = []
        self.lock = threading.Lock()

    def reply(self, request: Request) -> Reply:
        route = self.routes.get(request.route)
        if route is not None:
            return route(request)
        return _static(request.route)

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def _static(route: str) -> Reply:
    target = (SITE / (route.lstrip("/") or "index.html")).resolve()
    if target.is_dir():
        target = target / "index.html"
    if SITE.resolve() not in target.parents or not target.is_file():
        return Reply(404, b"not found", "text/plain; charset=utf-8")
    ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype == "application/javascript":
        ctype += "; charset=utf-8"
    return Reply(200, target.read_bytes(), ctype)


class _Handler(BaseHTTPRequestHandler):
    server: DemoServer
    protocol_version = "HTTP/1.1"

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        with self.server.lock:
            self.server.requests.append(request)
        reply = self.server.reply(request)
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Cache-Control", "no-store")
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    do_GET = do_POST = do_HEAD = _handle

    def log_message(self, format: str, *args: object) -> None:  # the CLI prints its own progress
        pass


def serve_demo(port: int = DEMO_PORT) -> tuple[DemoServer, threading.Thread]:
    """Start the demo on 127.0.0.1:`port` (0 picks a free port) in a daemon thread; stop it with server.stop()."""
    try:
        server = DemoServer(port)
    except OSError as exc:
        raise QrauditError(
            f"cannot serve the demo: {exc.strerror or exc}",
            location=f"127.0.0.1:{port}",
            hint="is another 'qraudit demo' running? stop it or choose another port",
        ) from exc
    thread = threading.Thread(target=server.serve_forever, name="qraudit-demo", daemon=True)
    thread.start()
    return server, thread
