"""`qraudit serve --demo` (`make serve`): the service on the demo data. The demo checkout is served on
127.0.0.1:8737 as `qraudit demo` serves it, a campaign "demo" gets an upload and an organiser token, and the
demo photo is submitted as the first case, through the same checks as any upload."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from typing import Any

from qraudit.service.config import ServiceConfig
from qraudit.service.intake import Intake, Upload, new_case_id, save_intake, uploads_dir, utc_now
from qraudit.service.state import ServiceState
from qraudit.service.uploads import check_upload

CAMPAIGN = "demo"
DEMO_AUDIT_ARGS = ("--allow-host", "127.0.0.1")  # the demo checkout is on loopback


@dataclass(frozen=True)
class Demo:
    upload_token: str
    organiser_token: str
    case_id: str
    server: Any  # the demo site's DemoServer; stop() it


def start_demo(config: ServiceConfig, port: int | None = None) -> Demo:
    """`port`: the demo checkout's (default 8737, the one the bundled photo's code names; 0 picks a free one, and
    the first case is then the checkout's URL, as the photo would lead elsewhere)."""
    from qraudit.data.demo.server import DEMO_PORT, PHOTO, serve_demo

    port = DEMO_PORT if port is None else port
    site, _ = serve_demo(port=port)  # a busy port is a one-line QrauditError
    state = ServiceState(config)
    try:
        upload = state.tokens.new_token(CAMPAIGN, "upload", "make serve")
        organiser = state.tokens.new_token(CAMPAIGN, "organiser", "make serve")
        case_id = new_case_id()
        root = config.intake_dir(case_id)
        uploads_dir(root).mkdir(parents=True)
        if port != DEMO_PORT:
            intake = Intake(case_id, CAMPAIGN, utc_now(), url=site.base_url + "/", token_key="make serve")
            save_intake(root, intake)
            state.cases.add(case_id, CAMPAIGN, intake.received_at)
            state.queue.enqueue(case_id)
            return Demo(upload, organiser, case_id, site)
        checked = check_upload(PHOTO, "photo", config.limits)
        sha = hashlib.sha256(PHOTO.read_bytes()).hexdigest()
        name = f"01-photo-{sha[:16]}{checked.ext}"
        shutil.copyfile(PHOTO, uploads_dir(root) / name)
        intake = Intake(
            case_id,
            CAMPAIGN,
            utc_now(),
            (Upload("photo", name, sha, PHOTO.stat().st_size, checked.type),),
            place="演示停车场 demo car park",
            token_key="make serve",
        )
        save_intake(root, intake)
        state.cases.add(case_id, CAMPAIGN, intake.received_at)
        state.queue.enqueue(case_id)
    finally:
        state.close()
    return Demo(upload, organiser, case_id, site)
