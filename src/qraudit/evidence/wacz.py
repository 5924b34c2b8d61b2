"""archive.wacz: the captured traffic as a web archive that ReplayWeb.page replays.

The source is a WARC the capture wrote (`*.warc`, `*.warc.gz` in the folder) or else network.har, turned into
a WARC here. Webrecorder's `wacz` package does the indexing and packaging.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from qraudit.errors import InputError

WACZ_NAME = "archive.wacz"
# The HAR holds decoded bodies, so these headers would lie about the bytes in the WARC.
DROP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def _headers(items: list) -> list[tuple[str, str]]:
    return [
        (str(h.get("name", "")), str(h.get("value", ""))) for h in items or [] if isinstance(h, dict) and h.get("name")
    ]


def _warc_date(started: str | None) -> str:
    try:
        moment = datetime.fromisoformat((started or "").replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        moment = datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _body(content: dict) -> bytes:
    text = content.get("text") or ""
    if content.get("encoding") == "base64":
        try:
            return base64.b64decode(text)
        except ValueError:
            return b""
    return text.encode("utf-8")


def har_to_warc(har: Path, warc: Path) -> int:
    """Write a request and a response record for every answered http(s) entry of `har`; returns how many."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    try:
        entries = json.loads(Path(har).read_text(encoding="utf-8"))["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read the HAR: {exc}", location=har) from None
    written = 0
    with Path(warc).open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for entry in entries:
            request, response = entry.get("request", {}), entry.get("response", {})
            url = request.get("url", "")
            status = int(response.get("status") or 0)
            if urlsplit(url).scheme not in ("http", "https") or status <= 0:
                continue  # blocked or failed: there is nothing to replay
            date = _warc_date(entry.get("startedDateTime"))
            body = _body(response.get("content", {}))
            headers = [(k, v) for k, v in _headers(response.get("headers")) if k.lower() not in DROP_HEADERS]
            headers.append(("Content-Length", str(len(body))))
            status_line = f"{status} {response.get('statusText') or 'OK'}"
            resp = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=StatusAndHeaders(status_line, headers, protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": date},
            )
            parts = urlsplit(url)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            post = (request.get("postData") or {}).get("text", "").encode("utf-8")
            req = writer.create_warc_record(
                url,
                "request",
                payload=io.BytesIO(post),
                length=len(post),
                http_headers=StatusAndHeaders(
                    f"{request.get('method', 'GET')} {path} HTTP/1.1",
                    _headers(request.get("headers")),
                    is_http_request=True,
                ),
                warc_headers_dict={
                    "WARC-Date": date,
                    "WARC-Concurrent-To": resp.rec_headers.get_header("WARC-Record-ID"),
                },
            )
            writer.write_record(resp)
            writer.write_record(req)
            written += 1
    return written


def write_wacz(folder: Path, title: str | None = None) -> Path:
    """Package the folder's traffic as archive.wacz (pages detected from the HTML responses) and return it."""
    from wacz.main import main as wacz_main

    folder = Path(folder)
    warcs = sorted(p for p in folder.iterdir() if p.name.endswith((".warc", ".warc.gz")))
    with tempfile.TemporaryDirectory() as tmp:
        if not warcs:
            har = folder / "network.har"
            if not har.is_file():
                raise InputError("no network.har or WARC to archive", location=folder)
            warcs = [Path(tmp) / "traffic.warc.gz"]
            if har_to_warc(har, warcs[0]) == 0:
                raise InputError("the HAR holds no answered http(s) request to archive", location=har)
        target = folder / WACZ_NAME
        args = ["create", "-o", str(target), "--detect-pages", "--title", title or folder.name, *map(str, warcs)]
        with contextlib.redirect_stdout(io.StringIO()):  # the package narrates every step on stdout
            code = wacz_main(args)
    if code not in (0, None) or not target.is_file():
        raise InputError("could not package the traffic as WACZ", location=folder)
    return target
