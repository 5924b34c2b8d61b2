"""`--shard K/N`: split targets between N CI jobs by a hash of the stable case id, the same on every machine."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from qraudit.errors import InputError

T = TypeVar("T")
_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
MAX_SHARDS = 10_000


def parse_shard(text: str) -> tuple[int, int]:
    """ "2/4" -> (2, 4). K is 1-based: the shards of N are 1/N ... N/N."""
    match = _SHARD.match(text or "")
    if not match:
        raise InputError(f"bad shard {text!r}: expected K/N such as 1/4", location="--shard")
    k, n = int(match.group(1)), int(match.group(2))
    if not 1 <= n <= MAX_SHARDS:
        raise InputError(f"bad shard {text!r}: N must be between 1 and {MAX_SHARDS}", location="--shard")
    if not 1 <= k <= n:
        raise InputError(
            f"bad shard {text!r}: K must be between 1 and N ({n})", location="--shard", hint="K is 1-based"
        )
    return k, n


def shard_of(case_id: str, n: int) -> int:
    """The 1-based shard of a case. SHA-256, not hash(): Python salts str hashes per process."""
    if n < 1:
        raise ValueError("shard count must be at least 1")
    digest = hashlib.sha256(case_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n + 1


def in_shard(case_id: str, k: int, n: int) -> bool:
    return shard_of(case_id, n) == k


def _case_id(item: object) -> str:
    return item.case_id  # type: ignore[attr-defined]


def select_shard(items: Iterable[T], k: int, n: int, key: Callable[[T], str] = _case_id) -> list[T]:
    """The items of shard K of N (by default keyed on `.case_id`), in their original order."""
    return [item for item in items if in_shard(key(item), k, n)]
