"""A complaint to write: the case's facts, the complainant's overrides on top, and what is still missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from qraudit.complaint.complainant import Complainant
from qraudit.complaint.facts import CaseFacts, EvidenceFile
from qraudit.complaint.merchant import Sourced
from qraudit.complaint.wording import DEFAULT_REQUEST, TIME_SOURCES, checkout_word, gps_zh, time_zh

RECIPIENTS = ("cca", "12315", "merchant")
# Which of complaint.json's fields each recipient needs; the others are not "missing" for it.
NEEDED = {
    "cca": (
        "complainant.name",
        "complainant.phone",
        "complainant.email",
        "respondent.name",
        "respondent.address",
        "event.place",
        "event.time",
    ),
    "12315": (
        "complainant.name",
        "complainant.phone",
        "complainant.address",
        "respondent.name",
        "respondent.address",
        "event.place",
        "event.time",
    ),
    "merchant": ("complainant.name", "respondent.name", "respondent.address", "event.place", "event.time"),
}


@dataclass(frozen=True)
class Complaint:
    facts: CaseFacts
    complainant: Complainant
    recipient: str
    written_at: datetime  # aware; the letter's and the message's date
    days: int  # the merchant letter's deadline

    @property
    def merchant_name(self) -> Sourced | None:
        given = self.complainant.merchant_name
        return Sourced(given, "complainant") if given else self.facts.merchant_name

    @property
    def merchant_address(self) -> Sourced | None:
        given = self.complainant.merchant_address
        return Sourced(given, "complainant") if given else self.facts.merchant_address

    @property
    def place(self) -> str | None:
        """The place name if given, then the photo's position in words and as lat,lon."""
        parts = [self.complainant.place] if self.complainant.place else []
        if self.facts.gps:
            lat, lon = self.facts.gps
            parts.append(f"{gps_zh(lat, lon)}（坐标 {lat:.6f},{lon:.6f}，取自照片的 GPS 信息）")
        return "；".join(parts) or None

    @property
    def seen_at(self) -> str | None:
        """When the code was seen, in Chinese, with where that time comes from."""
        seen = self.facts.seen_at
        return f"{time_zh(seen.value)}，{TIME_SOURCES[seen.source]}" if seen else None

    @property
    def request(self) -> str:
        return self.complainant.request or DEFAULT_REQUEST[self.recipient]

    @property
    def checkout(self) -> str:
        kind = self.facts.service.kind if self.facts.service else None
        return checkout_word(kind, [s.title for s in self.facts.steps])

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w.category for w in self.facts.walls))

    def value(self, field: str) -> str | None:
        """The value behind one of the `missing` names, or None when nobody knows it."""
        name, address = self.merchant_name, self.merchant_address
        known = {
            "complainant.name": self.complainant.name,
            "complainant.phone": self.complainant.phone,
            "complainant.address": self.complainant.address,
            "complainant.email": self.complainant.email,
            "respondent.name": name.value if name else None,
            "respondent.address": address.value if address else None,
            "event.place": self.place,
            "event.time": self.facts.seen_at.value if self.facts.seen_at else None,
        }
        return known[field]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(f for f in NEEDED[self.recipient] if not self.value(f))

    @property
    def attachments(self) -> tuple[EvidenceFile, ...]:
        """The evidence a reader needs, in reading order: the report, the sign photo, each mandatory wall's
        screenshot, then what proves nothing was changed (manifest, signature, timestamp)."""
        names = [
            self.facts.human_report,
            self.facts.photo,
            *(w.screenshot for w in self.facts.walls),
            "manifest.json",
            self.facts.signature,
            self.facts.timestamp,
        ]
        found = [self.facts.file(n) for n in dict.fromkeys(n for n in names if n)]
        return tuple(f for f in found if f is not None)
