"""Decode benchmark: each decoder alone and the cascade, on real photo sets and a synthetic hard set.

    nice .venv/bin/python benchmarks/decode.py [FOLDER ...] [--hard 63] [--no-real] [--ablate] [--budget 540]

A set is a folder of NAME.png|jpg|webp|... beside NAME.txt (the expected text); subfolders are sets
of their own. A photo counts as read when the expected text is among the results; a synthetic
photo with several codes counts as read only when all of them are. Times are per picture for
decoding the already loaded grey pixels, in CPU time of one core (OpenCV and OpenMP held to one
thread, so other load on the machine does not count); the time to open the file is shown apart.
Without FOLDER the shared set /work/shared/datasets/qr-photos is used when it exists. The hard
set is `tests/support/synth.py` photos at 4000x3000 (12 MP), the kinds in turn (glare, damage,
curvature, perspective, blur, multi-code, distant, dark, bright, backlit; `--kinds` keeps only
some, each photo the same as in the full set), cached as JPEG (quality 97) in the temp folder so that reruns
skip rendering; a code the framing cut off is not
expected. `--ablate` adds the cascade without each of its stages ("-name").
"""

from __future__ import annotations

import os

os.environ["OMP_NUM_THREADS"] = "1"
os.environ["OPENCV_FOR_THREADS_NUM"] = "1"

import argparse  # noqa: E402
import collections  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import ImageFilter  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from qraudit.decode.backends import BACKENDS  # noqa: E402
from qraudit.decode.cascade import CASCADE, run_cascade  # noqa: E402
from qraudit.decode.images import IMAGE_EXTENSIONS, load_image, to_grey  # noqa: E402

SHARED = Path("/work/shared/datasets/qr-photos")
HARD_KINDS = (
    "glare",
    "damage",
    "curvature",
    "perspective",
    "blur",
    "multi-code",
    "distant",
    "dark",
    "bright",
    "backlit",
)
EXPOSURE_KINDS = ("dark", "bright", "backlit")
CACHE = Path(tempfile.gettempdir()) / "qraudit-bench-decode-v3"


@dataclass(frozen=True)
class Sample:
    name: str
    kind: str  # the set, or for the hard set the kind of difficulty
    load: Callable[[], np.ndarray]  # grey pixels
    expected: tuple[str, ...]


@dataclass
class Score:
    read: int = 0
    total: int = 0
    ms: list[float] = field(default_factory=list)


def methods() -> dict[str, Callable[[np.ndarray], object]]:
    """Each decoder alone, the cascade, and the cascade without each of its stages ("-name")."""
    chosen: dict[str, Callable[[np.ndarray], object]] = dict(BACKENDS)
    chosen["cascade"] = run_cascade  # its Work also tells which stages added codes
    for stage in CASCADE:
        chosen[f"-{stage}"] = lambda grey, stage=stage: run_cascade(grey, tuple(s for s in CASCADE if s != stage))
    return chosen


def real_samples(folder: Path) -> Iterator[Sample]:
    for image in sorted(folder.rglob("*")):
        expected = image.with_suffix(".txt")
        if image.suffix.lower() in IMAGE_EXTENSIONS and expected.is_file():
            with open(expected, encoding="utf-8", newline="") as handle:
                text = handle.read()
            kind = image.parent.relative_to(folder).as_posix() if image.parent != folder else folder.name
            yield Sample(image.name, kind, lambda image=image: to_grey(load_image(image).image), (text,))


