"""Hostile input against the real app on a real uvicorn: no token, a wrong token, traversal in a file name,
oversized uploads, a PNG bomb, things that are not images, compressed bodies, too many files, a flood."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import struct
import zlib
from pathlib import Path

import httpx
import pytest
from PIL import Image

from qraudit.service.tokens import TokenStore


def token(server, role: str = "upload", campaign: str = "test") -> str:
    store = TokenStore(server.server.config.app.app.state.service.config.service_db)  # the server's own store
    try:
        return store.new_token(campaign, role)
    finally:
        store.close()


def client(server, secret: str | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=server.base, timeout=30, headers={"Authorization": f"Bearer {secret}"} if secret else {}
    )


def png(size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def png_bomb(width: int = 30_000, height: int = 30_000) -> bytes:
    """A real PNG of 900 megapixels of zeros: about 100 kB on the wire, gigabytes once inflated."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    packer, row = zlib.compressobj(9), b"\x00" * (1 + (width + 7) // 8)  # 1-bit grey, filter byte 0
    data = b"".join(packer.compress(row * 1000) for _ in range(height // 1000)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def cases_on_disk(server) -> list[Path]:
    intake = server.server.config.app.app.state.service.config.data / "intake"
    return sorted(intake.iterdir()) if intake.is_dir() else []


def test_a_write_without_a_token_is_401_and_nothing_is_kept(small_server):
    with client(small_server) as c:
        answer = c.post("/api/cases", files={"photo": ("a.png", png(), "image/png")})
    assert answer.status_code == 401
    assert answer.json() == {"error": "an invitation token is needed"}
    assert answer.headers["www-authenticate"] == "Bearer"
    assert cases_on_disk(small_server) == []


def test_a_wrong_token_is_403_and_an_upload_token_cannot_list_cases(small_server):
    with client(small_server, "not-a-token") as c:
        assert c.post("/api/cases", data={"url": "https://pay.example.cn/"}).status_code == 403
    with client(small_server, token(small_server)) as c:
        assert c.get("/api/cases").status_code == 403  # an organiser's list
        assert c.get("/api/campaign.geojson").status_code == 403
    with client(small_server, token(small_server, "organiser")) as c:
        assert c.get("/api/cases").json() == {"campaign": "test", "count": 0, "cases": []}


def test_a_file_name_with_traversal_is_never_used(small_server):
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files={"photo": ("../../../../evil.png", png(), "image/png")})
    assert answer.status_code == 201, answer.text
    [case] = cases_on_disk(small_server)
    data_dir = case.parent.parent
    assert not list(data_dir.parent.rglob("evil*")), "the client's name reached the disk"
    intake = json.loads((case / "evidence" / "intake.json").read_text())
    [upload] = intake["uploads"]
    assert upload["name"].startswith("01-photo-") and upload["name"].endswith(".png") and "/" not in upload["name"]
    assert (case / "evidence" / "uploads" / upload["name"]).read_bytes() == png()
    assert upload["sha256"] == hashlib.sha256(png()).hexdigest()  # hashed as it arrived


def test_an_oversized_file_is_413(small_server):
    big = io.BytesIO()  # a valid photo, only too large: random pixels, so it cannot compress
    Image.frombytes("RGB", (400, 400), os.urandom(400 * 400 * 3)).save(big, "PNG")
    assert len(big.getvalue()) > 300_000
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files={"photo": ("big.png", big.getvalue(), "image/png")})
    assert answer.status_code == 413
    assert cases_on_disk(small_server) == []


def test_an_oversized_request_is_413_before_it_is_read(small_server):
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files={"photo": ("a.png", b"\0" * 1_200_000, "image/png")})
    assert answer.status_code == 413
    assert answer.json()["error"] == "request too large"


def test_a_png_bomb_is_refused_without_inflating_it(small_server):
    bomb = png_bomb()
    assert len(bomb) < 200_000
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files={"photo": ("bomb.png", bomb, "image/png")})
    assert answer.status_code == 413
    assert "decompression bomb" in answer.json()["error"]
    assert cases_on_disk(small_server) == []


