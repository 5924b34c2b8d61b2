"""The keyboard action and fill's readonly fallback, in real Chromium on a page served from 127.0.0.1."""

import asyncio
from dataclasses import replace
from pathlib import Path

from qraudit.capture import CaptureOptions, open_browser
from qraudit.models import Action
from qraudit.pipeline import keypad_of
from qraudit.walk.candidates import candidate_actions
from qraudit.walk.values import PAYMENT_VALUES

PAGES = Path(__file__).parent / "pages"
LOCAL = CaptureOptions(allow_hosts=frozenset({"127.0.0.1"}), dwell_s=0.3, full_page=False, trace=False, har=False)


def walk_steps(url: str, vocab, steps: int, keypad=None):
    options = replace(LOCAL, keypad=keypad_of(vocab) if keypad is None else keypad)

    async def go():
        async with open_browser(options) as browser, browser.session(None, options) as session:
            shots = [await session.goto(url)]
            for _ in range(steps):
                shots.append(await session.act(candidate_actions(shots[-1], vocab)[0]))
            return shots

    return asyncio.run(go())


def test_readonly_plate_is_typed_on_the_page_keyboard(serve, vocab):
    server = serve(PAGES)
    first, typed = walk_steps(server.url("/plate-keyboard.html"), vocab, 1)
    action = candidate_actions(first, vocab)[0]
    assert (action.kind, action.value) == ("fill", PAYMENT_VALUES["plate"])
    assert typed.action_error is None
    assert f"车牌：{PAYMENT_VALUES['plate']}" in typed.visible_text.replace("\n", "")
    assert "确定" not in typed.visible_text  # the keyboard was confirmed and closed
    assert [f.filled for f in typed.fields if f.label == "车牌号"] == [True]


def test_the_keys_that_close_the_keyboard_are_the_vocabularys(serve, vocab):
    """With no confirm words the typed plate stays behind an open keyboard: the capture knows no key by itself."""
    from qraudit.capture import Keypad

    server = serve(PAGES)
    keypad = keypad_of(vocab)
    assert "确定" in keypad.confirm and "ABC" in keypad.switch
    _, typed = walk_steps(server.url("/plate-keyboard.html"), vocab, 1, keypad=Keypad(switch=keypad.switch))
    assert "确定" in typed.visible_text


def test_a_missing_key_is_reported_not_raised(serve, vocab):
    server = serve(PAGES)

    async def go():
        async with open_browser(LOCAL) as browser, browser.session(None, LOCAL) as session:
            first = await session.goto(server.url("/plate-keyboard.html"))
            field = next(f for f in first.fields if f.label == "车牌号")
            return await session.act(Action("keyboard", field.ref, value="沪I0O", text="车牌号"))

    after = asyncio.run(go())
    assert after.action_error and "'I'" in after.action_error
