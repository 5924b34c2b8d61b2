"""Every request of an audit passes here: known providers are answered locally, the guard refuses internal
addresses, and redirects are taken apart hop by hop.

Playwright's route never sees the target of a server-side redirect (Playwright issue #33882), so nothing is
left to the browser's own network stack: each request is fetched with max_redirects=0. A redirected document
is replayed as a navigation (the route then sees the next hop); a redirected subresource is followed here,
each hop checked. Each fetch dials the address the guard checked (egress.py); the browser's own
connections, whatever would slip past the route, meet a proxy that refuses them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from playwright.async_api import APIRequestContext, APIResponse, Route, WebSocketRoute
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Request as PwRequest

from qraudit.capture import standins
from qraudit.capture.events import Recorder
from qraudit.capture.guard import Guard
from qraudit.capture.known_hosts import APP_SCHEMES, Answer, Hit, known_host
from qraudit.capture.options import CaptureOptions
from qraudit.capture.sites import third_party, trustworthy_origin

HARMLESS_SCHEMES = ("http", "https", "data", "blob", "about")
# Headers that describe a request body: dropped with the body when a redirect turns a POST into a GET.
BODY_HEADERS = frozenset({"content-type", "content-length", "content-encoding", "content-language", "content-location"})
NAV_REASONS = {"scriptInitiated": "script", "metaTagRefresh": "meta", "httpHeaderRefresh": "meta"}


class Network:
    def __init__(
        self,
        guard: Guard,
        recorder: Recorder,
        options: CaptureOptions,
        is_main: Callable[[PwRequest], bool],
        top_url: Callable[[], str],
        request_headers: Callable[[dict[str, str], bool], dict[str, str]],
        api: APIRequestContext,
    ):
        self.guard, self.recorder, self.options = guard, recorder, options
        self.is_main, self.top_url = is_main, top_url
        self.request_headers = request_headers  # the profile's: what the phone would send
        self.api = api  # the context's fetch: same cookies, same egress proxy
        self.inflight = 0
        self.last_activity = time.monotonic()
        self._pending: dict[str, str] = {}  # redirect target -> how we got there (http | oauth-standin)
        self._requested: dict[str, str] = {}  # URL -> why the renderer navigated (script | meta)

    def note_navigation(self, url: str, reason: str) -> None:
        """From CDP Page.frameRequestedNavigation: tells script and meta-refresh hops apart."""
        if reason in NAV_REASONS:
            self._requested[_key(url)] = NAV_REASONS[reason]

    def main_hops(self) -> int:
        return sum(1 for step, _ in self.recorder.hops if step == self.recorder.step)

    # ------------------------------------------------------------ the route handler
    async def handle(self, route: Route) -> None:
        self.inflight += 1
        try:
            await self._handle(route)
        except PlaywrightError:  # the page went away mid-request: nothing left to answer
            try:
                await route.abort("failed")
            except PlaywrightError:
                pass
        finally:
            self.inflight -= 1
            self.last_activity = time.monotonic()

    async def _handle(self, route: Route) -> None:
        request = route.request
        url, nav = request.url, request.is_navigation_request()
        main = nav and self.is_main(request)
        post = request.post_data if request.method == "POST" else None
        index = self.recorder.request(
            request.method, url, request.resource_type, third_party(url, self.top_url()), post
        )
        arrived = self._pending.pop(_key(url), None), self._requested.pop(_key(url), None)
        via = arrived[0] or arrived[1] or "http"  # our replayed redirect outranks the script that did it
        if main and self.main_hops() >= self.options.max_redirects:
            return await self._refuse(route, index, main, url, f"more than {self.options.max_redirects} redirects")
        entry = known_host(url)
        if entry is not None:
            answer = entry.answer(Hit(url, request.method, post))
            return await self._answer(route, index, main, nav, url, via, answer)
        problem = await self.guard.problem(url)
        if problem:
            return await self._refuse(route, index, main, url, problem)
        response = await route.fetch(
            headers=self.request_headers(request.headers, True),
            max_redirects=0,
            timeout=self.options.nav_timeout_s * 1000,
        )
        target = _redirect_target(url, response)
        if target is not None:
            self.recorder.update_request(index, status=response.status)
            if nav:
                if main:
                    self.recorder.hop(url, response.status, via)
                return await self._replay(route, index, main, target, "http")
            followed = await self._follow(route, index, target, response.status)
            if isinstance(followed, Answer):
                return await route.fulfill(
                    status=followed.status, body=followed.body, content_type=followed.content_type
                )
            if followed is None:
                return
            response = followed
        self.recorder.update_request(index, status=response.status)
        if main:
            self.recorder.hop(url, response.status, via)
        await route.fulfill(response=response)

    # ------------------------------------------------------------ pieces
    async def _refuse(self, route: Route, index: int, main: bool, url: str, reason: str) -> None:
        self.recorder.update_request(index, blocked=reason)
        if main:
            self.recorder.top_error(f"refused {url}: {reason}")
        await route.abort("blockedbyclient")

    async def _answer(
        self, route: Route, index: int, main: bool, nav: bool, url: str, via: str, answer: Answer
    ) -> None:
        self.recorder.host_event(answer.kind, url, answer.params)
        status = 302 if answer.location else answer.status
        self.recorder.update_request(index, status=status)
        if main:
            self.recorder.hop(url, status, via)
        if answer.location and nav:
            return await self._replay(route, index, main, answer.location, "oauth-standin")
        if answer.location:  # a script asked a provider directly: never hand the browser a redirect to follow
            return await route.fulfill(status=204, body="")
        await route.fulfill(status=answer.status, body=answer.body, content_type=answer.content_type)

    async def _replay(self, route: Route, index: int, main: bool, target: str, via: str) -> None:
        """Answer a redirect of a document with a page that navigates on, so that the next hop is routed too."""
        scheme = urlsplit(target).scheme.lower()
        if scheme not in ("http", "https"):
            self.app_scheme(target)
            self.recorder.update_request(index, blocked=f"redirect to {scheme}: refused")
            return await route.abort("blockedbyclient")
        self._pending[_key(target)] = via
        await route.fulfill(status=200, body=standins.redirect_page(target), content_type="text/html; charset=utf-8")

    async def _follow(self, route: Route, index: int, target: str, status: int) -> APIResponse | Answer | None:
        """Follow a subresource's redirects here, checking each hop; None when one was refused.

        The method and body change as a browser's do (Fetch standard): 307 and 308 keep them, 303 turns
        anything but HEAD into GET, 301 and 302 turn only POST into GET.
        """
        request = route.request
        method, body = request.method, request.post_data_buffer
        for _ in range(self.options.max_redirects):
            method, body = _after_redirect(status, method, body)
            entry = known_host(target)
            if entry is not None:
                answer = entry.answer(Hit(target, method, body.decode("utf-8", "replace") if body else None))
                self.recorder.host_event(answer.kind, target, answer.params)
                return answer if not answer.location else Answer(answer.kind, status=204)
            problem = self.guard.scheme_problem(target) or await self.guard.problem(target)
            if problem:
                self.recorder.update_request(index, blocked=f"redirect to {target}: {problem}")
                await route.abort("blockedbyclient")
                return None
            headers = self.request_headers(request.headers, trustworthy_origin(target))  # https -> http: none
            if body is None:
                headers = {k: v for k, v in headers.items() if k.lower() not in BODY_HEADERS}
            # The context's own fetch, not route.fetch: that one sends the original body when given none.
            response = await self.api.fetch(
                target,
                method=method,
                headers=headers,
                data=body,
                max_redirects=0,
                timeout=self.options.nav_timeout_s * 1000,
            )
            following = _redirect_target(target, response)
            if following is None:
                return response
            target, status = following, response.status
        self.recorder.update_request(index, blocked=f"more than {self.options.max_redirects} redirects")
        await route.abort("blockedbyclient")
        return None

    async def handle_websocket(self, socket: WebSocketRoute) -> None:
        """WebSockets are guarded like requests. (A locally launched Chromium opens them itself, through the
        context's proxy, which serves only Playwright's fetches: they are recorded, never connected.)"""
        url = socket.url
        index = self.recorder.request("GET", url, "websocket", third_party(url, self.top_url()), None)
        problem = await self.guard.problem("http" + url[2:] if url.startswith("ws") else url)
        if problem:
            self.recorder.update_request(index, blocked=problem)
            await socket.close()
            return
        socket.connect_to_server()

    # ------------------------------------------------------------ requests the route never sees
    def on_request(self, request: PwRequest) -> None:
        """App schemes (weixin://, alipays://...) and file:/chrome: never reach the route: record them here."""
        scheme = urlsplit(request.url).scheme.lower()
        if scheme in HARMLESS_SCHEMES:
            return
        index = self.recorder.request(request.method, request.url, request.resource_type, True, None)
        self.recorder.update_request(index, blocked=f"scheme {scheme}: refused")
        self.app_scheme(request.url)

    def app_scheme(self, url: str) -> None:
        scheme = urlsplit(url).scheme.lower()
        kind = (
            "app-scheme"
            if scheme in APP_SCHEMES or scheme not in ("file", "chrome", "javascript")
            else "refused-scheme"
        )
        self.recorder.host_event(kind, url, {"scheme": scheme})


def _key(url: str) -> str:
    return url.split("#", 1)[0]  # requests carry no fragment


def _after_redirect(status: int, method: str, body: bytes | None) -> tuple[str, bytes | None]:
    """The method and body of the next hop after a redirect with `status`, as browsers do it."""
    if (status == 303 and method not in ("GET", "HEAD")) or (status in (301, 302) and method == "POST"):
        return "GET", None
    return method, body


def _redirect_target(url: str, response: APIResponse) -> str | None:
    location = response.headers.get("location")
    if 300 <= response.status < 400 and location:
        return urljoin(url, location)
    return None
