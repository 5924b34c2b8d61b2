"""What the walker can ask of a page: one function per Action.kind, in one table.

Each returns None when done, or a short reason when the action could not be done (the element is
covered or gone); a failed action is evidence, not a crash. Navigations are never awaited here: the
session's settling does that.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Frame as PwFrame
from playwright.async_api import Locator, Page

from qraudit.capture.options import Keypad
from qraudit.errors import QrauditError
from qraudit.models import Action

ACT_TIMEOUT_MS = 5000  # a control a person cannot use within 5 s is, for the audit, unusable


@dataclass
class ActContext:
    page: Page
    refs: dict[str, tuple[PwFrame, str]]
    timeout_ms: float
    open_url: Callable[[str], Awaitable[str | None]]  # the session's guarded navigation
    keypad: Keypad = Keypad()

    def locate(self, ref: str | None) -> Locator:
        if not ref or ref not in self.refs:
            raise LookupError(f"no element {ref!r} in the last snapshot")
        frame, local = self.refs[ref]
        return frame.locator(f'[data-qraudit-ref="{local}"]').first


def _short(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:300]


async def click(ctx: ActContext, action: Action) -> None:
    await ctx.locate(action.ref).click(timeout=ctx.timeout_ms)


async def fill(ctx: ActContext, action: Action) -> str | None:
    target = ctx.locate(action.ref)
    if not await target.is_editable(timeout=ctx.timeout_ms):
        # A readonly input that opens the page's own keyboard (plates, amounts): type as a person would.
        return await keyboard(ctx, action)
    await target.fill(action.value or "", timeout=ctx.timeout_ms)
    return None


# On-screen keyboards: a key is a visible element whose whole trimmed text is the character.
# Its confirm and grid-switch keys are words of the vocabulary, in ctx.keypad.
KEY_TIMEOUT_MS = 1500


async def _lowest_visible(ctx: ActContext, text: str) -> Locator | None:
    """The visible element showing exactly `text` lowest on the screen, in any frame: the keyboard sits
    below the field."""
    best: tuple[float, Locator] | None = None
    for frame in ctx.page.frames:
        matches = frame.get_by_text(text, exact=True)
        try:
            count = min(await matches.count(), 20)
            for i in range(count):
                item = matches.nth(i)
                box = await item.bounding_box(timeout=KEY_TIMEOUT_MS) if await item.is_visible() else None
                if box and box["width"] > 0 and box["height"] > 0 and (best is None or box["y"] >= best[0]):
                    best = (box["y"], item)
        except PlaywrightError:  # a frame navigating away has no keys
            continue
    return best[1] if best else None


async def _tap_first(ctx: ActContext, texts: Iterable[str]) -> bool:
    """Tap the first of `texts` showing as a key; a greyed-out key (pointer-events: none) is skipped."""
    for text in texts:
        key = await _lowest_visible(ctx, text)
        if key is None:
            continue
        try:
            await key.click(timeout=KEY_TIMEOUT_MS)
            return True
        except PlaywrightError:
            continue
    return False


async def keyboard(ctx: ActContext, action: Action) -> str | None:
    """Type `value` on the page's own keyboard: tap the field (if any) to open it, tap each key, then confirm."""
    if action.ref:
        await ctx.locate(action.ref).click(timeout=ctx.timeout_ms)
    for char in action.value or "":
        cases = dict.fromkeys((char, char.upper(), char.lower()))
        if await _tap_first(ctx, cases):
            continue
        # The key may be on the keyboard's other grid (provinces, then letters and digits).
        if not (await _tap_first(ctx, ctx.keypad.switch) and await _tap_first(ctx, cases)):
            return f"keyboard: no key {char!r} on the page"
    await _tap_first(ctx, ctx.keypad.confirm)
    return None


async def untick(ctx: ActContext, action: Action) -> None:
    target = ctx.locate(action.ref)
    if await target.is_visible():
        try:
            await target.set_checked(False, timeout=ctx.timeout_ms)
            return
        except PlaywrightError:  # a custom widget (class-styled span): a click is what a person would do
            pass
    # UI kits hide the native box (opacity 0, no size) inside a label that draws it: waiting for the hidden
    # box to become clickable only runs out the timeout, so tap what a person sees, the label around it.
    wrapper = target.locator("xpath=ancestor::label[1]")
    await (wrapper if await wrapper.count() else target).click(timeout=ctx.timeout_ms)


async def select(ctx: ActContext, action: Action) -> None:
    target = ctx.locate(action.ref)
    try:
        await target.select_option(action.value or "", timeout=ctx.timeout_ms)
    except PlaywrightError:
        await target.select_option(label=action.value or "", timeout=ctx.timeout_ms)


async def press(ctx: ActContext, action: Action) -> None:
    key = action.value or "Enter"
    if action.ref:
        await ctx.locate(action.ref).press(key, timeout=ctx.timeout_ms)
    else:
        await ctx.page.keyboard.press(key)


async def tap_outside(ctx: ActContext, action: Action) -> None:
    """Tap the page away from the dialog (the element `ref`, if given), as a person dismissing it would."""
    size = ctx.page.viewport_size or {"width": 390, "height": 844}
    x, y = size["width"] / 2, 8.0
    if action.ref:
        box = await ctx.locate(action.ref).bounding_box(timeout=ctx.timeout_ms)
        if box:
            above, below = box["y"], size["height"] - (box["y"] + box["height"])
            y = max(4.0, above / 2) if above >= below else min(size["height"] - 4.0, size["height"] - below / 2)
    await ctx.page.mouse.click(x, y)


MAX_WAIT_S = 16.0


async def wait(ctx: ActContext, action: Action) -> None:
    """Let the page's time pass (a countdown before an ad's skip unlocks), as a person would wait."""
    try:
        seconds = float(action.value or 1)
    except ValueError:
        seconds = 1.0
    await asyncio.sleep(min(max(seconds, 0.0), MAX_WAIT_S))


async def reload(ctx: ActContext, action: Action) -> str | None:
    return await ctx.open_url(ctx.page.url)


async def goto(ctx: ActContext, action: Action) -> str | None:
    if not action.value:
        raise LookupError("goto needs a URL in Action.value")
    return await ctx.open_url(action.value)


ACTIONS: dict[str, Callable[[ActContext, Action], Awaitable[str | None]]] = {
    "click": click,
    "fill": fill,
    "keyboard": keyboard,
    "untick": untick,
    "select": select,
    "press": press,
    "tap_outside": tap_outside,
    "reload": reload,
    "goto": goto,
    "wait": wait,
}


async def perform(ctx: ActContext, action: Action) -> str | None:
    """Do `action`; None on success, else why it could not be done."""
    handler = ACTIONS.get(action.kind)
    if handler is None:
        raise QrauditError(f"unknown action kind {action.kind!r}; known: {', '.join(ACTIONS)}")
    try:
        return await handler(ctx, action)
    except LookupError as exc:
        return str(exc)
    except PlaywrightError as exc:
        return f"{action.kind} {action.ref or ''} failed: {_short(exc)}".replace("  ", " ")
