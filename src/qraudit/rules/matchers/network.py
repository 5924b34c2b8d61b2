"""Matchers over where the browser went and what the page asked for: URLs, requests, JS bridge calls."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

from qraudit.models import Snapshot
from qraudit.rules.context import EvalContext, Hit
from qraudit.rules.matchers.base import STRING, Env, as_tuple, one_or_many, params_schema
from qraudit.rules.phrases import compile_regex, regex_error
from qraudit.rules.vocab import Vocabulary

URL_SOURCES = ("page", "redirects", "events", "requests", "links")
DEFAULT_SOURCES = ("page", "redirects", "events")  # places the browser actually went
_MULTIPART_NAME = re.compile(r'name="([^"]+)"')


def _compiled(value: str, key: tuple[Any, ...], env: Env) -> re.Pattern[str]:
    problem = regex_error(value)
    if problem:
        raise env.error(problem, key)
    return compile_regex(value)


def host_matches(host: str, wanted: tuple[str, ...]) -> bool:
    """Exact host or a subdomain of it; never a substring (qr.alipay.com.evil.cn is not alipay.com)."""
    host = host.lower().rstrip(".")
    return any(host == w or host.endswith("." + w) for w in wanted)


def _urls(snapshot: Snapshot, sources: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    """(url, extra query params) from each wanted source; host events carry their parsed params."""
    found: list[tuple[str, dict[str, str]]] = []
    if "page" in sources:
        found.append((snapshot.url, {}))
    if "redirects" in sources:
        found += [(hop.url, {}) for hop in snapshot.redirects]
    if "events" in sources:
        found += [(event.url, dict(event.params)) for event in snapshot.host_events]
    if "requests" in sources:
        found += [(request.url, {}) for request in snapshot.requests]
    if "links" in sources:
        found += [(control.href, {}) for control in snapshot.controls if control.href and control.visible]
    return found


@dataclass(frozen=True)
class UrlMatcher:
    """A URL the page was at, was redirected through, was answered locally at, requested or links to."""

    name: ClassVar[str] = "url"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            "host": {**one_or_many(STRING), "description": "Host(s); subdomains match too."},
            "path": {**STRING, "description": "A regex over the path."},
            "query": {
                "type": "object",
                "additionalProperties": STRING,
                "minProperties": 1,
                "description": "Query parameter -> regex its value must contain.",
            },
            "in": {
                **one_or_many({"enum": list(URL_SOURCES)}),
                "description": "Where to look; default page, redirects, events.",
            },
        },
        any_of=("host", "path", "query"),
        description="A URL by host, path and query parameters.",
    )
    hosts: tuple[str, ...] = ()
    path: re.Pattern[str] | None = None
    query: tuple[tuple[str, re.Pattern[str]], ...] = ()
    sources: tuple[str, ...] = DEFAULT_SOURCES

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> UrlMatcher:
        path = _compiled(params["path"], ("path",), env) if "path" in params else None
        query = tuple((k, _compiled(v, ("query", k), env)) for k, v in (params.get("query") or {}).items())
        sources = as_tuple(params.get("in")) or DEFAULT_SOURCES
        return cls(tuple(h.lower() for h in as_tuple(params.get("host"))), path, query, sources)

    def _matches(self, url: str, extra: dict[str, str]) -> bool:
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        if self.hosts and not host_matches(parts.hostname or "", self.hosts):
            return False
        if self.path is not None and not self.path.search(parts.path):
            return False
        values = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()} | extra
        return all(key in values and pattern.search(values[key]) for key, pattern in self.query)

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        urls = tuple(
            dict.fromkeys(url for url, extra in _urls(snapshot, self.sources) if url and self._matches(url, extra))
        )
        return Hit(tuple(f"URL: {u}" for u in urls), urls=urls) if urls else None


def body_fields(post_data: str | None) -> set[str]:
    """Field names in a POST body: JSON keys (nested too), form keys, or multipart part names; lower case."""
    if not post_data:
        return set()
    try:
        parsed = json.loads(post_data)
    except ValueError:
        parsed = None
    if isinstance(parsed, (dict, list)):
        names: set[str] = set()
        stack = [parsed]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                names |= {str(k).lower() for k in item}
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
        return names
    if 'name="' in post_data:
        return {n.lower() for n in _MULTIPART_NAME.findall(post_data)}
    return {k.lower() for k in parse_qs(post_data, keep_blank_values=True)}


@dataclass(frozen=True)
class RequestMatcher:
    """A request the page made: by URL, method, a field in its body, or a regex over its body."""

    name: ClassVar[str] = "request"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            "url": {**STRING, "description": "A regex over the request URL."},
            "method": {**one_or_many(STRING), "description": "HTTP method(s), e.g. POST."},
            "body_field": {**one_or_many(STRING), "description": "Field name(s), any of which is in the body."},
            "body": {**STRING, "description": "A regex over the raw body."},
        },
        any_of=("url", "method", "body_field", "body"),
        description="A network request made by the page.",
    )
    url: re.Pattern[str] | None = None
    methods: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    body: re.Pattern[str] | None = None

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> RequestMatcher:
        return cls(
            _compiled(params["url"], ("url",), env) if "url" in params else None,
            tuple(m.upper() for m in as_tuple(params.get("method"))),
            tuple(f.lower() for f in as_tuple(params.get("body_field"))),
            _compiled(params["body"], ("body",), env) if "body" in params else None,
        )

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        found = []
        for request in snapshot.requests:
            if self.url is not None and not self.url.search(request.url):
                continue
            if self.methods and request.method.upper() not in self.methods:
                continue
            if self.fields and not body_fields(request.post_data) & set(self.fields):
                continue
            if self.body is not None and not self.body.search(request.post_data or ""):
                continue
            found.append(request)
        if not found:
            return None
        return Hit(tuple(f"{r.method} {r.url}" for r in found[:5]), urls=tuple(r.url for r in found[:5]))


@dataclass(frozen=True)
class BridgeCallMatcher:
    """A call into the WeChat/Alipay JS bridge, e.g. WeixinJSBridge.invoke('jumpToBizProfile')."""

    name: ClassVar[str] = "bridge_call"
    schema: ClassVar[dict[str, Any]] = params_schema(
        {
            "bridge": {**one_or_many(STRING), "description": "WeixinJSBridge, wx, AlipayJSBridge or ap."},
            "method": {**one_or_many(STRING), "description": "Method name(s), compared without case."},
        },
        any_of=("bridge", "method"),
        description="A JS bridge call the page made.",
    )
    bridges: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> BridgeCallMatcher:
        return cls(as_tuple(params.get("bridge")), tuple(m.lower() for m in as_tuple(params.get("method"))))

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        calls = [
            call
            for call in snapshot.bridge_calls
            if (not self.bridges or call.bridge in self.bridges)
            and (not self.methods or call.method.lower() in self.methods)
        ]
        return Hit(tuple(f"{c.bridge}.{c.method}" for c in calls)) if calls else None
