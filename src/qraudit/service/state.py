"""What every request handler shares: the config, the token store, the case index, the queue, the rate limit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qraudit.service.caseindex import CaseIndex
from qraudit.service.config import ServiceConfig
from qraudit.service.intake import Intake, Result, load_intake, load_result
from qraudit.service.jobqueue import JobQueue, open_queue
from qraudit.service.ratelimit import RateLimit
from qraudit.service.tokens import TokenStore

LOGINS_PER_MINUTE, LOGIN_BURST = 5, 5


@dataclass(frozen=True)
class CaseView:
    """A case as the API and the pages show it."""

    intake: Intake
    status: str  # queued | running | done | failed
    result: Result | None
    error: str = ""
    attempts: int = 0

    def links(self) -> dict[str, str]:
        base = f"/cases/{self.intake.id}"
        links = {"self": f"/api/cases/{self.intake.id}", "page": base}
        if self.result:
            links["reports"] = [f"{base}/audits/{i}/report.html" for i in range(len(self.result.audits))]  # type: ignore[assignment]
        return links

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.intake.id,
            "status": self.status,
            "campaign": self.intake.campaign,
            "received_at": self.intake.received_at,
            "links": self.links(),
            "uploads": [
                {"field": u.field, "sha256": u.sha256, "size": u.size, "type": u.type} for u in self.intake.uploads
            ],
            "url": self.intake.url,
            "place": self.intake.place,
            "note": self.intake.note,
        }
        if self.error:
            data["error"] = self.error
        if self.result and self.status == "done":
            r = self.result
            data.update(
                verdict=r.verdict,
                verdict_reason=r.verdict_reason,
                finished_at=r.finished_at,
                walls=[w for a in r.audits for w in a["walls"]],
                audits=list(r.audits),
                notes=list(r.notes),
                intake_sha256=r.intake_sha256,
                uploads_sealed=r.uploads_sealed,
            )
        return data


class ServiceState:
    def __init__(self, config: ServiceConfig):
        self.config = config
        self.tokens = TokenStore(config.service_db)
        self.cases = CaseIndex(config.service_db)
        self.queue: JobQueue = open_queue(config.queue)
        self.limit = RateLimit(config.limits.uploads_per_minute, config.limits.burst)
        self.login_limit = RateLimit(LOGINS_PER_MINUTE, LOGIN_BURST)  # per campaign and name

    def requeue_lost(self, campaigns: list[str]) -> int:
        """Cases stored but never queued (the server died between the two): queue them now; idempotent."""
        lost = [c for name in campaigns for c in self.cases.of_campaign(name) if self.queue.state(c) is None]
        return sum(self.queue.enqueue(case_id) for case_id in lost)

    def view(self, case_id: str) -> CaseView | None:
        if self.cases.campaign_of(case_id) is None:  # only ids this service made: nothing else reaches the disk
            return None
        root = self.config.intake_dir(case_id)
        job = self.queue.state(case_id)
        status = job.state if job else "queued"
        return CaseView(
            load_intake(root), status, load_result(root), job.error if job else "", job.attempts if job else 0
        )

    def close(self) -> None:
        self.tokens.close()
        self.cases.close()
        self.queue.close()
