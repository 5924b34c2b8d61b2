"""The JSON API (OpenAPI at /openapi.json, a readable list at /docs). Statuses: docs/deploy.md."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from qraudit.service.auth import require, require_upload_slot, same_campaign, state_of
from qraudit.service.receive import receive_case
from qraudit.service.state import CaseView

router = APIRouter()
FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"  # merchant DOM copies never run


def case_or_404(request: Request, case_id: str) -> CaseView:
    view = state_of(request).view(case_id)
    if view is None:
        raise HTTPException(404, "no such case")
    return view


async def create_case(request: Request, form_token: str | None = None) -> str:
    grant = require(request, form_token)
    require_upload_slot(request, grant)
    limits = state_of(request).config.limits
    form = await request.form(max_files=limits.max_files + 8, max_fields=32)  # our own count gives the 413
    return await receive_case(form, grant, state_of(request))


@router.post("/api/cases", status_code=201, summary="Submit a case (multipart: photo*, walk*, url, note, place)")
async def post_case(request: Request) -> JSONResponse:
    case_id = await create_case(request)
    view = case_or_404(request, case_id)
    return JSONResponse(
        {"id": case_id, "status": "queued", "links": view.links()},
        status_code=201,
        headers={"Location": f"/api/cases/{case_id}"},
    )


@router.get("/api/cases/{case_id}", summary="A case's status; when done, its verdict, walls and reports")
def get_case(request: Request, case_id: str) -> dict:
    return case_or_404(request, case_id).as_json()  # the unguessable id is the capability to read it


@router.get("/api/cases", summary="The campaign's cases (organiser), filtered by status and verdict")
def list_cases(request: Request, status: str | None = None, verdict: str | None = None) -> dict:
    grant = require(request, organiser=True)
    state = state_of(request)
    views = [v for v in (state.view(c) for c in state.cases.of_campaign(grant.campaign)) if v is not None]
    rows = [v.as_json() for v in views]
    rows = [r for r in rows if (not status or r["status"] == status) and (not verdict or r.get("verdict") == verdict)]
    return {"campaign": grant.campaign, "count": len(rows), "cases": rows}


def _campaign(request: Request):
    from qraudit.campaign.summary_data import load_campaign

    grant = require(request, organiser=True)
    root = state_of(request).config.campaign_dir(grant.campaign)
    if not (root / "campaign.db").is_file():
        raise HTTPException(404, "this campaign has no finished audit yet")
    return load_campaign(root, thumbs=False)


@router.get("/api/campaign.geojson", summary="The campaign's photos with GPS, as the campaign summary writes them")
def campaign_geojson(request: Request) -> JSONResponse:
    from qraudit.campaign.summary_files import geojson

    return JSONResponse(geojson(_campaign(request)), media_type="application/geo+json")


@router.get("/api/campaign.csv", summary="The campaign's audits, as summary.csv")
def campaign_csv(request: Request) -> Response:
    from qraudit.campaign.summary_files import render_csv

    return Response(
        render_csv(_campaign(request)),  # rendered for the request: the campaign folder is the audits' own
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="summary.csv"'},
    )


def audit_folder(request: Request, case_id: str, n: int) -> Path:
    view = case_or_404(request, case_id)
    if view.result is None or not 0 <= n < len(view.result.audits):
        raise HTTPException(404, "no such report")
    return state_of(request).config.campaign_dir(view.intake.campaign) / view.result.audits[n]["folder"]


# Included after every other router: /cases/{id}/report.html is the first audit's report, and the files it links
# relatively (step-01.png, photo-view.jpg) resolve beside it, under /cases/{id}/ (the case's other pages win).
first_audit = APIRouter()


@first_audit.get("/cases/{case_id}/{path:path}", summary="The first audit's report (report.html) and its files")
def first_report_file(request: Request, case_id: str, path: str) -> FileResponse:
    return report_file(request, case_id, 0, path)


@router.get("/cases/{case_id}/audits/{n}/{path:path}", summary="A report and the files it shows, with the report's CSP")
def report_file(request: Request, case_id: str, n: int, path: str) -> FileResponse:
    from qraudit.report.html import CSP

    folder = audit_folder(request, case_id, n).resolve()
    target = (folder / path).resolve()
    if not target.is_relative_to(folder) or not target.is_file():
        raise HTTPException(404, "no such file")
    csp = CSP if target == folder / "report.html" else FILE_CSP
    return FileResponse(
        target,
        headers={
            "Content-Security-Policy": csp,
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, max-age=300",
        },
    )


@router.get("/healthz", summary="For load balancers: 200 when the queue answers, 503 when it does not")
def health(request: Request) -> JSONResponse:
    try:
        state_of(request).queue.state("healthz")  # a read that touches the queue's store (SQLite file or Redis)
    except Exception as exc:  # whatever the backend raises when it is gone
        return JSONResponse({"status": "unavailable", "error": f"queue: {type(exc).__name__}"}, status_code=503)
    return JSONResponse({"status": "ok", "workers": state_of(request).config.workers})


@router.post("/api/cases/{case_id}/recheck", status_code=202, summary="Audit a finished case again (organiser)")
def recheck_case(request: Request, case_id: str) -> dict:
    grant = require(request, organiser=True)
    view = case_or_404(request, case_id)
    same_campaign(grant, view.intake.campaign)
    queue_recheck(request, view)
    return {"id": case_id, "status": "queued"}


def queue_recheck(request: Request, view: CaseView) -> None:
    """The case's job again, marked as a re-check: the worker runs `qraudit recheck` on its audit folders."""
    from qraudit.service.audit_job import request_recheck

    if view.status != "done":
        raise HTTPException(409, "only a finished case can be re-checked; this one is " + view.status)
    request_recheck(state_of(request).config, view.intake.id)
    state_of(request).queue.requeue(view.intake.id)