@pytest.mark.parametrize(
    "name, body",
    [
        ("notes.jpg", b"this is text, named like a photo\n" * 20),
        ("archive.png", b"PK\x03\x04" + b"\0" * 200),  # a zip: nothing here unpacks archives
        ("cut.png", png()[:60]),  # a truncated PNG
        ("video.mp4", b"\0\0\0\x18ftypmp42" + b"\0" * 100),  # a recording is only accepted as a walk
    ],
)
def test_what_is_not_an_image_is_415_whatever_its_name(small_server, name, body):
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files={"photo": (name, body, "image/jpeg")})
    assert answer.status_code == 415, answer.text
    assert cases_on_disk(small_server) == []


def test_a_walk_recording_is_accepted_when_ffmpeg_opens_it_whatever_its_name(small_server, tmp_path):
    from tests.phonewalk.recorder import encode_mp4

    video = encode_mp4([Image.new("RGB", (390, 844), "white")] * 2, tmp_path / "walk.mp4", hold_s=0.5)
    with client(small_server, token(small_server)) as c:
        forged = c.post("/api/cases", files={"walk": ("walk.mp4", b"\0\0\0\x18ftypmp42" + b"\0" * 100, "video/mp4")})
        assert forged.status_code == 415 and "not a screen recording" in forged.json()["error"]
        answer = c.post("/api/cases", files={"walk": ("whatever.bin", video.read_bytes(), "x/y")})
    assert answer.status_code == 201, answer.text
    [case] = cases_on_disk(small_server)
    assert json.loads((case / "evidence" / "intake.json").read_text())["uploads"][0]["type"] == "video/mp4"


def test_a_compressed_body_is_415(small_server):
    with client(small_server, token(small_server)) as c:
        answer = c.post(
            "/api/cases",
            content=gzip.compress(b"url=https://pay.example.cn/" * 1000),
            headers={"Content-Encoding": "gzip", "Content-Type": "application/x-www-form-urlencoded"},
        )
    assert answer.status_code == 415


def test_too_many_files_is_413(small_server):
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files=[("photo", (f"{i}.png", png(), "image/png")) for i in range(4)])
    assert answer.status_code == 413
    assert "too many files" in answer.json()["error"]


def test_a_flood_from_one_token_is_429_and_other_tokens_go_on(small_server):
    flooder, other = token(small_server), token(small_server)
    with client(small_server, flooder) as c:
        codes = [c.post("/api/cases", data={"url": f"https://pay.example.cn/{i}"}).status_code for i in range(5)]
        last = c.post("/api/cases", data={"url": "https://pay.example.cn/x"})
    assert codes[:3] == [201, 201, 201] and 429 in codes[3:]
    assert last.status_code == 429 and int(last.headers["retry-after"]) >= 1
    with client(small_server, other) as c:
        assert c.post("/api/cases", data={"url": "https://pay.example.cn/y"}).status_code == 201


def test_an_unknown_case_is_404_and_a_report_path_cannot_leave_its_folder(small_server):
    with client(small_server) as c:
        assert c.get("/api/cases/../../service.db").status_code == 404
        assert c.get("/api/cases/cnotacase").status_code == 404
        assert c.get("/cases/cnotacase/audits/0/..%2F..%2Fservice.db").status_code == 404


def test_a_bad_url_is_400_in_one_line(small_server):
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", data={"url": "javascript:alert(1)"})
    assert answer.status_code == 400
    assert answer.json() == {"error": "url must be an http or https address"}


