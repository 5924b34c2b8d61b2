"""The one protocol every output file goes through: an audit's reports (report/) and a campaign's
summaries (campaign/) alike. A format has a name, a file name, and renders its input to bytes; writing
is the same for all: into the input's folder, atomically, so a reader never sees half a file."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar, Generic, TypeVar

Item = TypeVar("Item")


class OutputFormat(ABC, Generic[Item]):
    name: ClassVar[str] = ""
    filename: ClassVar[str] = ""

    @abstractmethod
    def render(self, item: Item) -> bytes: ...

    @abstractmethod
    def folder(self, item: Item) -> Path:
        """Where the file goes."""

    def write(self, item: Item) -> Path:
        return write_atomic(self.folder(item) / self.filename, self.render(item))


def write_atomic(path: Path, data: bytes) -> Path:
    """Write beside `path`, then rename over it: a crash or a reader mid-write never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path
