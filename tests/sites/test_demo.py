"""The bundled demo: its server, its mandatory follow wall in real Chromium, and its photo."""

from __future__ import annotations

import ast
import json
import socket
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from qraudit.data.demo.server import DEMO_PORT, PHOTO, serve_demo
from qraudit.errors import QrauditError

DEMO_DIR = Path(__file__).resolve().parents[2] / "src" / "qraudit" / "data" / "demo"


@pytest.fixture
def demo():
    server, thread = serve_demo(0)
    yield server
    server.stop()
    thread.join(timeout=5)


def fetch(url: str, data: bytes | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def test_the_default_address_is_fixed():
    assert DEMO_PORT == 8737


def test_the_demo_serves_its_page_and_refuses_to_take_payment(demo):
    status, page = fetch(demo.base_url + "/")
    assert status == 200 and "人民广场地下停车场" in page and "/static/park.js" in page
    assert fetch(demo.base_url + "/static/park.js")[0] == 200
    status, body = fetch(demo.base_url + "/api/parking/pay", json.dumps({"billNo": "X"}).encode())
    assert status == 403 and json.loads(body)["code"] == "NOT_SUBSCRIBED"
    assert json.loads(fetch(demo.base_url + "/api/wechat/subscribe-status")[1]) == {"subscribed": False}
    assert fetch(demo.base_url + "/../routes.py")[0] == 404
    assert [r.route for r in demo.requests][:2] == ["/", "/static/park.js"]


def test_a_busy_port_is_a_one_line_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(QrauditError) as caught:
            serve_demo(port)
    assert caught.value.location == f"127.0.0.1:{port}"
    assert "\n" not in caught.value.one_line()


def test_the_demo_package_uses_only_the_standard_library():
    allowed = set(sys.stdlib_module_names) | {"qraudit", "__future__"}
    for source in ("routes.py", "server.py", "__init__.py"):
        tree = ast.parse((DEMO_DIR / source).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] in allowed, f"{source} imports {name}"


def test_the_follow_wall_blocks_payment_in_chromium(demo):
    from playwright.sync_api import sync_playwright

    from tests.sites.wechat_stub import BRIDGES_JS, LAUNCH_ARGS, WECHAT_UA, answer_offsite

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        context = browser.new_context(user_agent=WECHAT_UA, viewport={"width": 390, "height": 844}, is_mobile=True)
        context.add_init_script(BRIDGES_JS)
        context.route("**/*", answer_offsite)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(demo.base_url + "/")
        page.fill("#plate", "沪A12345")
        page.click("#query")
        page.click("#pay")
        wall = page.locator("#followWall")
        wall.wait_for(state="visible")
        assert "关注公众号后即可缴费" in wall.inner_text()
        page.click("#closeWall")
        wall.wait_for(state="hidden")
        wall.wait_for(state="visible")  # the × only hides it for a moment
        page.click("#recheck")
        page.locator("#wallMessage", has_text="尚未关注").wait_for()
        assert page.evaluate("window.__payments") == []
        assert errors == []
        browser.close()
    posted = [json.loads(r.body) for r in demo.requests if r.route == "/api/parking/pay"]
    assert posted == [{"billNo": "RMGC20240603091207"}]


def test_the_photo_is_a_phone_photo_of_the_demo_code():
    assert PHOTO.is_file()
    image = Image.open(PHOTO)
    assert image.format == "JPEG" and image.width >= 2000 and image.height >= 1500
    texts = [code.text for code in zxingcpp.read_barcodes(image)]
    assert texts == [f"http://127.0.0.1:{DEMO_PORT}/"]
    exif = image.getexif()
    assert exif[0x010F] == "Apple" and exif[0x0110] == "iPhone 13"
    assert exif.get_ifd(0x8769)[0x9003] == "2024:06:03 11:30:42"
    gps = exif.get_ifd(0x8825)
    lat = sum(float(v) / 60**i for i, v in enumerate(gps[2]))
    lon = sum(float(v) / 60**i for i, v in enumerate(gps[4]))
    assert gps[1] == "N" and gps[3] == "E"
    assert 30.7 < lat < 31.9 and 120.9 < lon < 122.2  # Shanghai


def test_the_demo_command_audits_the_photo_end_to_end(tmp_path):
    from typer.testing import CliRunner

    from qraudit.cli import app

    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output  # a violation is the demo's point, not a failure
    (report_file,) = tmp_path.glob("*/report.json")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["verdict"] == "violation" and report["target"]["kind"] == "photo"
    assert {"report.html", "report.pdf", "manifest.json"} <= {p.name for p in report_file.parent.iterdir()}
    assert "manifest sha256" in result.output
