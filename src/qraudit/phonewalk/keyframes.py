"""The frames worth reading: one per settled screen, not 1,800 a minute.

A recording is cut into runs of near-identical frames (a cheap difference of small grey thumbnails, the
status bar left out since its clock ticks). Each run that lasts long enough to be seen (a toast's 1.5 s
does; a sheet's slide does not) gives its last frame, the screen as it settled. A screen equal to the one
kept before it is not kept again.
"""

from __future__ import annotations

from dataclasses import dataclass

from qraudit.phonewalk.media import Frame, differ

MIN_RUN_FRAMES = 2  # at 4 frames a second: on screen for half a second at least
MAX_KEYFRAMES = 80


@dataclass(frozen=True)
class Keyframe:
    frame: Frame
    index: int  # position among all frames read


def keyframes(frames: list[Frame], notes: list[str]) -> list[Keyframe]:
    if not frames:
        return []
    thumbs = [f.thumb for f in frames]
    runs: list[tuple[int, int]] = []  # [start, end] inclusive
    start = 0
    for i in range(1, len(frames) + 1):
        boundary = i == len(frames) or frames[i].file != frames[i - 1].file or differ(thumbs[i], thumbs[i - 1])
        if boundary:
            runs.append((start, i - 1))
            start = i
    kept: list[Keyframe] = []
    last_thumb = None
    for first, last in runs:
        still = (
            frames[first].time_s is None or last - first + 1 >= MIN_RUN_FRAMES or first == 0 or last == len(frames) - 1
        )
        if not still:
            continue  # a frame of an animation between two screens
        if last_thumb is not None and not differ(thumbs[last], last_thumb):
            continue
        kept.append(Keyframe(frames[last], last))
        last_thumb = thumbs[last]
    if len(kept) > MAX_KEYFRAMES:
        notes.append(f"{len(kept)} screens found; only the first {MAX_KEYFRAMES - 1} and the last were read")
        kept = kept[: MAX_KEYFRAMES - 1] + kept[-1:]
    return kept
