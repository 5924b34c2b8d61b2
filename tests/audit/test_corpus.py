"""One end-to-end audit per fixture checkout site of both tiers, judged against its label.

All sites are served at once and audited concurrently in one browser (as `qraudit audit --jobs 2` does);
each test then checks one site's report against its label.yaml.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from qraudit.capture import CaptureOptions
from qraudit.pipeline import AuditOptions
from qraudit.rules import load_ruleset
from qraudit.runner import run_audits
from qraudit.targets import url_target
from tests.sites.catalog import BLIND_SITES, load_sites, personal_data_seen, start_site

# The blind tier too: its first-sight figures live in docs/benchmarks.md; once fixed against, a site must stay right.
SITES = load_sites() + load_sites(BLIND_SITES)


@pytest.fixture(scope="module")
def corpus_results(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    servers = {site.id: start_site(site) for site in SITES}
    try:
        targets = {url_target(servers[s.id].url(s.start_path)).case_id: s.id for s in SITES}
        capture = replace(
            CaptureOptions(), allow_hosts=frozenset({"127.0.0.1"}), dwell_s=2.0, trace=False, har=False, full_page=False
        )
        options = AuditOptions(out_dir=Path(out), capture=capture, formats=("json",))
        outcomes = run_audits(
            [url_target(servers[s.id].url(s.start_path)) for s in SITES], load_ruleset(), options, jobs=2
        )
        reports = {targets[o.report.case_id]: o.report for o in outcomes}
        typed = {site_id: personal_data_seen(server) for site_id, server in servers.items()}
    finally:
        for server in servers.values():
            server.stop()
    return reports, typed


@pytest.mark.timeout(2400)  # the first test also pays for the module fixture: the whole corpus
@pytest.mark.parametrize("site", SITES, ids=[s.id for s in SITES])
def test_site_audit_matches_label(corpus_results, site):
    reports, typed = corpus_results
    report = reports[site.id]
    steps = [(s.n, s.action and (s.action.kind, s.action.text)) for s in report.steps]
    assert typed[site.id] == [], "personal data was sent to the site"
    assert report.verdict == site.label.verdict, f"{report.verdict_reason}; steps {steps}"
    assert report.reached_payment == site.label.reached_payment
    mandatory = sorted({w.category for w in report.walls if w.mandatory})
    walls = [(w.category, w.rule_ids, w.mandatory) for w in report.walls]
    assert mandatory == sorted(site.label.mandatory_walls), f"walls {walls}"
    optional = sorted({w.category for w in report.walls if not w.mandatory})
    assert optional == sorted(site.label.optional_walls), f"walls {walls}"
