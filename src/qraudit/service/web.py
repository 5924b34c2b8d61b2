"""The ASGI app: FastAPI with the API, the pages, a cap on request bodies, one-line errors and strict headers."""

from __future__ import annotations

import json
import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qraudit.errors import QrauditError
from qraudit.service import api, organiser, pages
from qraudit.service.config import ServiceConfig
from qraudit.service.state import ServiceState
from qraudit.service.uploads import Refused
from qraudit.service.worker import start_workers

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
log = logging.getLogger("qraudit.service")


class BodyLimit:
    """413 for a body over the limit, whether announced (Content-Length) or streamed; 415 for a compressed body
    (Content-Encoding), which nothing here would inflate and which is how a zip bomb would come in."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        if headers.get(b"content-encoding", b"identity").lower() not in (b"identity", b""):
            return await _plain(send, 415, "compressed request bodies are not accepted")
        length = headers.get(b"content-length")
        if length and (not length.isdigit() or int(length) > self.max_bytes):
            return await _plain(send, 413, "request too large")
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise Refused("request too large", 413)
            return message

        await self.app(scope, counted, send)


async def _plain(send: Send, status: int, text: str) -> None:
    body = json.dumps({"error": text}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _error(request: Request, status: int, message: str, headers: dict | None = None):
    if _wants_html(request):
        response = pages.error_page(status, message)
        response.headers.update(headers or {})
        return response
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def create_app(config: ServiceConfig) -> FastAPI:
    stop = threading.Event()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        service: ServiceState = app.state.service
        service.requeue_lost(service.cases.campaigns())
        threads = start_workers(config, config.workers, stop)
        yield
        stop.set()
        for thread in threads:
            thread.join(timeout=5)
        app.state.service.close()

    app = FastAPI(title="qraudit intake", version="1", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.service = ServiceState(config)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(organiser.router)
    app.include_router(api.first_audit)  # last: its path pattern would cover the case's other pages
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The endpoints from the OpenAPI document, as a plain page: Swagger UI would load its code from a CDN."""
        paths = app.openapi()["paths"]
        items = "".join(
            f"<li><code>{m.upper()} {p}</code> {op.get('summary', '')}</li>"
            for p, ops in paths.items()
            for m, op in ops.items()
        )
        return HTMLResponse(
            f"<!DOCTYPE html><meta charset=utf-8><title>qraudit API</title><h1>qraudit API</h1>"
            f"<p><a href=/openapi.json>openapi.json</a></p><ul>{items}</ul>"
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused):
        return _error(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        return _error(
            request, 400, f"bad request: {'.'.join(str(x) for x in first.get('loc', ()))} {first.get('msg', '')}"
        )

    @app.exception_handler(QrauditError)
    async def qraudit_error(request: Request, exc: QrauditError):
        return _error(request, 400, exc.one_line())

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception):
        log.error("internal error on %s: %s: %s", request.url.path, type(exc).__name__, exc)
        return _error(request, 500, "internal error; the organisers can find it in the service log")

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return BodyLimit(app, config.limits.max_request_bytes)  # type: ignore[return-value]
