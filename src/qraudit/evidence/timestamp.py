"""RFC 3161 trusted timestamps of manifest.json: `--tsa URL` asks a TSA, `verify` checks the token.

manifest.tsr is the TSA's whole TimeStampResp, as `openssl ts -reply` writes it, so OpenSSL checks it too:
    openssl ts -verify -data manifest.json -in manifest.tsr -CAfile TSA-ROOT.pem
"""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path

from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    PKIStatus,
    TimestampRequestBuilder,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from qraudit.errors import InputError, QrauditError
from qraudit.evidence.manifest import MANIFEST, TIMESTAMP

CONTENT_TYPE = "application/timestamp-query"
MAX_REPLY = 1 << 20
HASHES = {"2.16.840.1.101.3.4.2.1": "sha256", "2.16.840.1.101.3.4.2.2": "sha384", "2.16.840.1.101.3.4.2.3": "sha512"}


class TimestampError(QrauditError):
    """The TSA could not be reached or gave no usable timestamp."""


def request_token(data: bytes, tsa_url: str, timeout: float = 30.0) -> bytes:
    """Ask the TSA at `tsa_url` to timestamp the SHA-256 of `data`; returns the checked response's bytes."""
    request = TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA256).nonce(nonce=True).build()
    http = urllib.request.Request(
        tsa_url, data=request.as_bytes(), headers={"Content-Type": CONTENT_TYPE}, method="POST"
    )
    try:
        with urllib.request.urlopen(http, timeout=timeout) as reply:  # noqa: S310 (the user chose this URL)
            body = reply.read(MAX_REPLY + 1)
    except urllib.error.HTTPError as exc:
        raise TimestampError(f"the TSA answered HTTP {exc.code}", location=tsa_url) from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TimestampError(f"cannot reach the TSA: {reason}", location=tsa_url) from None
    if len(body) > MAX_REPLY:
        raise TimestampError("the TSA's answer is too large to be a timestamp", location=tsa_url)
    try:
        response = decode_timestamp_response(body)
    except ValueError as exc:
        raise TimestampError(f"the TSA's answer is not a timestamp response: {exc}", location=tsa_url) from None
    if PKIStatus(response.status) not in (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS):
        raise TimestampError(
            f"the TSA refused: status {response.status} {' '.join(response.status_string)}", location=tsa_url
        )
    info = response.tst_info
    if info.nonce != request.nonce or info.message_imprint.message != request.message_imprint.message:
        raise TimestampError("the TSA's token is for another request (nonce or hash differs)", location=tsa_url)
    return body


def timestamp_manifest(folder: Path, tsa_url: str, timeout: float = 30.0) -> Path:
    """Timestamp manifest.json at the TSA; writes and returns manifest.tsr."""
    manifest = Path(folder) / MANIFEST
    if not manifest.is_file():
        raise InputError("no manifest.json to timestamp", location=folder)
    target = Path(folder) / TIMESTAMP
    target.write_bytes(request_token(manifest.read_bytes(), tsa_url, timeout))
    return target


def _load_certs(path: Path) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(Path(path).read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read TSA certificate: {exc.strerror or exc}", location=path) from None
    except ValueError as exc:
        raise InputError(f"not a PEM certificate file: {exc}", location=path) from None
    return certs


def _imprint_matches(response, data: bytes) -> bool:
    algorithm = HASHES.get(response.tst_info.message_imprint.hash_algorithm.dotted_string)
    return algorithm is not None and hashlib.new(algorithm, data).digest() == response.tst_info.message_imprint.message


def check_timestamp(folder: Path, tsa_ca: Path | None = None) -> tuple[bool | None, str]:
    """(ok, message) for manifest.tsr. With `tsa_ca` (the TSA's root certificates, PEM) the token's signature
    and certificate chain are checked; without, only that the token is for this manifest (ok is then None:
    a token anyone could have made up is no proof of time)."""
    path = Path(folder) / TIMESTAMP
    if not path.is_file():
        return False, "manifest.tsr is missing: the manifest has no timestamp"
    data = (Path(folder) / MANIFEST).read_bytes()
    try:
        response = decode_timestamp_response(path.read_bytes())
        carried = [x509.load_der_x509_certificate(c) for c in response.signed_data.certificates]
        when = response.tst_info.gen_time.strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        return False, f"manifest.tsr is not a timestamp response: {exc}"
    if not _imprint_matches(response, data):
        return False, "timestamp does NOT match manifest.json (it was made for other content)"
    if tsa_ca is None:
        return None, f"timestamp {when} matches manifest.json; its signature is not checked: pass --tsa-ca"
    roots = _load_certs(tsa_ca)
    builder = VerifierBuilder(roots=roots, intermediates=[c for c in carried if c not in roots])
    try:
        builder.build().verify_message(response, data)
    except VerificationError as exc:
        return False, f"timestamp does NOT verify against --tsa-ca: {exc}"
    signer = next((c.subject.rfc4514_string() for c in carried), "the TSA")
    return True, f"timestamp OK: {when}, signed by {signer}"
