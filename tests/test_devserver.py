"""The one dev server (qraudit/devserver.py) behind the demo, `rules test` and the fixture sites."""

from __future__ import annotations

import ast
import json
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

from qraudit.devserver import DevServer, Reply
from qraudit.rules.selftest import EXAMPLE_CSS, serve_folder

SRC = Path(__file__).parents[1] / "src" / "qraudit" / "devserver.py"
EXAMPLES = Path(__file__).parents[1] / "rules" / "examples"


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return reply.status, reply.headers["Content-Type"], reply.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_static_root_routes_and_the_request_log(tmp_path):
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "index.html").write_text("<p>店</p>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("no", encoding="utf-8")
    routes = {
        "/api/fee": lambda r: Reply(200, json.dumps({"plate": r.param("plate")}), content_type="application/json")
    }
    with DevServer(tmp_path / "shop", routes=routes) as server:
        assert _get(server.url("/")) == (200, "text/html; charset=utf-8", "<p>店</p>".encode())
        assert json.loads(_get(server.url("/api/fee?plate=%E6%B2%AAA1&plate=%E6%B2%AAA2"))[2]) == {"plate": "沪A2"}
        assert _get(server.url("/../secret.txt"))[0] == 404  # nothing outside the root
        assert _get(server.url("/missing.js"))[0] == 404
        assert [r.route for r in server.seen("GET")] == ["/", "/api/fee", "/../secret.txt", "/missing.js"]


def test_rules_test_serves_the_shared_example_stylesheet_to_any_rules_folder(tmp_path):
    with serve_folder(tmp_path) as base:
        status, ctype, body = _get(base + "/example.css")
    assert (status, ctype) == (200, "text/css; charset=utf-8")
    assert body == EXAMPLE_CSS.read_bytes() and b".card{" in body


def test_example_pages_link_the_shared_stylesheet_instead_of_copying_it():
    shared = [line for line in EXAMPLE_CSS.read_text(encoding="utf-8").splitlines() if line.startswith("button,")]
    pages = sorted(EXAMPLES.glob("*/*.html"))
    linking = [p for p in pages if '<link rel="stylesheet" href="../example.css">' in p.read_text(encoding="utf-8")]
    assert len(pages) > 100 and len(linking) >= 0.9 * len(pages)
    for page in pages:
        style = " ".join(re.findall(r"<style>(.*?)</style>", page.read_text(encoding="utf-8"), re.S))
        assert shared[0] not in style, f"{page} copies the shared stylesheet"


def test_the_dev_server_uses_only_the_standard_library():
    tree = ast.parse(SRC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        for name in names:
            assert name.split(".")[0] in set(sys.stdlib_module_names) | {"__future__"}, name
