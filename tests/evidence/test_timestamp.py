from __future__ import annotations

import subprocess

import pytest

from qraudit.evidence import TimestampError, check_timestamp, timestamp_manifest, verify_folder
from tests.evidence.tsa import LocalTSA
from tests.support.server import Reply


def test_timestamp_from_a_loopback_tsa_verifies(sealed, serve, local_tsa):
    _, folder, _ = sealed
    tsa = serve(routes={"/tsa": local_tsa.reply})
    token = timestamp_manifest(folder, tsa.url("/tsa"))
    assert token.name == "manifest.tsr" and tsa.seen("POST")[0].headers["content-type"] == "application/timestamp-query"
    ok, message = check_timestamp(folder, local_tsa.ca)
    assert ok is True and "CN=qraudit test TSA" in message
    result = verify_folder(folder, tsa_ca=local_tsa.ca)
    assert result.ok and result.timestamp_ok is True
    unchecked = verify_folder(folder)
    assert unchecked.ok and unchecked.timestamp_ok is None and "pass --tsa-ca" in unchecked.messages[-1]


def test_openssl_checks_the_same_token(sealed, serve, local_tsa):
    _, folder, _ = sealed
    timestamp_manifest(folder, serve(routes={"/tsa": local_tsa.reply}).url("/tsa"))
    done = subprocess.run(
        [
            "openssl",
            "ts",
            "-verify",
            "-data",
            str(folder / "manifest.json"),
            "-in",
            str(folder / "manifest.tsr"),
            "-CAfile",
            str(local_tsa.ca),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "Verification: OK" in done.stdout


def test_token_for_other_content_or_from_an_untrusted_tsa_fails(sealed, serve, local_tsa, tmp_path):
    _, folder, _ = sealed
    timestamp_manifest(folder, serve(routes={"/tsa": local_tsa.reply}).url("/tsa"))
    stranger = LocalTSA(tmp_path / "stranger", name="someone else")
    untrusted = verify_folder(folder, tsa_ca=stranger.ca)
    assert not untrusted.ok and untrusted.timestamp_ok is False
    manifest = folder / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"hash": "sha256"', b'"hash": "sha256" '))
    ok, message = check_timestamp(folder)
    assert ok is False and "does NOT match manifest.json" in message


def test_tsa_failures_are_one_line_errors(sealed, serve):
    _, folder, _ = sealed
    broken = serve(
        routes={
            "/garbage": lambda r: Reply(200, b"hello", content_type="application/timestamp-reply"),
            "/down": lambda r: Reply(503, b"busy"),
        }
    )
    with pytest.raises(TimestampError) as err:
        timestamp_manifest(folder, broken.url("/garbage"))
    assert "not a timestamp response" in err.value.one_line() and broken.url("/garbage") in err.value.one_line()
    with pytest.raises(TimestampError, match="HTTP 503"):
        timestamp_manifest(folder, broken.url("/down"))
    closed = broken.base_url.rsplit(":", 1)[0] + ":9"  # discard port on loopback: nothing listens
    with pytest.raises(TimestampError, match="cannot reach the TSA"):
        timestamp_manifest(folder, closed + "/tsa", timeout=5)
    assert not (folder / "manifest.tsr").exists()


def test_a_tsa_answer_for_another_request_is_refused(sealed, serve, local_tsa, tmp_path):
    _, folder, _ = sealed
    other = tmp_path / "other"
    other.mkdir()
    (other / "manifest.json").write_text("{}")
    replay = serve(routes={"/tsa": local_tsa.reply})
    timestamp_manifest(other, replay.url("/tsa"))
    stale = (other / "manifest.tsr").read_bytes()
    replaying = serve(routes={"/tsa": lambda r: Reply(200, stale, content_type="application/timestamp-reply")})
    with pytest.raises(TimestampError, match="another request"):
        timestamp_manifest(folder, replaying.url("/tsa"))
