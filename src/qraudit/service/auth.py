"""Who is asking: a Bearer token (API), a `token` form field or query parameter (the phone's page), or an
organiser's login cookie. No grant, no write: 401; a grant of the wrong role or campaign: 403."""

from __future__ import annotations

from fastapi import HTTPException, Request

from qraudit.service.state import ServiceState
from qraudit.service.tokens import Grant

SESSION_COOKIE = "qraudit_session"


def state_of(request: Request) -> ServiceState:
    return request.app.state.service


def presented(request: Request, form_token: str | None = None) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return form_token or request.query_params.get("token") or request.cookies.get(SESSION_COOKIE)


def grant_of(request: Request, form_token: str | None = None) -> Grant | None:
    return state_of(request).tokens.grant(presented(request, form_token))


def require(request: Request, form_token: str | None = None, organiser: bool = False) -> Grant:
    secret = presented(request, form_token)
    if not secret:
        raise HTTPException(401, "an invitation token is needed", headers={"WWW-Authenticate": "Bearer"})
    grant = state_of(request).tokens.grant(secret)
    if grant is None:
        raise HTTPException(403, "unknown or withdrawn token")
    if organiser and not grant.organiser:
        raise HTTPException(403, "this needs an organiser's token or login")
    return grant


def require_upload_slot(request: Request, grant: Grant) -> None:
    wait = state_of(request).limit.take(grant.key)
    if wait:
        raise HTTPException(
            429, "too many uploads from this token; wait a little", headers={"Retry-After": str(max(1, round(wait)))}
        )


def same_campaign(grant: Grant, campaign: str) -> None:
    if grant.campaign != campaign:
        raise HTTPException(403, "this case belongs to another campaign")