def hard_samples(count: int, kinds: tuple[str, ...] = HARD_KINDS) -> Iterator[Sample]:
    """`count` 12 MP synthetic photos, the kinds in turn (only those of `kinds`); rendered once,
    then read from the cache."""
    from tests.support.synth import PAYLOAD_SAMPLES, render_photo

    CACHE.mkdir(parents=True, exist_ok=True)
    payloads = list(PAYLOAD_SAMPLES.values())
    for i in range(count):
        kind = HARD_KINDS[i % len(HARD_KINDS)]
        if kind not in kinds:
            continue
        rng = np.random.default_rng(1000 + i)
        if kind == "multi-code":
            n = 2 if i % 2 else int(rng.integers(8, 15))
            texts = [f"{payloads[int(rng.integers(len(payloads)))][:60]}#{i}-{k}" for k in range(n)]
        else:
            texts = [f"{payloads[int(rng.integers(len(payloads)))]}#{i}"]
        options = {
            "size": (4000, 3000),
            "rotation": float(rng.uniform(-180, 180)),
            "perspective": float(rng.uniform(0.0, 0.15)),
            "noise": float(rng.uniform(0.005, 0.03)),
            "jpeg_quality": int(rng.integers(70, 93)),
            "background": str(rng.choice(["paper", "sign", "wood", "metal"])),
            "seed": 5000 + i,
        }
        options.update(_hardship(kind, rng))
        # half the badly exposed photos are of a sign across the room, where exposure bites most
        far = kind == "distant" or (kind in EXPOSURE_KINDS and rng.random() < 0.5)
        path = CACHE / f"hard-{i:03d}-{kind}.jpg"
        if not path.exists() or not path.with_suffix(".json").exists():
            if far:  # a sign across the room: the photo around it is out of focus
                sign, quads = render_photo(texts, **{**options, "size": (int(rng.integers(600, 900)), 500)})
                scene = sign.resize((4000, 3000)).filter(ImageFilter.GaussianBlur(40))
                x, y = int(rng.integers(0, 4000 - sign.width)), int(rng.integers(0, 2400))
                scene.paste(sign, (x, y))
                sign, quads = scene, [[(px + x, py + y) for px, py in quad] for quad in quads]
            else:
                sign, quads = render_photo(texts, **options)
            sign.save(path, quality=97)
            # a code the framing cut off cannot be read: expect only those wholly in the picture
            inside = [
                t for t, q in zip(texts, quads) if all(0 <= px < sign.width and 0 <= py < sign.height for px, py in q)
            ]
            path.with_suffix(".json").write_text(json.dumps(inside, ensure_ascii=False))
        expected = tuple(json.loads(path.with_suffix(".json").read_text()))
        yield Sample(path.name, kind, lambda path=path: to_grey(load_image(path).image), expected)


def _hardship(kind: str, rng: np.random.Generator) -> dict:
    """The kind's own difficulty at full strength, plus a little of the others, as in real photos."""
    options = {"glare": float(rng.uniform(0.0, 0.3)), "blur": float(rng.uniform(0.0, 1.5))}
    if kind == "glare":
        options["glare"] = float(rng.uniform(0.6, 1.0))
    elif kind == "damage":
        amount = float(rng.uniform(0.08, 0.15))
        options.update(damage=amount, error_correction="H" if amount > 0.1 else "Q")
    elif kind == "curvature":
        options["curvature"] = float(rng.uniform(0.5, 1.0))
    elif kind == "perspective":
        options["perspective"] = float(rng.uniform(0.3, 0.45))
    elif kind == "blur":
        options["blur"] = float(rng.uniform(3.0, 6.0))
    elif kind == "multi-code":
        options.update(glare=float(rng.uniform(0.0, 0.6)), blur=float(rng.uniform(0.0, 2.5)))
    elif kind == "dark":  # under-exposed by 3-4.5 stops; the sensor's noise is then a larger share
        options.update(exposure=float(rng.uniform(-4.5, -3.0)), noise=float(rng.uniform(0.01, 0.04)))
    elif kind == "bright":  # over-exposed by 2.5-4 stops: paper clips, modules wash to grey
        options["exposure"] = float(rng.uniform(2.5, 4.0))
    elif kind == "backlit":
        options["backlight"] = float(rng.uniform(0.6, 1.0))
    return options


