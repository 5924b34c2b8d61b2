"""Ed25519 signatures of manifest.json: `qraudit keygen`, `--sign-key`, and `verify --pub-key`.

manifest.sig is the raw 64-byte signature of manifest.json's bytes, so that OpenSSL checks it too:
    openssl pkeyutl -verify -pubin -inkey KEY.pub -rawin -in manifest.json -sigfile manifest.sig
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from qraudit.errors import InputError
from qraudit.evidence.manifest import MANIFEST, SIGNATURE


def fingerprint(key: Ed25519PublicKey) -> str:
    """SHA-256 of the raw public key, the way a reader compares keys over the phone."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def generate_keypair(
    private_path: Path, public_path: Path | None = None, force: bool = False
) -> tuple[Path, Path, str]:
    """Write a new key pair as PEM (private key readable by the owner only); returns the paths and fingerprint."""
    private_path = Path(private_path)
    public_path = Path(public_path) if public_path else private_path.with_suffix(".pub")
    for path in (private_path, public_path):
        if path.exists() and not force:
            raise InputError("key file already exists", location=path, hint="pass --force to replace it")
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    private_path.unlink(missing_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_pem)
    public_path.write_bytes(public_pem)
    return private_path, public_path, fingerprint(key.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except OSError as exc:
        raise InputError(f"cannot read signing key: {exc.strerror or exc}", location=path) from None
    except (ValueError, TypeError) as exc:
        raise InputError(
            f"not an unencrypted PEM private key: {exc}", location=path, hint="make one with 'qraudit keygen'"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError("the signing key is not an Ed25519 key", location=path, hint="make one with 'qraudit keygen'")
    return key


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(Path(path).read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read public key: {exc.strerror or exc}", location=path) from None
    except ValueError as exc:
        raise InputError(f"not a PEM public key: {exc}", location=path) from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError("the public key is not an Ed25519 key", location=path)
    return key


def sign_manifest(folder: Path, key_path: Path) -> Path:
    """Sign manifest.json with the private key in `key_path`; writes and returns manifest.sig."""
    key = load_private_key(key_path)
    manifest = Path(folder) / MANIFEST
    if not manifest.is_file():
        raise InputError("no manifest.json to sign", location=folder)
    target = Path(folder) / SIGNATURE
    target.write_bytes(key.sign(manifest.read_bytes()))
    return target


def check_signature(folder: Path, pub_key: Path) -> tuple[bool, str]:
    """(ok, message) for manifest.sig against the public key in `pub_key`."""
    key = load_public_key(pub_key)
    sig = Path(folder) / SIGNATURE
    if not sig.is_file():
        return False, "manifest.sig is missing: the manifest is not signed"
    try:
        key.verify(sig.read_bytes(), (Path(folder) / MANIFEST).read_bytes())
    except InvalidSignature:
        return False, f"signature does NOT match manifest.json for key {fingerprint(key)}"
    return True, f"signature OK, key {fingerprint(key)}"
