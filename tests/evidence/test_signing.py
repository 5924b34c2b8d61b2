from __future__ import annotations

import json
import os
import stat
import subprocess

import pytest

from qraudit.errors import InputError
from qraudit.evidence import generate_keypair, sign_manifest, verify_folder


def test_signed_manifest_verifies_with_its_public_key(sealed, tmp_path):
    _, folder, _ = sealed
    private, public, fingerprint = generate_keypair(tmp_path / "me.key")
    assert public == tmp_path / "me.pub"
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    sig = sign_manifest(folder, private)
    assert len(sig.read_bytes()) == 64
    result = verify_folder(folder, pub_key=public)
    assert result.ok and result.signature_ok is True
    assert any(fingerprint in m for m in result.messages)
    unchecked = verify_folder(folder)
    assert unchecked.ok and unchecked.signature_ok is None
    assert "manifest.sig present but not checked: pass --pub-key" in unchecked.messages


def test_openssl_checks_the_same_signature(sealed, tmp_path):
    _, folder, _ = sealed
    private, public, _ = generate_keypair(tmp_path / "me.key")
    sign_manifest(folder, private)
    done = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            str(public),
            "-rawin",
            "-in",
            str(folder / "manifest.json"),
            "-sigfile",
            str(folder / "manifest.sig"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout


def test_wrong_key_or_edited_manifest_fails(sealed, tmp_path):
    _, folder, _ = sealed
    private, public, _ = generate_keypair(tmp_path / "me.key")
    _, other_public, _ = generate_keypair(tmp_path / "other.key")
    sign_manifest(folder, private)
    wrong = verify_folder(folder, pub_key=other_public)
    assert not wrong.ok and wrong.signature_ok is False
    manifest = folder / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["started_at"] = "2020-01-01T00:00:00Z"  # a forger moves the audit date; every file still matches
    manifest.write_text(json.dumps(data), encoding="utf-8")
    edited = verify_folder(folder, pub_key=public)
    assert not edited.ok and edited.signature_ok is False and edited.tampered == ("report.html",)


def test_unsigned_folder_fails_when_a_key_is_given(sealed, tmp_path):
    _, folder, _ = sealed
    _, public, _ = generate_keypair(tmp_path / "me.key")
    result = verify_folder(folder, pub_key=public)
    assert not result.ok and "manifest.sig is missing" in " ".join(result.messages)


def test_key_problems_are_one_line_errors(sealed, tmp_path):
    _, folder, _ = sealed
    generate_keypair(tmp_path / "me.key")
    with pytest.raises(InputError) as err:
        generate_keypair(tmp_path / "me.key")
    assert "pass --force" in err.value.one_line()
    junk = tmp_path / "junk.key"
    junk.write_text("hello")
    with pytest.raises(InputError) as err:
        sign_manifest(folder, junk)
    assert str(junk) in err.value.one_line() and "qraudit keygen" in err.value.one_line()
