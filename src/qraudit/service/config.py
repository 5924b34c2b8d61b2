"""Where the service keeps its data, and the limits it puts on uploads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 25 * MiB  # a 48 MP HEIC is ~10 MiB; a minute of 1080p screen recording ~30 MiB
    max_video_bytes: int = 150 * MiB
    max_request_bytes: int = 200 * MiB
    max_files: int = 12  # photos and walk files together
    max_image_pixels: int = 64_000_000  # above a 48 MP phone camera; more is a decompression bomb
    max_text_chars: int = 2000  # note, place, url
    uploads_per_minute: int = 30  # per token; a volunteer at a car park sends a few
    burst: int = 10


@dataclass(frozen=True)
class ServiceConfig:
    data: Path
    audit_args: tuple[str, ...] = ()  # forwarded to `qraudit audit` (the audit options serve/worker take)
    limits: Limits = field(default_factory=Limits)
    queue_url: str = ""  # "" = the embedded SQLite queue in data/queue.db
    workers: int = 1  # embedded workers (serve --jobs); 0 = none, for a server whose workers run elsewhere
    lease_s: float = 30.0  # a job whose worker stops renewing it for this long runs again elsewhere

    @property
    def service_db(self) -> Path:
        return self.data / "service.db"

    def intake_dir(self, case_id: str) -> Path:
        return self.data / "intake" / case_id

    def campaign_dir(self, campaign: str) -> Path:
        return self.data / "campaigns" / campaign

    def audit_out(self, campaign: str, case_id: str) -> Path:
        """Each case audits into a folder of its own, so that concurrent audits never clean up each other's work."""
        return self.campaign_dir(campaign) / "cases" / case_id

    @property
    def queue(self) -> str:
        return self.queue_url or f"sqlite:///{(self.data / 'queue.db').as_posix()}"
