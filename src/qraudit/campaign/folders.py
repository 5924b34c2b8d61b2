"""Audit folders on disk: `.partial` leftovers, the artifact list, and copying a folder in atomically."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from qraudit.evidence.manifest import MANIFEST, folder_files, sha256_file

PARTIAL = ".partial"


@dataclass(frozen=True)
class Artifact:
    path: str  # POSIX, relative to the audit folder
    sha256: str
    size: int


def is_partial(folder: Path) -> bool:
    return folder.name.endswith(PARTIAL)


def partial_folders(root: Path) -> list[Path]:
    return sorted(p for p in Path(root).glob(f"*{PARTIAL}") if p.is_dir())


def remove_partials(root: Path) -> list[Path]:
    """A `.partial` folder is an audit a killed run never finished: garbage, never evidence."""
    removed = []
    for folder in partial_folders(root):
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def artifacts(folder: Path) -> list[Artifact]:
    """The files of an audit folder with their hashes: from manifest.json when present, else hashed here."""
    manifest = folder / MANIFEST
    if manifest.is_file():
        try:
            files = json.loads(manifest.read_text(encoding="utf-8")).get("files", [])
            return [Artifact(str(f["path"]), str(f["sha256"]), int(f["size"])) for f in files]
        except (ValueError, KeyError, TypeError, AttributeError):
            pass  # an unreadable manifest is verify's business; still list what is there
    return [Artifact(rel, sha256_file(folder / rel), (folder / rel).stat().st_size) for rel in folder_files(folder)]


def manifest_sha256(folder: Path) -> str | None:
    manifest = folder / MANIFEST
    return sha256_file(manifest) if manifest.is_file() else None


def _copy_tree(source: Path, target: Path, link: bool) -> None:
    if not link:
        shutil.copytree(source, target)
        return

    def hardlink_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:  # another file system, or links not allowed
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=hardlink_or_copy)


def install_folder(source: Path, target: Path, link: bool = False) -> Path:
    """Copy (or hard-link) `source` to `target` through `target.partial`, so a crash never leaves half a folder."""
    work = target.with_name(target.name + PARTIAL)
    shutil.rmtree(work, ignore_errors=True)
    _copy_tree(source, work, link)
    shutil.rmtree(target, ignore_errors=True)
    work.rename(target)
    return target
