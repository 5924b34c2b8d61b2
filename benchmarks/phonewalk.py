"""Phone-walk cost: a 60 s screen recording at iPhone size (1170x2532), audited end to end.

    .venv/bin/python benchmarks/phonewalk.py [--seconds 60] [--fps 30] [--scale 3]

The recording is made first (not timed) from tests/phonewalk/pages, as the tests make theirs: eight screens
of a checkout, a follow wall refused and the wallet's cashier sheet at the end, each held for an eighth of the
recording. Then `audit_phone_walk` runs on it as `qraudit audit --walk` does, and the script prints the
seconds to a verdict, the keyframes per minute of video, and OCR milliseconds per keyframe.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from qraudit.phone_pipeline import audit_phone_walk  # noqa: E402
from qraudit.phonewalk import ocr  # noqa: E402
from qraudit.pipeline import AuditOptions  # noqa: E402
from qraudit.rules import load_ruleset  # noqa: E402
from tests.phonewalk import recorder  # noqa: E402

SCREENS = ["notice", "bill", "follow-optional", "bill", "follow-optional", "bill", "bill", "cashier"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--scale", type=int, default=3)
    args = parser.parse_args()
    ruleset = load_ruleset()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        import asyncio

        shots = asyncio.run(recorder._render([(recorder.PAGES / f"{s}.html").as_uri() for s in SCREENS], args.scale))
        framed = [recorder.phone_frame(image, "城东停车", args.scale) for image, _ in shots]
        video = recorder.encode_mp4(framed, work / "walk.mp4", fps=args.fps, hold_s=args.seconds / len(SCREENS))
        ocr_ms: list[float] = []
        read = ocr.read_lines

        def timed(image):
            t = time.perf_counter()
            lines = read(image)
            ocr_ms.append((time.perf_counter() - t) * 1000)
            return lines

        ocr.read_lines = timed  # the pipeline imports read_lines from the module at call time
        ocr._engine()  # the model load is paid once per process; shown apart
        started = time.perf_counter()
        outcome = audit_phone_walk([video], None, ruleset, AuditOptions(out_dir=work / "out", formats=("json", "html")))
        seconds = time.perf_counter() - started
    r = outcome.report
    keyframes = len(r.steps)
    print(f"recording: {args.seconds:.0f} s, {framed[0].size[0]}x{framed[0].size[1]}, {args.fps} fps, H.264")
    print("| measure | value |\n|---|---|")
    walls = ", ".join(f"{w.category} {'mandatory' if w.mandatory else 'optional'}" for w in r.walls) or "no wall"
    print(f"| verdict | {r.verdict} ({walls}) |")
    print(f"| seconds to a verdict (decode, keyframes, OCR, rules, report) | {seconds:.1f} |")
    print(f"| keyframes | {keyframes} ({keyframes / (args.seconds / 60):.1f} per minute of video) |")
    if ocr_ms:
        print(f"| OCR ms per keyframe: median / max | {sorted(ocr_ms)[len(ocr_ms) // 2]:.0f} / {max(ocr_ms):.0f} |")


if __name__ == "__main__":
    main()
