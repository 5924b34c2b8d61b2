"""A token bucket per invitation token: a flood from one token gets 429, the others are not slowed down."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field


@dataclass
class Bucket:
    tokens: float
    at: float = field(default_factory=time.monotonic)


class RateLimit:
    def __init__(self, per_minute: int, burst: int):
        self.rate, self.burst = per_minute / 60.0, float(max(1, burst))
        self._buckets: dict[str, Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when allowed; otherwise the seconds to wait (the Retry-After)."""
        with self._lock:
            now = time.monotonic()
            bucket = self._buckets.setdefault(key, Bucket(self.burst, now))
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.rate)
            bucket.at = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate if self.rate else 60.0
