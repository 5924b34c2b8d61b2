"""report.html: one self-contained page, no JavaScript, a strict CSP, readable offline and printable."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from qraudit.models import Box, Finding, LegalRef, Snapshot, StepRecord, Wall
from qraudit.report import narrative
from qraudit.report.base import Formatter, RenderInput
from qraudit.report.i18n import LABELS, pick
from qraudit.report.images import PHOTO_VIEW, image_size, photo_file
from qraudit.report.recheck_section import recheck_context
from qraudit.report.view import (
    Figure,
    LawView,
    NecessityView,
    ProblemView,
    StepView,
    category_label,
    evidence_lines,
    explain,
    mandatory_label,
    manifest_sha256,
    network_view,
    place,
    polygon_shape,
    safe_href,
    screenshot_figure,
    severity_label,
    step_screenshot,
)

# Images only from the folder itself, styles only inline, nothing else at all: no script, no fetch, no frame.
CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("qraudit.report", "templates"),
        autoescape=True,  # every value is page text until proven otherwise
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _laws(refs: tuple[LegalRef, ...], lang: str) -> tuple[LawView, ...]:
    return tuple(LawView(pick(r.law, lang), r.article, pick(r.quote, lang), r.version, r.source) for r in refs)


def _necessity(problem: Wall | Finding, lang: str) -> tuple[NecessityView, ...]:
    return tuple(
        NecessityView(j.item, j.necessary, pick(j.reason, lang), j.citation) for j in getattr(problem, "necessity", ())
    )


def _problem(item: RenderInput, problem: Wall | Finding, lang: str) -> ProblemView:
    is_wall = isinstance(problem, Wall)
    first_rule = item.rules.get(problem.rule_ids[0]) if problem.rule_ids else None
    if isinstance(problem, Wall):
        category = problem.category
        title, badge = category_label(category, lang), mandatory_label(problem.mandatory, lang)
        explanation = explain(category, lang)
    else:
        category = ""
        title, badge = pick(problem.summary, lang), severity_label(problem.severity, lang)
        explanation = pick(first_rule.description, lang) if first_rule else ""
    excerpts, elements = evidence_lines(problem.evidence)
    snap = _snapshot(item, problem.step)
    shot = problem.evidence.screenshot or _step_shot(item, problem.step)
    kind = "wall" if is_wall else "finding"
    figure = screenshot_figure(
        item.folder, shot, snap, [(b, str(i + 1), kind) for i, b in enumerate(problem.evidence.boxes)]
    )
    rules = tuple(
        f"{rid}: {pick(item.rules[rid].title, lang)}" if rid in item.rules else rid for rid in problem.rule_ids
    )
    return ProblemView(
        title=title,
        badge=badge,
        mandatory=bool(getattr(problem, "mandatory", False)),
        step=problem.step,
        summary=pick(problem.summary, lang),
        explain=explanation,
        rules=rules,
        laws=_laws(problem.legal, lang),
        excerpts=excerpts,
        elements=elements,
        url=narrative.clip(problem.evidence.url, 300) if problem.evidence.url else None,
        href=safe_href(problem.evidence.url),
        fields=problem.evidence.field_kinds,
        refusals=tuple(narrative.clip(a, 60) for a in getattr(problem, "refusal_attempts", ())),
        figure=figure,
        necessity=_necessity(problem, lang),
        violation=bool(getattr(problem, "violation", False)),
    )


def _snapshot(item: RenderInput, step: int) -> Snapshot | None:
    return next((s for s in item.snapshots if s.step == step), None)


def _step_shot(item: RenderInput, step: int) -> str | None:
    record = next((s for s in item.report.steps if s.n == step), None)
    return step_screenshot(record, item.folder) if record else None


def _steps(item: RenderInput, lang: str) -> list[StepView]:
    report = item.report
    views = []
    previous: str | None = None
    for record in sorted(report.steps, key=lambda s: s.n):
        snap = _snapshot(item, record.n)
        outlines: list[tuple[Box, str, str]] = []
        badges = []
        for wall in (w for w in report.walls if w.step == record.n):
            outlines += [(b, "", "wall") for b in wall.evidence.boxes]
            badges.append(f"{category_label(wall.category, lang)} · {mandatory_label(wall.mandatory, lang)}")
        for finding in (f for f in report.findings if f.step == record.n):
            outlines += [(b, "", "finding") for b in finding.evidence.boxes]
            badges.append(pick(finding.summary, lang))
        views.append(
            StepView(
                n=record.n,
                url=narrative.clip(record.source or record.url, 200),  # a phone walk: file @ time
                title=narrative.clip(record.title, 120),
                figure=screenshot_figure(item.folder, step_screenshot(record, item.folder), snap, outlines),
                did=(
                    pick(LABELS["first_screen"], lang)
                    if record.action is None and record.source
                    else narrative.action_sentence(record.action, lang)
                ),
                page=tuple(narrative.page_sentences(record.url, previous, snap, report, record.n, lang)),
                badges=tuple(badges),
                mandatory=any(w.mandatory for w in report.walls if w.step == record.n),
                timing=_timing(record, lang),
            )
        )
        previous = record.url
    return views


def _timing(record: StepRecord, lang: str) -> str:
    if not record.clock or record.wall_s is None:
        return ""
    page = record.page_s if record.page_s is not None else record.wall_s
    return pick(LABELS[f"timing_{record.clock}"], lang).format(wall=record.wall_s, page=page)


def _photo(item: RenderInput, lang: str) -> dict[str, Any]:
    target = item.report.target
    figure = None
    photo = photo_file(item.report, item.folder)
    if photo and (item.folder / PHOTO_VIEW).is_file():
        size = image_size(item.folder / photo)  # code corners are in the upright original's pixels
        if size is not None:
            shapes = tuple(polygon_shape(c.polygon, str(i + 1), "code") for i, c in enumerate(target.codes))
            figure = Figure(PHOTO_VIEW, float(size[0]), float(size[1]), shapes)
    exif = target.exif
    where, geo = place(exif, lang)
    camera = " ".join(x for x in ((exif.make, exif.model) if exif else ()) if x)
    return {
        "is_photo": target.kind == "photo",
        "figure": figure,
        "codes": [(i + 1, c.kind, narrative.clip(c.text, 200)) for i, c in enumerate(target.codes)],
        "taken_at": (exif.taken_at if exif and exif.taken_at else pick(LABELS["unknown"], lang)),
        "place": where,
        "geo": geo,
        "camera": camera,
        "source": narrative.clip(target.source, 200),
    }


def _service(report, lang: str) -> dict[str, Any] | None:
    service = report.service
    if service is None:
        return None
    how = LABELS["service_override" if service.source == "override" else "service_inferred"]
    return {"name": pick(service.name, lang), "how": pick(how, lang), "evidence": service.evidence}


def context(item: RenderInput) -> dict[str, Any]:
    report, lang = item.report, item.lang
    hops, net = network_view(item)
    folder = item.folder
    return {
        "lang": lang,
        "html_lang": "zh-CN" if lang == "zh" else "en",
        "csp": CSP,
        "t": {key: pick(text, lang) for key, text in LABELS.items()},
        "report": report,
        "verdict_sentence": narrative.verdict_sentence(report, lang, prefix=False),
        "service": _service(report, lang),
        "target_url": narrative.clip(report.start_url or report.target.payload or report.target.source, 200),
        "target_href": safe_href(report.start_url or report.target.payload),
        "photo": _photo(item, lang),
        "steps": _steps(item, lang),
        "walls": [_problem(item, w, lang) for w in sorted(report.walls, key=lambda w: not w.mandatory)],
        "findings": [_problem(item, f, lang) for f in report.findings],
        "hops": hops,
        "network": net,
        "manifest_sha256": manifest_sha256(folder),
        "signed": (folder / "manifest.sig").is_file(),
        "timestamped": (folder / "manifest.tsr").is_file(),
        "recheck": recheck_context(folder, lang),  # a recheck folder compares itself with the case it re-audits
    }


class HtmlFormatter(Formatter):
    name = "html"
    filename = "report.html"
    quotes_manifest = True

    def render(self, item: RenderInput) -> bytes:
        return environment().get_template("report.html.j2").render(**context(item)).encode("utf-8")
