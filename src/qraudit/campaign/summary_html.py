"""index.html: counts by verdict and wall category, and the audits as a table sortable by verdict, venue and date.

No script at all: each order is a pre-rendered table and CSS `:target` shows the one the reader picked.
The CSP allows nothing but this page's own style (by hash) and images from the campaign folder.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter

from jinja2 import Environment

from qraudit.campaign.summary_data import SORTS, Campaign, SummaryRow, sorted_rows
from qraudit.models import Bilingual
from qraudit.models.kinds import VERDICTS
from qraudit.recheck.model import OVERALL_STATUSES
from qraudit.report.i18n import CATEGORY, VERDICT_NAMES, pick

INDEX_NAME = "index.html"
DEFAULT_SORT = "verdict"

LABELS = {
    "title": Bilingual("二维码付款审计汇总", "QR checkout audit campaign"),
    "audits": Bilingual("审计数", "Audits"),
    "verdict": Bilingual("结论", "Verdict"),
    **VERDICT_NAMES,
    "by_category": Bilingual("按障碍类别统计", "Walls by category"),
    "category": Bilingual("类别", "Category"),
    "mandatory_audits": Bilingual("存在强制障碍的审计", "Audits with it mandatory"),
    "refusable_audits": Bilingual("存在可拒绝障碍的审计", "Audits with it refusable"),
    "sort_by": Bilingual("排序", "Sort by"),
    "sort_verdict": Bilingual("按结论", "verdict"),
    "sort_venue": Bilingual("按地点", "venue"),
    "sort_date": Bilingual("按日期（新→旧）", "date (newest first)"),
    "photo": Bilingual("照片", "Photo"),
    "case": Bilingual("案例", "Case"),
    "venue": Bilingual("地点", "Venue"),
    "date": Bilingual("日期", "Date"),
    "walls": Bilingual("障碍", "Walls"),
    "reason": Bilingual("理由", "Reason"),
    "report": Bilingual("报告", "Report"),
    "open": Bilingual("打开", "open"),
    "mandatory": Bilingual("强制", "mandatory"),
    "refusable": Bilingual("可拒绝", "refusable"),
    "none": Bilingual("无", "none"),
    "empty": Bilingual("这个活动还没有完成的审计。", "This campaign has no finished audit yet."),
    "photos": Bilingual("张照片", "photo(s)"),
    "recheck": Bilingual("复查", "Re-check"),
}

STYLE = """
body{font:15px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right}.counts{width:auto}
.v{font-weight:600;padding:.1rem .4rem;border-radius:.3rem;white-space:nowrap}
.v-violation{background:#fde0e0;color:#8e0000}.v-compliant{background:#dff3e0;color:#1b5e20}.v-inconclusive{background:#fff3cd;color:#6d5200}
.wall{display:inline-block;margin:0 .3rem .2rem 0}.wall.m{color:#8e0000;font-weight:600}
.thumb img{max-width:80px;max-height:80px;display:block}.case{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}
.rc{font-weight:600;white-space:nowrap}.rc-fixed{color:#1b5e20}.rc-still-violating{color:#8e0000}.rc-changed,.rc-inconclusive{color:#6d5200}
nav{margin:1rem 0}nav a{margin-right:.8rem}td.open{white-space:nowrap}.sorted{display:none}.sorted:target,.sorted.default{display:block}.sorted:target~.sorted.default{display:none}
""".strip()

TEMPLATE = """<!doctype html>
<html lang="{{ 'zh-CN' if lang == 'zh' else 'en' }}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ L.title }}</title>
<style>{{ style|safe }}</style>
</head>
<body>
<h1>{{ L.title }}</h1>
<p>{{ L.audits }}: <strong>{{ total }}</strong>{% for v in verdicts %} · <span class="v v-{{ v }}">{{ L[v] }}</span> {{ by_verdict[v] }}{% endfor %}</p>
<h2>{{ L.by_category }}</h2>
<table class="counts"><thead><tr><th>{{ L.category }}</th><th>{{ L.mandatory_audits }}</th><th>{{ L.refusable_audits }}</th></tr></thead>
<tbody>{% for c in categories %}<tr><td>{{ c.label }}</td><td class="num">{{ c.mandatory }}</td><td class="num">{{ c.refusable }}</td></tr>{% endfor %}</tbody></table>
{% if not total %}<p>{{ L.empty }}</p>{% else %}
<nav>{{ L.sort_by }}:{% for name in sorts %} <a href="#by-{{ name }}">{{ L['sort_' ~ name] }}</a>{% endfor %}</nav>
{% for s in sections %}
<section id="by-{{ s.name }}" class="sorted{{ ' default' if s.default else '' }}">
<h2>{{ L['sort_' ~ s.name] }}</h2>
<table><thead><tr><th>{{ L.photo }}</th><th>{{ L.case }}</th><th>{{ L.verdict }}</th><th>{{ L.venue }}</th><th>{{ L.date }}</th><th>{{ L.walls }}</th><th>{{ L.reason }}</th><th>{{ L.report }}</th><th>{{ L.recheck }}</th></tr></thead>
<tbody>{% for r in s.rows %}
<tr><td class="thumb">{% if r.thumb_href %}<img src="{{ r.thumb_href }}" alt="" loading="lazy">{% endif %}</td>
<td class="case">{{ r.case_id }}{% if r.photo_count %}<br>{{ r.photo_count }} {{ L.photos }}{% endif %}</td>
<td><span class="v v-{{ r.verdict }}">{{ L[r.verdict] or r.verdict }}</span></td>
<td>{{ r.venue }}</td><td>{{ r.date_text }}</td>
<td>{% for w in r.walls %}<span class="wall{{ ' m' if w.mandatory }}">{{ w.label }} ({{ L.mandatory if w.mandatory else L.refusable }})</span>{% else %}{{ L.none }}{% endfor %}</td>
<td>{{ r.reason }}</td><td class="open"><a href="{{ r.report_href }}">{{ L.open }}</a></td>
<td>{% if r.recheck %}<a class="rc rc-{{ r.recheck.status }}" href="{{ r.recheck.href }}">{{ r.recheck.label }}</a><br>{{ r.recheck.at }}{% endif %}</td></tr>{% endfor %}
</tbody></table>
</section>{% endfor %}{% endif %}
</body>
</html>
"""


def csp() -> str:
    digest = base64.b64encode(hashlib.sha256(STYLE.encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; img-src 'self'; style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"


def _category_label(category: str, lang: str) -> str:
    return pick(CATEGORY[category], lang) if category in CATEGORY else category


def _view_row(row: SummaryRow, lang: str) -> dict:
    walls: dict[str, bool] = {}
    for wall in row.record.report.walls:  # one entry per category; mandatory wins
        walls[wall.category] = walls.get(wall.category, False) or wall.mandatory
    return {
        "case_id": row.case_id,
        "verdict": row.verdict,
        "venue": row.venue,
        "date_text": row.date[:16].replace("T", " "),
        "walls": [{"label": _category_label(c, lang), "mandatory": m} for c, m in walls.items()],
        "reason": row.verdict_reason,
        "report_href": row.report_href,
        "thumb_href": row.thumb_href,
        "photo_count": len({sha for sha, _ in row.record.photo_links if sha}),
        "recheck": _recheck_cell(row, lang),
    }


def _recheck_cell(row: SummaryRow, lang: str) -> dict | None:
    mark = row.recheck
    if mark is None:
        return None
    label = pick(OVERALL_STATUSES[mark.status], lang) if mark.status in OVERALL_STATUSES else mark.status
    return {
        "status": mark.status,
        "label": label,
        "href": row.recheck_href,
        "at": mark.checked_at[:16].replace("T", " "),
    }


def _category_counts(rows: tuple[SummaryRow, ...], lang: str) -> list[dict]:
    mandatory = Counter(c for r in rows for c in r.mandatory)
    refusable = Counter(c for r in rows for c in r.refusable)
    names = list(CATEGORY) + sorted((set(mandatory) | set(refusable)) - set(CATEGORY))
    return [{"label": _category_label(c, lang), "mandatory": mandatory[c], "refusable": refusable[c]} for c in names]


def render_index(campaign: Campaign, lang: str = "zh") -> str:
    env = Environment(autoescape=True, keep_trailing_newline=True)
    labels = {key: pick(text, lang) for key, text in LABELS.items()}
    verdict_counts = Counter(r.verdict for r in campaign.rows)
    # The default order goes last so that `:target ~ .default` can hide it when another order is picked.
    order = [name for name in SORTS if name != DEFAULT_SORT] + [DEFAULT_SORT]
    sections = [
        {
            "name": name,
            "default": name == DEFAULT_SORT,
            "rows": [_view_row(r, lang) for r in sorted_rows(campaign.rows, name)],
        }
        for name in order
    ]
    return env.from_string(TEMPLATE).render(
        L=labels,
        lang=lang,
        csp=csp(),
        style=STYLE,
        total=len(campaign.rows),
        verdicts=list(VERDICTS),
        by_verdict=verdict_counts,
        categories=_category_counts(campaign.rows, lang),
        sorts=list(SORTS),
        sections=sections,
    )
