"""Receiving a case: stream each upload to disk under a generated name, hashing it as it arrives, check it by
content, write intake.json, enqueue the job. Shared by the JSON API and the plain form."""

from __future__ import annotations

import hashlib
import shutil
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from qraudit.service.intake import Intake, Upload, new_case_id, save_intake, uploads_dir, utc_now
from qraudit.service.state import ServiceState
from qraudit.service.tokens import Grant
from qraudit.service.uploads import Refused, check_upload

FILE_FIELDS = ("photo", "walk")
CHUNK = 1 << 16


def _text(form: FormData, name: str, limit: int) -> str:
    value = form.get(name) or ""
    if not isinstance(value, str):
        raise Refused(f"{name} must be text", 400)
    if len(value) > limit:
        raise Refused(f"{name} is longer than {limit} characters", 413)
    return value.strip()


def _check_url(url: str) -> str:
    if url and (urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname):
        raise Refused("url must be an http or https address", 400)
    return url


async def _store(upload: UploadFile, field: str, index: int, folder, state: ServiceState) -> Upload:
    limits = state.config.limits
    incoming = folder / f".incoming-{index:02d}"
    digest, size = hashlib.sha256(), 0
    with incoming.open("wb") as handle:
        while block := await upload.read(CHUNK):
            size += len(block)
            if size > max(limits.max_file_bytes, limits.max_video_bytes):
                raise Refused("file too large", 413)
            digest.update(block)
            handle.write(block)
    checked = await run_in_threadpool(check_upload, incoming, field, limits)
    sha = digest.hexdigest()
    name = f"{index:02d}-{field}-{sha[:16]}{checked.ext}"  # never the client's name: no traversal, no collisions
    incoming.rename(folder / name)
    return Upload(field, name, sha, size, checked.type)


async def receive_case(form: FormData, grant: Grant, state: ServiceState) -> str:
    """The new case's id; Refused (with its HTTP status) for anything the limits or the checks refuse."""
    limits = state.config.limits
    files = [(name, value) for name in FILE_FIELDS for value in form.getlist(name) if isinstance(value, UploadFile)]
    files = [(n, f) for n, f in files if f.filename or f.size]  # an empty file input sends a nameless empty part
    if len(files) > limits.max_files:
        raise Refused(f"too many files: at most {limits.max_files}", 413)
    url = _check_url(_text(form, "url", limits.max_text_chars))
    note, place = _text(form, "note", limits.max_text_chars), _text(form, "place", limits.max_text_chars)
    if not files and not url:
        raise Refused("send a photo of the code, a phone walk, or the code's URL", 400)
    case_id = new_case_id()
    root = state.config.intake_dir(case_id)
    uploads_dir(root).mkdir(parents=True)
    try:
        uploads = [await _store(f, name, i, uploads_dir(root), state) for i, (name, f) in enumerate(files, 1)]
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)  # nothing of a refused case is kept
        raise
    intake = Intake(case_id, grant.campaign, utc_now(), tuple(uploads), url, note, place, grant.key)
    save_intake(root, intake)
    state.cases.add(case_id, grant.campaign, intake.received_at)
    state.queue.enqueue(case_id)
    return case_id
