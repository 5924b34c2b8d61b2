"""Records each blind walk (walks.py) and audits it twice through the CLI, as a recording (walk.mp4) and as a
screenshot folder, then compares verdict, mandatory walls and reached_payment with what the walk was designed
to show. Prints a table and writes RESULTS.md beside this file.

Run from the repo root:  PYTHONPATH=. .venv/bin/python tests/phonewalk_blind/run_blind.py [kind ...]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.phonewalk.recorder import record  # noqa: E402
from tests.phonewalk_blind import make_pages  # noqa: E402
from tests.phonewalk_blind.walks import WALKS, urls  # noqa: E402


def audit(walk: Path, out: Path) -> dict:
    proc = subprocess.run(
        [
            str(ROOT / ".venv/bin/python"),
            "-m",
            "qraudit",
            "audit",
            "--walk",
            str(walk),
            "--out",
            str(out),
            "--json",
            "--format",
            "json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    reports = sorted(out.glob("*/report.json"))
    if not reports:
        return {"error": f"rc={proc.returncode}: {proc.stderr.strip()[-400:]}"}
    return json.loads(reports[0].read_text())


def summarize(report: dict) -> dict:
    if "error" in report:
        return {"verdict": "ERROR", "walls": [], "paid": None, "reason": report["error"], "report": report}
    mandatory = sorted({w["category"] for w in report.get("walls", []) if w.get("mandatory")})
    return {
        "verdict": report.get("verdict"),
        "walls": mandatory,
        "paid": bool(report.get("reached_payment")),
        "reason": report.get("verdict_reason", ""),
        "report": report,
    }


def fmt(s: dict) -> str:
    return f"{s['verdict']} {','.join(s['walls']) or '-'} paid={s['paid']}"


def detail(s: dict) -> str:
    r = s["report"]
    if "error" in r:
        return r["error"]
    steps = "; ".join(
        f"{st['n']}:{st.get('title', '')}|{(st.get('action') or {}).get('text', '')}" for st in r.get("steps", [])
    )
    walls = "; ".join(
        f"{w['category']}(mandatory={w.get('mandatory')}, step={w.get('step')}, rules={w.get('rule_ids')})"
        for w in r.get("walls", [])
    )
    return f"reason: {s['reason']} | steps: {steps} | walls: {walls or 'none'} | errors: {r.get('errors')}"


def main(kinds: list[str]) -> int:
    make_pages.main()  # the screens are written from make_pages.py on every run, never kept in git
    root = Path(tempfile.mkdtemp(prefix="qraudit-blind-"))
    rows, failures = [], []
    t0 = time.monotonic()
    for kind in kinds or list(WALKS):
        screens, verdict, walls, paid, app, scale = WALKS[kind]
        want = {"verdict": verdict, "walls": sorted(walls), "paid": paid}
        walk = record(urls(screens), root / kind, scale=scale, app=app)
        got = {}
        for form, path in (("recording", walk.video), ("screenshots", walk.video.parent / "screenshots")):
            s = summarize(audit(path, root / kind / f"out-{form}"))
            ok = s["verdict"] == verdict and s["walls"] == want["walls"] and s["paid"] == paid
            got[form] = (s, ok)
            if not ok:
                failures.append((kind, form, s))
        rows.append((kind, app, scale, len(screens), want, got))
        r, sc = got["recording"], got["screenshots"]
        print(
            f"{kind:28} {app:6} x{scale} want [{verdict} {','.join(walls) or '-'} paid={paid}]  "
            f"rec: {'OK ' if r[1] else 'BAD'} {fmt(r[0])}  shots: {'OK ' if sc[1] else 'BAD'} {fmt(sc[0])}",
            flush=True,
        )

    lines = [
        "# Blind phone-walk results",
        "",
        f"{len(rows)} walks, each audited as a recording and as a screenshot folder; "
        f"{sum(g['recording'][1] for *_, g in rows)}/{len(rows)} recordings and "
        f"{sum(g['screenshots'][1] for *_, g in rows)}/{len(rows)} screenshot folders as expected "
        f"({time.monotonic() - t0:.0f} s). Work folder: `{root}`.",
        "",
        "| walk | app | scale | screens | expected | recording | screenshots |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind, app, scale, n, want, got in rows:
        cell = lambda f, got=got: ("✅ " if got[f][1] else "❌ ") + fmt(got[f][0])  # noqa: E731
        lines.append(
            f"| {kind} | {app} | {scale} | {n} | {want['verdict']} {','.join(want['walls']) or '-'} "
            f"paid={want['paid']} | {cell('recording')} | {cell('screenshots')} |"
        )
    lines += ["", "## Failures", ""]
    for kind, form, s in failures:
        lines.append(f"- **{kind}** ({form}): got {fmt(s)} — {detail(s)}")
    if not failures:
        lines.append("none")
    (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\n{len(failures)} failing audits; RESULTS.md written; work folder {root}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
