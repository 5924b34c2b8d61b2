"""A state fingerprint, to notice when an action changed nothing."""

from __future__ import annotations

import hashlib
import re

from qraudit.models import Snapshot

_DIGITS = re.compile(r"\d+")


def _norm(text: str) -> str:
    # Clocks and countdowns change digits every second; they are not progress.
    return _DIGITS.sub("#", " ".join(text.split()))


def fingerprint(snapshot: Snapshot) -> str:
    """Toasts are left out: the same refusal answered by a toast again is still no progress."""
    parts = [
        snapshot.url,
        _norm(snapshot.title),
        "|".join(sorted({_norm(t.text) for t in snapshot.texts if t.text.strip() and not t.transient})),
        "|".join(f"{f.name}:{f.label}:{f.filled}:{f.visible}" for f in snapshot.fields),
        "|".join(f"{c.label}:{c.checked}" for c in snapshot.checkboxes),
        "|".join(f"{c.text}:{c.enabled}:{c.visible}:{c.covered}:{c.selected}" for c in snapshot.controls),
        str(len(snapshot.overlays)),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
