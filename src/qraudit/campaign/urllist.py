"""URL list files: `@urls.txt` or `-` (stdin), one URL per line, `#` comments and blank lines ignored."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from qraudit.errors import InputError

STDIN = "-"
# A URL holds no raw whitespace, so " # ..." after one is a comment; a bare "#" inside is a fragment.
_TRAILING_COMMENT = re.compile(r"\s+#.*$")


def is_url_list(arg: str) -> bool:
    return arg == STDIN or (arg.startswith("@") and len(arg) > 1)


def parse_url_lines(text: str) -> list[str]:
    urls = []
    for line in text.removeprefix("\ufeff").splitlines():  # PowerShell pipes and Notepad start with a BOM
        line = _TRAILING_COMMENT.sub("", line.strip())
        if line and not line.startswith("#"):
            urls.append(line)
    return urls


def read_url_list(arg: str, stdin: TextIO | None = None) -> list[str]:
    """The URLs listed by `@file` or `-`; a missing or unreadable file is a one-line InputError."""
    if arg == STDIN:
        return parse_url_lines((stdin or sys.stdin).read())
    if not arg.startswith("@") or len(arg) < 2:
        raise InputError(f"not a URL list argument: {arg!r}", hint="use @FILE or - for stdin")
    path = Path(arg[1:]).expanduser()
    if not path.exists():
        raise InputError("URL list not found", location=path)
    if path.is_dir():
        raise InputError("URL list is a folder, not a file", location=path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"URL list is not UTF-8 text (byte {exc.start})", location=path) from None
    except OSError as exc:
        raise InputError(f"cannot read URL list: {exc.strerror or exc}", location=path) from None
    return parse_url_lines(text)


def expand_url_lists(args: Iterable[str], stdin: TextIO | None = None) -> list[str]:
    """Command-line targets with each `@file` / `-` replaced by the URLs it lists, order kept."""
    expanded: list[str] = []
    for arg in args:
        expanded.extend(read_url_list(arg, stdin) if is_url_list(arg) else [arg])
    return expanded
