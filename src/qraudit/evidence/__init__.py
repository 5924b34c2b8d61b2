"""Integrity of an audit folder: the manifest, Ed25519 signatures, RFC 3161 timestamps, a WACZ web archive."""

from qraudit.evidence.manifest import (
    MANIFEST,
    NOT_LISTED,
    SIGNATURE,
    TIMESTAMP,
    read_manifest,
    sha256_file,
    write_manifest,
)
from qraudit.evidence.seal import Sealed, seal_audit
from qraudit.evidence.signing import check_signature, fingerprint, generate_keypair, sign_manifest
from qraudit.evidence.timestamp import TimestampError, check_timestamp, request_token, timestamp_manifest
from qraudit.evidence.verify import VerifyResult, verify_folder
from qraudit.evidence.wacz import WACZ_NAME, har_to_warc, write_wacz

__all__ = [
    "MANIFEST",
    "NOT_LISTED",
    "SIGNATURE",
    "TIMESTAMP",
    "WACZ_NAME",
    "Sealed",
    "TimestampError",
    "VerifyResult",
    "check_signature",
    "check_timestamp",
    "fingerprint",
    "generate_keypair",
    "har_to_warc",
    "read_manifest",
    "request_token",
    "seal_audit",
    "sha256_file",
    "sign_manifest",
    "timestamp_manifest",
    "verify_folder",
    "write_manifest",
    "write_wacz",
]
