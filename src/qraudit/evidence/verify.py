"""Re-hash an audit folder against its manifest: tampered, missing and added files, signature, timestamp."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from qraudit.errors import InputError
from qraudit.evidence.manifest import MANIFEST, QUOTING, SIGNATURE, TIMESTAMP, folder_files, read_manifest, sha256_file
from qraudit.evidence.signing import check_signature
from qraudit.evidence.timestamp import check_timestamp


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    manifest_sha256: str | None
    tampered: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    signature_ok: bool | None = None  # None: not signed, or signed but no public key given
    timestamp_ok: bool | None = None  # None: no timestamp, or not checked for want of --tsa-ca
    messages: tuple[str, ...] = ()
    files_checked: int = 0


def _quotes(path: Path, digest: str) -> bool:
    """Does this human report print `digest`? The PDF's text is compressed, so it is extracted first."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
        except (PdfReadError, OSError, ValueError):
            return False
        return digest in "".join(text.split())  # long hashes may wrap across lines
    return digest.encode("ascii") in path.read_bytes()


def verify_folder(folder: Path, pub_key: Path | None = None, tsa_ca: Path | None = None) -> VerifyResult:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("not a folder", location=folder)
    try:
        manifest, raw = read_manifest(folder)
    except InputError as exc:
        return VerifyResult(
            False, None, missing=(MANIFEST,) if not (folder / MANIFEST).exists() else (), messages=(exc.one_line(),)
        )
    digest = hashlib.sha256(raw).hexdigest()
    messages: list[str] = []
    tampered, missing = [], []
    listed = {}
    for entry in manifest["files"]:
        rel = str(entry["path"])
        listed[rel] = entry
        path = folder / rel
        if not path.is_file():
            missing.append(rel)
        elif path.stat().st_size != entry["size"] or sha256_file(path) != entry["sha256"]:
            tampered.append(rel)
    added = [rel for rel in folder_files(folder) if rel not in listed]
    for name in QUOTING:
        if (folder / name).is_file() and not _quotes(folder / name, digest):
            tampered.append(name)
            messages.append(f"{name} does not quote this manifest's SHA-256")
    messages += [f"tampered: {r}" for r in tampered if r not in QUOTING]
    messages += [f"missing: {r}" for r in missing] + [f"added: {r}" for r in added]
    signature_ok = None
    if pub_key is not None:
        signature_ok, said = check_signature(folder, pub_key)
        messages.append(said)
    elif (folder / SIGNATURE).is_file():
        messages.append("manifest.sig present but not checked: pass --pub-key")
    timestamp_ok = None
    if (folder / TIMESTAMP).is_file() or tsa_ca is not None:
        timestamp_ok, said = check_timestamp(folder, tsa_ca)
        messages.append(said)
    ok = not (tampered or missing or added) and signature_ok is not False and timestamp_ok is not False
    return VerifyResult(
        ok,
        digest,
        tuple(tampered),
        tuple(missing),
        tuple(added),
        signature_ok,
        timestamp_ok,
        tuple(messages),
        len(listed),
    )
