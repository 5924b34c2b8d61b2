"""manifest.json: every file of an audit folder with its SHA-256 and size, plus the versions and UTC times.

A few files cannot be listed: the manifest itself, its signature and timestamp (they are made from it), and
the human reports, which print the manifest's hash and so exist only after it. `verify` treats those names
as known and checks instead that the reports quote the right hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qraudit.errors import InputError
from qraudit.report import FORMATS

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
TIMESTAMP = "manifest.tsr"
# The report files that print the manifest's hash, so they come after it: read from the formatters.
QUOTING = tuple(f.filename for f in FORMATS.values() if f.quotes_manifest)
NOT_LISTED = {
    MANIFEST: "the manifest itself",
    SIGNATURE: "Ed25519 signature of manifest.json",
    TIMESTAMP: "RFC 3161 timestamp of manifest.json",
    **{name: "quotes the manifest's SHA-256; verify checks the quote" for name in QUOTING},
}
CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def folder_files(folder: Path) -> list[str]:
    """Every file below `folder` as a sorted POSIX relative path, the unlisted names left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in files:
            rel = (Path(root) / name).relative_to(folder).as_posix()
            if rel not in NOT_LISTED:
                found.append(rel)
    return sorted(found)


def _plain(value: Any) -> Any:
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) and not isinstance(value, type) else value


def write_manifest(folder: Path, versions: Any, started_at: str, finished_at: str) -> str:
    """Hash every file in `folder` into manifest.json and return the manifest's own SHA-256.

    An old signature or timestamp is removed: it belonged to the previous manifest and would fail to verify.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("audit folder does not exist", location=folder)
    for stale in (SIGNATURE, TIMESTAMP):
        (folder / stale).unlink(missing_ok=True)
    files = [
        {"path": rel, "sha256": sha256_file(folder / rel), "size": (folder / rel).stat().st_size}
        for rel in folder_files(folder)
    ]
    manifest = {
        "manifest_version": 1,
        "hash": "sha256",
        "versions": _plain(versions),
        "started_at": started_at,
        "finished_at": finished_at,
        "created_at": utc_now(),
        "files": files,
        "not_listed": NOT_LISTED,
    }
    data = (json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(folder / MANIFEST)
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> tuple[dict[str, Any], bytes]:
    """The parsed manifest and its exact bytes; InputError when it is missing or not a manifest."""
    path = Path(folder) / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            "no manifest.json in this folder", location=folder, hint="was it written by qraudit audit?"
        ) from None
    try:
        data = json.loads(raw)
        files = data["files"]
        if data.get("manifest_version") != 1 or not all({"path", "sha256", "size"} <= set(f) for f in files):
            raise ValueError("unexpected layout")
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"not a valid manifest: {exc}", location=path) from None
    return data, raw
