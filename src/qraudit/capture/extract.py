"""Reading a settled page into Snapshot parts: frames, text, fields, controls, checkboxes, overlays, images.

js/extract.js runs in every frame; this module turns its plain data into the models, moves child-frame
boxes into page coordinates, and keeps the map from each `ref` to the frame that can act on it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame as PwFrame
from playwright.async_api import Page

from qraudit.models import Box, Checkbox, Control, FormField, Frame, Image, Overlay, TextBlock

MAX_FRAMES = 20
BUDGET_MS = 2500  # per frame; a 200,000-element page is cut off and marked truncated, not waited for
MAX_ELEMENTS = 60000
MAX_ITEMS = 4000
# Visible words of a control that closes or refuses an overlay.
CLOSE_WORDS = (
    r"^(×|✕|✖|╳|x|X|关闭|关 闭|取消|拒绝|不同意|不允许|跳过|暂不|暂不需要|暂不关注"
    r"|以后再说|下次再说|稍后|不了|不用了|我知道了|知道了"
    r"|close|cancel|skip|no thanks|not now|later|dismiss|decline)$"
)
EXTRACT_JS = resources.files("qraudit.capture").joinpath("js/extract.js").read_text(encoding="utf-8")


@dataclass
class Extracted:
    title: str = ""
    frames: list[Frame] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)
    fields: list[FormField] = field(default_factory=list)
    controls: list[Control] = field(default_factory=list)
    checkboxes: list[Checkbox] = field(default_factory=list)
    overlays: list[Overlay] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    storage_keys: list[str] = field(default_factory=list)
    scroll: tuple[float, float] = (0.0, 0.0)
    refs: dict[str, tuple[PwFrame, str]] = field(default_factory=dict)  # ref -> (frame, its local ref)
    truncated: bool = False


def _box(raw: list[float] | None, dx: float, dy: float) -> Box | None:
    if not raw:
        return None
    x, y, w, h = raw
    return Box(x + dx, y + dy, w, h)


async def _offset(frame: PwFrame, timeout_s: float) -> tuple[float, float] | None:
    """Where a child frame's viewport sits in the page; None when it is not displayed."""
    try:
        element = await asyncio.wait_for(frame.frame_element(), timeout_s)
        rect = await asyncio.wait_for(element.bounding_box(), timeout_s)
    except (TimeoutError, PlaywrightError):
        return None
    return (rect["x"], rect["y"]) if rect else None


async def extract(page: Page, timeout_s: float) -> Extracted:
    """Run the extraction in each frame (main first). Raises asyncio.TimeoutError if the main frame hangs."""
    out = Extracted()
    frames = page.frames[:MAX_FRAMES]
    index = {frame: i for i, frame in enumerate(frames)}
    opts = {"budgetMs": BUDGET_MS, "maxElements": MAX_ELEMENTS, "maxItems": MAX_ITEMS, "closePattern": CLOSE_WORDS}
    for i, frame in enumerate(frames):
        parent = index.get(frame.parent_frame) if frame.parent_frame else None
        out.frames.append(Frame(url=frame.url, name=frame.name, parent=parent))
        offset = (0.0, 0.0) if i == 0 else await _offset(frame, min(2.0, timeout_s))
        if offset is None:
            continue
        try:
            data = await asyncio.wait_for(frame.evaluate(EXTRACT_JS, opts), timeout_s)
        except PlaywrightError:  # a child frame navigating or detached has nothing to show right now
            if i == 0:
                raise
            continue
        except TimeoutError:
            if i == 0:
                raise
            continue
        _add_frame(out, frame, i, offset, data)
    return out


def _add_frame(out: Extracted, frame: PwFrame, i: int, offset: tuple[float, float], data: dict[str, Any]) -> None:
    dx, dy = offset

    def ref(local: str) -> str:
        name = local if i == 0 else f"f{i}.{local}"
        out.refs[name] = (frame, local)
        return name

    if i == 0:
        out.title = data["title"]
        out.storage_keys = list(data["storage"])
        out.scroll = (float(data["scroll"][0]), float(data["scroll"][1]))
    out.truncated = out.truncated or bool(data["truncated"])
    for t in data["texts"]:
        out.texts.append(TextBlock(t["text"], _box(t["box"], dx, dy), i, bool(t["in_overlay"])))
    on_screen = {" ".join(t["text"].split()) for t in data["texts"]}
    for f in data.get("flashes", []):
        if f["text"] not in on_screen:
            out.texts.append(TextBlock(f["text"], None, i, bool(f["layer"]), transient=True))
    for f in data["fields"]:
        out.fields.append(
            FormField(
                ref=ref(f["ref"]),
                tag=f["tag"],
                type=f["type"],
                name=f["name"],
                label=f["label"],
                placeholder=f["placeholder"],
                autocomplete=f["autocomplete"],
                required=f["required"],
                visible=f["visible"],
                filled=f["filled"],
                box=_box(f["box"], dx, dy),
                frame=i,
                context=f["context"],
            )
        )
    for c in data["controls"]:
        out.controls.append(
            Control(
                ref=ref(c["ref"]),
                text=c["text"],
                tag=c["tag"],
                role=c["role"],
                href=c["href"],
                box=_box(c["box"], dx, dy),
                enabled=c["enabled"],
                visible=c["visible"],
                covered=c["covered"],
                in_overlay=bool(c.get("in_overlay")),
                frame=i,
                selected=bool(c.get("selected")),
                group=f"{i}.{c['group']}" if c.get("group") else "",
            )
        )
    for c in data["checkboxes"]:
        out.checkboxes.append(
            Checkbox(
                ref=ref(c["ref"]),
                label=c["label"],
                checked=c["checked"],
                checked_by_default=c["checked_by_default"],
                required=c["required"],
                visible=c["visible"],
                box=_box(c["box"], dx, dy),
                frame=i,
            )
        )
    for o in data["overlays"]:
        controls = tuple(r if i == 0 else f"f{i}.{r}" for r in o["controls"])
        out.overlays.append(Overlay(_box(o["box"], dx, dy) or Box(0, 0, 0, 0), o["text"], controls, o["closable"]))
    for m in data["images"]:
        out.images.append(Image(m["src"], m["alt"], _box(m["box"], dx, dy)))
