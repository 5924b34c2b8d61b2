"""One small HTTP server on 127.0.0.1 for everything qraudit serves to its own browser: the demo parking
lot, the rules' example pages (`qraudit rules test`) and the tests' fixture sites.

Standard library only, so it ships inside the package. It serves a static root, a table of routes
(plain functions `(Request) -> Reply`, keyed by path, query ignored) and keeps a log of the requests, so a
site can script redirects, set cookies or check a POST body without any mocking of the browser.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

TEXT_TYPES = ("application/javascript", "application/json")  # served with a charset, like text/*


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # names in lower case
    body: bytes = b""

    @property
    def route(self) -> str:
        return urlsplit(self.path).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query)

    def param(self, name: str, default: str = "") -> str:
        """The last value of a query parameter."""
        return self.query.get(name, [default])[-1]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"


Route = Callable[[Request], Reply]


def static_reply(root: Path, route: str) -> Reply | None:
    """The file under `root` for a URL path (a folder means its index.html); None outside `root` or missing."""
    target = (root / (route.lstrip("/") or "index.html")).resolve()
    if target.is_dir():
        target = target / "index.html"
    if root.resolve() not in target.parents or not target.is_file():
        return None
    ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype in TEXT_TYPES:
        ctype += "; charset=utf-8"
    return Reply(200, target.read_bytes(), content_type=ctype)


class DevServer:
    """Serves `root` (may be None) and `routes` on `host`:`port` (0: a free port) in a background thread."""

    def __init__(
        self,
        root: Path | None = None,
        routes: dict[str, Route] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        name: str = "qraudit-devserver",
    ):
        self.root = root
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._host = host
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=name, daemon=True)

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self._httpd.server_port}"

    def url(self, path: str = "/") -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def start(self) -> DevServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> DevServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def seen(self, method: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if method is None or r.method == method]

    def reply(self, request: Request) -> Reply:
        route = self.routes.get(request.route)
        if route is not None:
            return route(request)
        found = static_reply(self.root, request.route) if self.root is not None else None
        return found or Reply(404, b"not found", content_type="text/plain; charset=utf-8")

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                server._record(request)
                reply = server.reply(request)
                payload = reply.body.encode() if isinstance(reply.body, str) else reply.body
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("Cache-Control", "no-store")
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = _handle

            def log_message(self, format: str, *args: object) -> None:  # the request log is `requests`
                pass

        return Handler
