"""The organiser's pages: login, the campaign table (filtered by verdict, wall category and date) with its
offline map, and each case with its note, a re-check button and the complaint packages.

Sessions are cookies (HttpOnly, SameSite=Strict, so another site cannot post these forms with them)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from qraudit.service.api import FILE_CSP, case_or_404, queue_recheck
from qraudit.service.auth import SESSION_COOKIE, grant_of, require, same_campaign, state_of
from qraudit.service.pages import page
from qraudit.service.sentence import sentence_of
from qraudit.service.svgmap import render_map
from qraudit.service.tokens import Grant

router = APIRouter(include_in_schema=False)
RECIPIENTS = ("cca", "12315", "merchant")


def _signed_in(request: Request, response: RedirectResponse, secret: str) -> RedirectResponse:
    # Secure behind a TLS proxy (uvicorn takes the scheme from X-Forwarded-Proto of a proxy on 127.0.0.1)
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        httponly=True,
        samesite="strict",
        max_age=12 * 3600,
        path="/",
        secure=request.url.scheme == "https",
    )
    return response


@router.get("/organiser")
def campaign_page(
    request: Request, verdict: str = "", category: str = "", since: str = "", until: str = ""
) -> HTMLResponse:
    token = request.query_params.get("token")
    if token and (grant := grant_of(request, token)) and grant.organiser:  # a token link: into a cookie, out of the URL
        return _signed_in(request, RedirectResponse("/organiser", status_code=303), token)  # type: ignore[return-value]
    grant = grant_of(request)
    if grant is None or not grant.organiser:
        return page("login.html", 401, title="登录 Sign in", message="")
    return page(
        "campaign.html", title="活动 Campaign", **_campaign_context(request, grant, verdict, category, since, until)
    )


def _campaign_context(request: Request, grant: Grant, verdict: str, category: str, since: str, until: str) -> dict:
    from qraudit.campaign.summary_data import load_campaign, sorted_rows
    from qraudit.campaign.summary_files import geojson

    root = state_of(request).config.campaign_dir(grant.campaign)
    rows: list = []
    collection: dict = {"features": []}
    categories: list[str] = []
    if (root / "campaign.db").is_file():
        campaign = load_campaign(root, thumbs=False)
        categories = sorted({w.category for r in campaign.rows for w in r.record.report.walls})
        rows = [
            r
            for r in sorted_rows(campaign.rows, "date")
            if (not verdict or r.verdict == verdict)
            and (not category or category in {w.category for w in r.record.report.walls})
            and (not since or r.date[:10] >= since)
            and (not until or r.date[:10] <= until)
        ]
        kept = {r.case_id for r in rows}
        collection = geojson(campaign)
        collection["features"] = [f for f in collection["features"] if kept & set(f["properties"]["case_ids"])]
    intake_of = {r.case_id: r.record.folder.parent.name for r in rows}  # cases/<intake id>/<audit case id>
    svg = render_map(collection, lambda p: f"/organiser/cases/{intake_of.get(p['case_ids'][0], '')}")
    return {
        "campaign": grant.campaign,
        "rows": rows,
        "intake_of": intake_of,
        "map": svg,
        "categories": categories,
        "filters": {"verdict": verdict, "category": category, "since": since, "until": until},
    }


@router.post("/login")
def login(request: Request, campaign: str = Form(...), name: str = Form(...), password: str = Form(...)):
    wait = state_of(request).login_limit.take(f"{campaign}\0{name}")  # guessing a password is slow, on purpose
    if wait:
        raise HTTPException(
            429, "too many sign-in attempts; wait a little", headers={"Retry-After": str(round(wait) or 1)}
        )
    secret = state_of(request).tokens.login(campaign, name, password)
    if secret is None:
        return page("login.html", 401, title="登录 Sign in", message="用户名或密码错误 Wrong name or password")
    return _signed_in(request, RedirectResponse("/organiser", status_code=303), secret)


def _organiser_case(request: Request, case_id: str):
    grant = require(request, organiser=True)
    view = case_or_404(request, case_id)
    same_campaign(grant, view.intake.campaign)
    return view


def complaints_dir(request: Request, case_id: str) -> Path:
    return state_of(request).config.data / "complaints" / case_id


@router.get("/organiser/cases/{case_id}")
def case_page(request: Request, case_id: str) -> HTMLResponse:
    view = _organiser_case(request, case_id)
    folder = complaints_dir(request, case_id)
    packages = (
        sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    )
    rechecks = view.result.extra.get("rechecks", []) if view.result else []
    return page(
        "organiser_case.html",
        title=case_id,
        case=view,
        sentence=sentence_of(view),
        packages=packages,
        note=state_of(request).cases.note(case_id),
        recipients=RECIPIENTS,
        rechecks=rechecks,
    )


@router.post("/organiser/cases/{case_id}/note")
def save_note(request: Request, case_id: str, note: str = Form("")) -> RedirectResponse:
    _organiser_case(request, case_id)
    state_of(request).cases.set_note(case_id, note[: state_of(request).config.limits.max_text_chars])
    return RedirectResponse(f"/organiser/cases/{case_id}", status_code=303)


@router.post("/organiser/cases/{case_id}/recheck")
def recheck(request: Request, case_id: str) -> RedirectResponse:
    queue_recheck(request, _organiser_case(request, case_id))
    return RedirectResponse(f"/organiser/cases/{case_id}", status_code=303)


@router.post("/organiser/cases/{case_id}/complaint")
def complaint(
    request: Request,
    case_id: str,
    to: str = Form(...),
    name: str = Form(""),
    phone: str = Form(""),
    email: str = Form(""),
    address: str = Form(""),
) -> RedirectResponse:
    from qraudit.complaint.batch import complain_cases
    from qraudit.complaint.complainant import Complainant

    view = _organiser_case(request, case_id)
    if to not in RECIPIENTS or view.result is None:
        raise HTTPException(400, "choose cca, 12315 or merchant, for a finished case")
    root = state_of(request).config.campaign_dir(view.intake.campaign)
    folders = [root / a["folder"] for a in view.result.audits]
    limit = state_of(request).config.limits.max_text_chars

    def given(value: str) -> str | None:  # what the organiser typed; the rest stays 待补充 in the texts
        return value.strip()[:limit] or None

    complainant = Complainant(
        name=given(name), phone=given(phone), email=given(email), address=given(address), place=given(view.intake.place)
    )
    complain_cases(folders, to, complainant, complaints_dir(request, case_id))
    return RedirectResponse(f"/organiser/cases/{case_id}", status_code=303)


@router.get("/organiser/cases/{case_id}/complaints/{path:path}")
def complaint_file(request: Request, case_id: str, path: str) -> FileResponse:
    _organiser_case(request, case_id)
    folder = complaints_dir(request, case_id).resolve()
    target = (folder / path).resolve()
    if not target.is_relative_to(folder) or not target.is_file():
        raise HTTPException(404, "no such file")
    return FileResponse(target, headers={"Content-Security-Policy": FILE_CSP, "X-Content-Type-Options": "nosniff"})