def run(samples: list[Sample], chosen: dict, deadline: float) -> tuple[dict, dict, list[float], bool]:
    """scores[kind][method], stage contributions of the cascade, load times, finished in time?"""
    scores: dict[str, dict[str, Score]] = collections.defaultdict(lambda: collections.defaultdict(Score))
    stages: collections.Counter = collections.Counter()
    loads: list[float] = []
    for sample in samples:
        if time.monotonic() > deadline:
            return scores, stages, loads, False
        start = time.process_time()
        grey = sample.load()
        loads.append((time.process_time() - start) * 1000)
        for name, method in chosen.items():
            start = time.process_time()  # CPU time of this one-thread process: other load does not count
            result = method(grey)
            elapsed = (time.process_time() - start) * 1000
            if hasattr(result, "trace"):
                stages.update(result.trace if name == "cascade" else [])
                result = result.hits
            found = {hit.text for hit in result}
            for score in (scores[sample.kind][name], scores["all"][name]):
                score.total += 1
                score.read += all(text in found for text in sample.expected)
                score.ms.append(elapsed)
    return scores, stages, loads, True


def table(title: str, scores: dict, chosen: dict) -> str:
    lines = [f"### {title}", "", "| set | " + " | ".join(chosen) + " |", "|---" * (len(chosen) + 1) + "|"]
    for kind in sorted(scores, key=lambda k: (k == "all", k)):
        by_method = scores[kind]
        cells = []
        for name in chosen:
            s = by_method[name]
            cells.append(f"{100 * s.read / max(s.total, 1):.1f} % · {_ms(_median(s.ms))} / {_ms(_p95(s.ms))} ms")
        lines.append(f"| {kind} ({by_method[next(iter(chosen))].total}) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ms(value: float) -> str:
    """Tenths below 10 ms: small photos decode in well under a millisecond, and 0 / 0 hides the ratio."""
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _p95(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(0.95 * len(values)))] if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="sets of NAME.ext + NAME.txt")
    parser.add_argument("--hard", type=int, default=63, help="synthetic 12 MP photos (0: none)")
    parser.add_argument("--kinds", default=",".join(HARD_KINDS), help="comma-separated kinds of the hard set")
    parser.add_argument("--no-real", action="store_true", help="only the synthetic hard set")
    parser.add_argument("--decoders", default=",".join([*BACKENDS, "cascade"]), help="comma-separated")
    parser.add_argument("--ablate", action="store_true", help="also the cascade without each stage")
    parser.add_argument("--budget", type=float, default=540, help="seconds before stopping early")
    args = parser.parse_args(argv)
    os.nice(10)
    cv2.setNumThreads(1)
    every = methods()
    names = args.decoders.split(",") + ([f"-{stage}" for stage in CASCADE] if args.ablate else [])
    unknown = [name for name in names if name not in every]
    if unknown:
        parser.error(f"unknown decoder {unknown[0]!r}; known: {', '.join(every)}")
    chosen = {name: every[name] for name in names}
    deadline = time.monotonic() + args.budget
    folders = args.folders or ([SHARED] if SHARED.is_dir() else [])
    print(f"one core: cv2 threads {cv2.getNumThreads()}, OpenCV {cv2.__version__}; cells: read · median / p95 ms")
    if not args.no_real:
        for folder in folders:
            samples = list(real_samples(folder))
            scores, stages, loads, done = run(samples, chosen, deadline)
            print("\n" + table(f"{folder} ({len(samples)} photos)", scores, chosen))
            print(
                f"\nopen + grey: median {_median(loads):.0f} ms, p95 {_p95(loads):.0f} ms; "
                f"cascade stages that added codes: {dict(stages)}" + ("" if done else "; STOPPED at budget")
            )
    if args.hard:
        samples = list(hard_samples(args.hard, tuple(args.kinds.split(","))))
        scores, stages, loads, done = run(samples, chosen, deadline)
        print("\n" + table(f"synthetic hard set, 4000x3000 ({len(samples)} photos)", scores, chosen))
        print(
            f"\nopen + grey: median {_median(loads):.0f} ms, p95 {_p95(loads):.0f} ms; "
            f"cascade stages that added codes: {dict(stages)}" + ("" if done else "; STOPPED at budget")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
