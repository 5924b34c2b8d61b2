"""What to audit: photos (one audit per distinct code) and URLs given on the command line."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qraudit.errors import InputError
from qraudit.models import Code, PhotoResult
from qraudit.models.kinds import TargetKind

_URLISH = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^www\.", re.I)


@dataclass(frozen=True)
class AuditTarget:
    kind: TargetKind  # photo | url (phone walks are targets of their own pipeline)
    source: str  # the photo path or the URL as given
    payload: str
    payload_kind: str
    photo: PhotoResult | None = None
    code: Code | None = None

    @property
    def case_id(self) -> str:
        """Stable across runs and machines: the same payload is the same case, whichever photo showed it."""
        digest = hashlib.sha256(self.payload.strip().encode()).hexdigest()[:12]
        host = _hostname(self.payload.strip()) or self.payload_kind
        slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] or "code"
        return f"{slug}-{digest}"


def _hostname(text: str) -> str | None:
    """The host of a URL-like text, or None; a payload such as "http://[::1" must not stop a batch."""
    try:
        return urlsplit(text).hostname
    except ValueError:
        return None


def check_url(text: str) -> str:
    """A URL argument must parse; anything else is a usage error, said in one line."""
    candidate = text.strip()
    if candidate.lower().startswith("www."):
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
    except ValueError as exc:  # an unclosed IPv6 bracket, say
        raise InputError(f"malformed URL: {exc}", location=text) from None
    if parts.scheme.lower() in ("http", "https"):
        try:
            parts.port  # noqa: B018  (raises on a bad port)
        except ValueError as exc:
            raise InputError(f"malformed URL: {exc}", location=text) from None
        if not parts.hostname:
            raise InputError("malformed URL: no host", location=text)
    return candidate


def is_url_argument(arg: str) -> bool:
    return not Path(arg).exists() and bool(_URLISH.match(arg.strip()))


def url_target(arg: str) -> AuditTarget:
    from qraudit.decode.classify import classify

    url = check_url(arg)
    kind, _details = classify(url)
    return AuditTarget("url", arg, url, kind)


def photo_targets(photo: PhotoResult) -> list[AuditTarget]:
    seen: set[str] = set()
    targets = []
    for code in photo.codes:
        if code.text in seen:
            continue
        seen.add(code.text)
        targets.append(AuditTarget("photo", photo.source, code.text, code.kind, photo=photo, code=code))
    return targets
