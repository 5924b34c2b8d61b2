"""Audit accuracy on the labelled fixture corpus (tests/sites): verdicts, mandatory walls, personal data, time.

    .venv/bin/python benchmarks/accuracy.py [site-id ...] [--tier own|blind] [--jobs 2] [--dwell 2.0] \
        [--clock virtual|real]
        [--steps | --all-steps] [--write]

Two tiers, reported separately: `own` (tests/sites, the corpus the walk was developed on) and `blind`
(tests/sites_blind, written from one-paragraph scenarios by authors who never read the walker).

Each site is served on 127.0.0.1 and audited through `audit_target` (the same code the CLI runs, JSON
report only). Prints OK/BAD per site (BAD ones with their walk when --steps), then verdict accuracy,
precision and recall of mandatory walls by category, personal data typed (what reached any site's
server, plus any value the walker typed that is not a payment value) and median / p95 audit seconds.
--write puts the table and the exact command into the `## Accuracy` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from benchmarks import doc  # noqa: E402
from qraudit.capture import CaptureOptions, find_browser, open_browser  # noqa: E402
from qraudit.pipeline import AuditOptions, audit_target  # noqa: E402
from qraudit.rules import load_ruleset  # noqa: E402
from qraudit.targets import url_target  # noqa: E402
from qraudit.walk.values import PAYMENT_VALUES  # noqa: E402
from qraudit.walk.verdict import WALL_CATEGORIES  # noqa: E402
from tests.sites.catalog import BLIND_SITES, SITES, Site, load_sites, personal_data_seen, start_site  # noqa: E402

TIERS = {"own": (SITES, "Accuracy"), "blind": (BLIND_SITES, "Accuracy, blind tier")}
TYPING_KINDS = ("fill", "keyboard", "select")
# Which service kinds (rules/vocab/necessity.yaml) agree with a site label's coarse `kind`: "ordering" labels
# do not say whether the food is eaten in or delivered, so any ordering service counts.
SERVICES_OF_KIND = {
    "parking": ("parking",),
    "ordering": ("dine_in", "takeaway", "online_shop"),
    "pay-merchant": ("pay_merchant",),
}


@dataclass(frozen=True)
class SiteResult:
    site: Site
    verdict: str
    mandatory: tuple[str, ...]
    optional: tuple[str, ...]
    seconds: float
    personal: tuple[str, ...]  # personal data that reached the server or was typed
    reached: bool  # payment reached
    steps: tuple[str, ...]
    service: str = ""  # the kind of service read from the pages (rules/vocab/necessity.yaml)

    @property
    def ok(self) -> bool:
        label = self.site.label
        return (
            self.verdict == label.verdict
            and sorted(self.mandatory) == sorted(label.mandatory_walls)
            and not self.personal
        )


def _typed_non_payment(outcome) -> list[str]:
    allowed = set(PAYMENT_VALUES.values())
    typed = []
    for step in outcome.report.steps:
        action = step.action
        if action and action.kind in TYPING_KINDS and action.value and action.value not in allowed:
            typed.append(f"step {step.n} typed {action.value!r}")
    return typed


def _describe(outcome) -> tuple[str, ...]:
    lines = []
    for step in outcome.report.steps:
        action = step.action
        what = f"{action.kind} {action.text[:30]!r} ({action.reason})" if action else "start"
        clock = f" [{step.clock} {step.wall_s}s, page {step.page_s}s]" if step.clock else ""
        lines.append(f"  {step.n:>2} {what} -> {step.url[-60:]}{clock}")
    report = outcome.report
    lines.append(f"  walls {[(w.category, w.mandatory, w.rule_ids) for w in report.walls]} | {report.verdict_reason}")
    return tuple(lines)


async def _audit_one(site: Site, browser, ruleset, options: AuditOptions) -> SiteResult:
    server = start_site(site)
    try:
        target = url_target(server.url(site.start_path))
        started = time.monotonic()
        outcome = await audit_target(target, browser, ruleset, options)
        seconds = time.monotonic() - started
        personal = tuple(personal_data_seen(server)) + tuple(_typed_non_payment(outcome))
    finally:
        server.stop()
    walls = outcome.report.walls
    return SiteResult(
        site=site,
        verdict=outcome.report.verdict,
        mandatory=tuple(sorted(w.category for w in walls if w.mandatory)),
        optional=tuple(sorted(w.category for w in walls if not w.mandatory)),
        seconds=seconds,
        personal=personal,
        reached=outcome.report.reached_payment,
        steps=_describe(outcome),
        service=outcome.report.service.kind if outcome.report.service else "",
    )


async def run(sites: list[Site], jobs: int, dwell: float, out_dir: Path, clock: str = "virtual") -> list[SiteResult]:
    capture = CaptureOptions(dwell_s=dwell, clock=clock, allow_hosts=frozenset({"127.0.0.1"}), trace=False, har=False)
    options = AuditOptions(out_dir=out_dir, capture=capture, formats=("json",))
    ruleset = load_ruleset()
    limit = asyncio.Semaphore(max(1, jobs))
    results: list[SiteResult] = []
    async with open_browser(capture) as browser:

        async def one(site: Site) -> None:
            async with limit:
                result = await _audit_one(site, browser, ruleset, replace(options))
            results.append(result)
            print(_line(result), flush=True)

        await asyncio.gather(*(one(s) for s in sites))
    return sorted(results, key=lambda r: r.site.id)


def _line(r: SiteResult) -> str:
    label = r.site.label
    got = f"{r.verdict} {list(r.mandatory)} opt {list(r.optional)}"
    want = f"{label.verdict} {list(label.mandatory_walls)} opt {list(label.optional_walls)}"
    pd = f" pd={list(r.personal)}" if r.personal else " pd=[]"
    return (
        f"{'OK ' if r.ok else 'BAD'} {r.site.id:34} {r.seconds:5.1f}s got {got} | want {want}{pd} service={r.service}"
    )


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.2f} ({num}/{den})" if den else "n/a (0/0)"


def summary(results: list[SiteResult]) -> list[str]:
    right = sum(r.verdict == r.site.label.verdict for r in results)
    rows = ["| measure | value |", "|---|---|", f"| verdict right | {_ratio(right, len(results))} |"]
    all_tp = all_fp = all_fn = 0
    for category in WALL_CATEGORIES:
        tp = sum(category in r.mandatory and category in r.site.label.mandatory_walls for r in results)
        fp = sum(category in r.mandatory and category not in r.site.label.mandatory_walls for r in results)
        fn = sum(category not in r.mandatory and category in r.site.label.mandatory_walls for r in results)
        all_tp, all_fp, all_fn = all_tp + tp, all_fp + fp, all_fn + fn
        rows.append(f"| mandatory {category}: precision / recall | {_ratio(tp, tp + fp)} / {_ratio(tp, tp + fn)} |")
    precision, recall = _ratio(all_tp, all_tp + all_fp), _ratio(all_tp, all_tp + all_fn)
    rows.append(f"| mandatory walls, all: precision / recall | {precision} / {recall} |")
    opt_tp = sum(len(set(r.optional) & set(r.site.label.optional_walls)) for r in results)
    opt_fp = sum(len(set(r.optional) - set(r.site.label.optional_walls)) for r in results)
    opt_fn = sum(len(set(r.site.label.optional_walls) - set(r.optional)) for r in results)
    precision, recall = _ratio(opt_tp, opt_tp + opt_fp), _ratio(opt_tp, opt_tp + opt_fn)
    rows.append(f"| optional walls, all: precision / recall | {precision} / {recall} |")
    reached = sum(r.reached == r.site.label.reached_payment for r in results)
    paid = sum(r.reached and r.site.label.reached_payment for r in results)
    payable = sum(r.site.label.reached_payment for r in results)
    share = _ratio(reached, len(results))
    rows.append(f"| payment reached as labelled | {share}; reached on {paid} of {payable} payable sites |")
    agree = [r for r in results if r.service in SERVICES_OF_KIND.get(r.site.label.kind, ())]
    missed = ", ".join(f"{r.site.id}={r.service or '-'}" for r in results if r not in agree) or "none"
    rows.append(f"| service read as the label's kind | {_ratio(len(agree), len(results))}; others: {missed} |")
    rows.append(f"| sites where personal data was typed or sent | {sum(bool(r.personal) for r in results)} |")
    seconds = sorted(r.seconds for r in results)
    p95 = seconds[min(len(seconds) - 1, round(0.95 * (len(seconds) - 1)))]
    rows.append(
        f"| audit seconds: median / p95 / max | {statistics.median(seconds):.1f} / {p95:.1f} / {seconds[-1]:.1f} |"
    )
    return rows


def write_section(command: str, rows: list[str], results: list[SiteResult], jobs: int, title: str, where: str) -> None:
    per_site = ["| site | result | verdict | mandatory walls | seconds |", "|---|---|---|---|---|"]
    for r in results:
        walls = ", ".join(r.mandatory) or "-"
        per_site.append(f"| {r.site.id} | {'ok' if r.ok else 'WRONG'} | {r.verdict} | {walls} | {r.seconds:.1f} |")
    body = [
        f"## {title}",
        "",
        f"Command (audits every labelled site in {where} through `audit_target`, JSON reports only, no trace",
        f"or HAR; {jobs} audit(s) at a time on the 2-core machine):",
        "",
        f"    {command}",
        "",
        f"Measured on {time.strftime('%Y-%m-%d')} over {len(results)} sites, in",
        f"{find_browser().describe()}. A site is right when the verdict and the set of",
        "mandatory walls equal its label and no personal data was typed or sent.",
        "",
        *rows,
        "",
        *per_site,
        "",
    ]
    doc.write_section(title, body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="*", help="site ids (default: all)")
    parser.add_argument("--tier", choices=sorted(TIERS), default="own", help="which corpus (default: own)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--dwell", type=float, default=2.0)
    parser.add_argument(
        "--clock", choices=("virtual", "real"), default="virtual", help="the page clock (default: virtual)"
    )
    parser.add_argument("--steps", action="store_true", help="print the walk of every wrong site")
    parser.add_argument("--all-steps", action="store_true", help="print the walk of every site, with each step's clock")
    parser.add_argument("--write", action="store_true", help="write the results into docs/benchmarks.md")
    args = parser.parse_args()
    root, title = TIERS[args.tier]
    sites = [s for s in load_sites(root) if not args.sites or s.id in args.sites]
    unknown = sorted(set(args.sites) - {s.id for s in sites})
    if unknown:
        parser.error(f"unknown site ids {unknown}")
    with tempfile.TemporaryDirectory() as out:
        results = asyncio.run(run(sites, args.jobs, args.dwell, Path(out), args.clock))
    if args.steps or args.all_steps:
        for r in results:
            if args.all_steps or not r.ok:
                print(f"\n{r.site.id}:", *r.steps, sep="\n")
    rows = summary(results)
    print("\n".join(rows))
    if args.write:
        command = "nice .venv/bin/python benchmarks/accuracy.py " + " ".join(sys.argv[1:])
        write_section(command.strip(), rows, results, args.jobs, title, root.relative_to(ROOT).as_posix())
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