def test_the_phones_plain_form_gets_an_html_page_for_each_refusal(small_server):
    with httpx.Client(base_url=small_server.base, headers={"Accept": "text/html"}) as c:
        no_token = c.post("/cases", files={"photo": ("a.png", png(), "image/png")})
        not_image = c.post(
            "/cases", data={"token": token(small_server)}, files={"photo": ("a.png", b"text", "image/png")}
        )
    assert no_token.status_code == 401 and no_token.headers["content-type"].startswith("text/html")
    assert "an invitation token is needed" in no_token.text
    assert not_image.status_code == 415 and "not a photo or screenshot" in not_image.text


def test_a_photo_without_a_code_ends_inconclusive_not_failed(tmp_path):
    """Without a browser: the audit command itself says there is no code, and the case says so."""
    from qraudit.service.audit_job import run_case
    from qraudit.service.config import ServiceConfig
    from qraudit.service.intake import Intake, Upload, save_intake

    config = ServiceConfig(data=tmp_path)
    root = config.intake_dir("c0")
    (root / "evidence" / "uploads").mkdir(parents=True)
    blank = root / "evidence" / "uploads" / "01-photo-x.png"
    Image.new("RGB", (200, 200), "white").save(blank)
    save_intake(
        root,
        Intake(
            "c0",
            "test",
            "2026-12-07T00:00:00Z",
            (Upload("photo", blank.name, hashlib.sha256(blank.read_bytes()).hexdigest(), 1, "image/png"),),
        ),
    )
    result = run_case(config, "c0")
    assert result.verdict == "inconclusive" and result.audits == ()
    assert result.verdict_reason == "no QR code was found in the photo and no URL was given"
    assert json.loads((root / "result.json").read_text())["verdict"] == "inconclusive"


def test_password_guessing_is_429_after_a_few_tries(small_server):
    with httpx.Client(base_url=small_server.base) as c:
        codes = [
            c.post("/login", data={"campaign": "test", "name": "alice", "password": f"guess{i}"}).status_code
            for i in range(7)
        ]
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]


def test_the_api_is_described_offline(small_server):
    with httpx.Client(base_url=small_server.base) as c:
        spec = c.get("/openapi.json").json()
        docs = c.get("/docs")
    assert {"/api/cases", "/api/cases/{case_id}", "/api/campaign.geojson", "/api/campaign.csv"} <= set(spec["paths"])
    assert "POST /api/cases" in docs.text and "<script" not in docs.text and "cdn" not in docs.text.lower()


def test_the_uploads_are_sealed_on_arrival_and_qraudit_verify_checks_the_seal(small_server):
    import subprocess
    import sys

    with client(small_server, token(small_server)) as c:
        assert (
            c.post("/api/cases", files={"photo": ("x.png", png(), "image/png")}, data={"note": "B2"}).status_code == 201
        )
    [case] = cases_on_disk(small_server)
    evidence = case / "evidence"
    manifest = json.loads((evidence / "manifest.json").read_text())
    intake = json.loads((evidence / "intake.json").read_text())
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert listed == {
        "intake.json": hashlib.sha256((evidence / "intake.json").read_bytes()).hexdigest(),
        f"uploads/{intake['uploads'][0]['name']}": intake["uploads"][0]["sha256"],
    }

    def verify() -> int:
        return subprocess.run(
            [sys.executable, "-m", "qraudit", "verify", str(evidence)], capture_output=True
        ).returncode

    assert verify() == 0
    upload = evidence / "uploads" / intake["uploads"][0]["name"]
    upload.write_bytes(upload.read_bytes() + b"\0")
    assert verify() == 1


def test_a_recording_with_frames_larger_than_any_phone_screen_is_413(small_server, tmp_path):
    from tests.phonewalk.recorder import encode_mp4

    video = encode_mp4([Image.new("RGB", (2400, 1800), "white")], tmp_path / "huge.mp4", fps=1)  # 4.3 MP > 4 MP
    with client(small_server, token(small_server)) as c:
        answer = c.post("/api/cases", files={"walk": ("huge.mp4", video.read_bytes(), "video/mp4")})
    assert answer.status_code == 413 and "not a phone's screen" in answer.json()["error"]
