"""The fixture corpus of checkout sites: load their labels, serve them, and check what reached the server.

Each site is a folder `tests/sites/<site-id>/` holding static files, `label.yaml` (what an audit of it must
conclude) and optionally `routes.py` with `routes(ctx: SiteContext) -> dict[str, Route]` for server-side
behaviour. Labels are validated strictly so that a typo cannot silently weaken an end-to-end test.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.sites.personal import personal_data_in
from tests.support.server import FixtureServer, Reply, Route, SeenRequest

SITES = Path(__file__).parent
# The blind tier: sites written from a one-paragraph scenario by authors who never read the walker.
BLIND_SITES = SITES.parent / "sites_blind"

KINDS = ("parking", "ordering", "pay-merchant")
LANGS = ("zh", "en")
VERDICTS = ("violation", "compliant", "inconclusive")
WALLS = ("follow", "login", "personal_data")
_FINDING_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_LABEL_KEYS = (
    "title", "kind", "lang", "verdict", "reached_payment", "mandatory_walls", "optional_walls", "findings", "notes",
)
# Files of a site folder that describe it rather than belong to it: never served to the browser.
_PRIVATE_FILES = ("/label.yaml", "/routes.py")


class SiteLabelError(ValueError):
    """A label.yaml or site folder that does not follow the schema above; the message names the file."""


@dataclass(frozen=True)
class SiteLabel:
    title: str
    kind: str
    lang: str
    verdict: str
    reached_payment: bool
    mandatory_walls: tuple[str, ...]
    optional_walls: tuple[str, ...]
    findings: tuple[str, ...]
    notes: str


@dataclass(frozen=True)
class Site:
    id: str
    root: Path
    label: SiteLabel
    start_path: str = "/"

    @property
    def routes_file(self) -> Path:
        return self.root / "routes.py"


@dataclass(frozen=True)
class SiteContext:
    """What a site's `routes(ctx)` gets: the (not yet started) server and a per-server scratch store."""

    site: Site
    server: FixtureServer
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def url(self, path: str = "/") -> str:
        return self.server.url(path)


def _fail(path: Path, message: str) -> SiteLabelError:
    return SiteLabelError(f"{path}: {message}")


def _choice(path: Path, data: dict, key: str, allowed: tuple[str, ...]) -> str:
    value = data.get(key)
    if value not in allowed:
        raise _fail(path, f"{key}={value!r} is not one of {', '.join(allowed)}")
    return value


def _text(path: Path, data: dict, key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
        raise _fail(path, f"{key} must be a non-empty one-line string")
    return value.strip()


def _ids(path: Path, data: dict, key: str, allowed: tuple[str, ...] | None) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"{key} must be a list of strings")
    for item in value:
        if allowed is not None and item not in allowed:
            raise _fail(path, f"{key} has {item!r}; known: {', '.join(allowed)}")
        if allowed is None and not _FINDING_ID.match(item):
            raise _fail(path, f"{key} has {item!r}; use lower-case ids like marketing-prechecked")
    if len(set(value)) != len(value):
        raise _fail(path, f"{key} repeats an entry")
    return tuple(value)


def parse_label(path: Path) -> SiteLabel:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot read label: {exc}") from exc
    if not isinstance(data, dict):
        raise _fail(path, "label must be a mapping")
    unknown = sorted(set(data) - set(_LABEL_KEYS))
    missing = [k for k in _LABEL_KEYS if k not in data]
    if unknown or missing:
        raise _fail(path, f"unknown keys {unknown}, missing keys {missing}; known: {', '.join(_LABEL_KEYS)}")
    if not isinstance(data["reached_payment"], bool):
        raise _fail(path, "reached_payment must be true or false")
    label = SiteLabel(
        title=_text(path, data, "title"),
        kind=_choice(path, data, "kind", KINDS),
        lang=_choice(path, data, "lang", LANGS),
        verdict=_choice(path, data, "verdict", VERDICTS),
        reached_payment=data["reached_payment"],
        mandatory_walls=_ids(path, data, "mandatory_walls", WALLS),
        optional_walls=_ids(path, data, "optional_walls", WALLS),
        findings=_ids(path, data, "findings", None),
        notes=_text(path, data, "notes"),
    )
    _check_consistent(path, label)
    return label


def _check_consistent(path: Path, label: SiteLabel) -> None:
    """The verdict follows from the walls and the outcome; a label that contradicts itself is a typo."""
    if set(label.mandatory_walls) & set(label.optional_walls):
        raise _fail(path, "a wall cannot be both mandatory and optional")
    if label.verdict == "violation" and (not label.mandatory_walls or label.reached_payment):
        raise _fail(path, "a violation needs a mandatory wall and no payment reached")
    if label.verdict == "compliant" and (label.mandatory_walls or not label.reached_payment):
        raise _fail(path, "a compliant site has no mandatory wall and reaches payment")
    if label.verdict == "inconclusive" and (label.mandatory_walls or label.reached_payment):
        raise _fail(path, "an inconclusive site has no mandatory wall and never reaches payment")


def load_site(folder: Path) -> Site:
    label_file = folder / "label.yaml"
    if not label_file.is_file():
        raise _fail(folder, "site folder has no label.yaml")
    if not (folder / "index.html").is_file():
        raise _fail(folder, "site folder has no index.html")
    return Site(id=folder.name, root=folder, label=parse_label(label_file))


def load_sites(root: Path = SITES) -> list[Site]:
    """Every site under `root` (tests/sites by default), sorted by id. Folders starting with '_' or '.' are not sites."""
    if not root.is_dir():
        return []
    folders = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")) and (p / "label.yaml").exists()]
    return [load_site(folder) for folder in sorted(folders, key=lambda p: p.name)]


def _load_routes(site: Site, ctx: SiteContext) -> dict[str, Route]:
    if not site.routes_file.is_file():
        return {}
    module_name = "tests.sites._routes_" + re.sub(r"\W", "_", site.id)
    spec = importlib.util.spec_from_file_location(module_name, site.routes_file)
    if spec is None or spec.loader is None:
        raise _fail(site.routes_file, "cannot import routes")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    make = getattr(module, "routes", None)
    if not callable(make):
        raise _fail(site.routes_file, "routes.py must define routes(ctx)")
    made = make(ctx)
    if not isinstance(made, dict) or not all(isinstance(k, str) and k.startswith("/") for k in made):
        raise _fail(site.routes_file, "routes(ctx) must return a dict from '/path' to a route function")
    return made


def _not_found(_: SeenRequest) -> Reply:
    return Reply(404, b"not found", content_type="text/plain")


def start_site(site: Site) -> FixtureServer:
    """A started FixtureServer on 127.0.0.1 serving the site's files and routes; the caller stops it."""
    server = FixtureServer(site.root)
    server.routes.update({path: _not_found for path in _PRIVATE_FILES})
    server.routes.update(_load_routes(site, SiteContext(site=site, server=server)))
    return server.start()


def personal_data_seen(server: FixtureServer) -> list[str]:
    """Personal data found in any query string or body the site received, as 'METHOD /route: what' lines."""
    found: list[str] = []
    for request in server.seen():
        found.extend(f"{request.method} {request.route}: {item}" for item in personal_data_in(request))
    return found
