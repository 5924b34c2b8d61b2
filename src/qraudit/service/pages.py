"""The volunteer's pages: the upload form (a plain form POST that works without JavaScript) and the case page."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from qraudit.service.api import case_or_404, create_case
from qraudit.service.auth import grant_of
from qraudit.service.sentence import sentence_of
from qraudit.service.state import CaseView

router = APIRouter(include_in_schema=False)
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True),
    trim_blocks=True,
)
PENDING_REFRESH_S = 5  # without JavaScript the case page reloads itself until the verdict is there


def page(name: str, status: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(TEMPLATES.get_template(name).render(**context), status_code=status)


def _case_context(view: CaseView) -> dict:
    result = view.result if view.status == "done" else None
    reports = [f"/cases/{view.intake.id}/audits/{i}/report.html" for i in range(len(result.audits))] if result else []
    return {
        "case": view,
        "sentence": sentence_of(view),
        "verdict": result.verdict if result else "",
        "reports": reports,
    }


@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse("/upload", status_code=303)


@router.get("/upload")
def upload_page(request: Request, token: str = "") -> HTMLResponse:
    grant = grant_of(request, token)
    allowed = grant is not None
    return page(
        "upload.html",
        200 if allowed else (401 if not token else 403),
        title="上传 Upload",
        allowed=allowed,
        token=token,
        max_text=request.app.state.service.config.limits.max_text_chars,
    )


@router.post("/cases")
async def post_form(request: Request) -> RedirectResponse:
    token = request.query_params.get("token")
    case_id = await create_case(request, form_token=token or await _form_token(request))
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


async def _form_token(request: Request) -> str | None:
    limits = request.app.state.service.config.limits
    form = await request.form(max_files=limits.max_files + 8, max_fields=32)  # parsed once; Starlette caches it
    value = form.get("token")
    return value if isinstance(value, str) else None


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: str) -> HTMLResponse:
    view = case_or_404(request, case_id)
    pending = view.status in ("queued", "running")
    return page(
        "case.html", title="审计结果 Result", refresh=PENDING_REFRESH_S if pending else None, **_case_context(view)
    )


@router.get("/cases/{case_id}/fragment")
def case_fragment(request: Request, case_id: str) -> HTMLResponse:
    return page("case_fragment.html", **_case_context(case_or_404(request, case_id)))


def error_page(status: int, message: str) -> HTMLResponse:
    return page("error.html", status, title=str(status), code=status, message=message)


__all__ = ["router", "error_page", "HTTPException"]
