"""The walker's options at one step, best first: refuse, untick, fill, add an item, proceed.

A consumer who says no never presses a comply control, never ticks consent that bundles following or
marketing, and never types personal data. Everything here reads the snapshot only.
"""

from __future__ import annotations

import re

from qraudit.models import Action, Control, FormField, Snapshot, TextBlock
from qraudit.models.kinds import ActionKind
from qraudit.rules.phrases import normalize
from qraudit.rules.vocab import Vocabulary
from qraudit.walk.values import PROVINCE_KEYS, value_for

LABEL_MAX_CHARS = 24  # a payment field's label is short; longer text is a sentence about the page
WIDGET_GAP_PX = 80  # how far below its label an on-screen-keyboard field may start
KEYPAD_DIGITS = frozenset("0123456789")
KEY_ROW_MIN = 5  # one-character siblings in a row of a keyboard
PROVINCE_GRID_MIN = 10  # this many province keys on screen is a plate keyboard, not a sentence naming a city
# A label that already shows its value (桌号 A08, 车牌 沪A12345) is a display; one that asks (field_prompt) a field.
_VALUE_SHOWN = re.compile(r"\d+(?![\d\-~至到]|\s*(位|个|字|characters|digits))")  # not "7-8位"


OPTION_MAX_CHARS = 12  # a size, a flavour or a time slot in a spec sheet is a few words
COUNTDOWN_MAX_S = 15  # an ad that makes people wait longer than this is not waited for
_NUMBER = re.compile(r"\d+")


def _usable(control: Control) -> bool:
    return control.visible and control.enabled and not control.covered


PLUS_SIGNS = frozenset("+＋")
MINUS_SIGNS = frozenset("-－−—")
ROW_PX = 20  # a stepper's −, count and + sit on one line


def _is_stepper_plus(control: Control, snapshot: Snapshot) -> bool:
    """The + of a quantity stepper (− 1 +): it raises a count already chosen, it does not put a dish in a cart.
    Known by a − beside it, or by the count field on its line."""
    if normalize(control.text) not in PLUS_SIGNS:
        return False
    if control.group and any(c.group == control.group and normalize(c.text) in MINUS_SIGNS for c in snapshot.controls):
        return True
    if control.box is None:
        return False
    return any(
        f.visible and f.name == "quantity" and f.box is not None and abs(f.box.y - control.box.y) <= ROW_PX
        for f in snapshot.fields
    )


def _adds(control: Control, vocab: Vocabulary, snapshot: Snapshot | None = None) -> bool:
    if not _usable(control) or vocab.phrases["add_item"].search(control.text) is None:
        return False
    # In a dish's spec sheet the count starts at one; its + only makes the order bigger.
    return not (snapshot is not None and control.in_overlay and _is_stepper_plus(control, snapshot))


def _is_key(control: Control, snapshot: Snapshot) -> bool:
    """A one-character control among many one-character siblings is a keyboard key (the X of Z X C V), not a ×."""
    if len(normalize(control.text)) != 1 or not control.group:
        return False
    keys = sum(1 for c in snapshot.controls if c.group == control.group and len(normalize(c.text)) == 1)
    return keys >= KEY_ROW_MIN


def _refusals(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    actions = [
        Action("click", c.ref, text=c.text, reason="refuse")
        for c in snapshot.controls
        if c.visible and not c.covered and vocab.control_kind(c.text) == "refuse" and not _is_key(c, snapshot)
    ]
    # Controls inside a wall first: a 关闭 in the page footer is a weaker bet.
    actions.sort(key=lambda a: not _control(snapshot, a.ref).in_overlay)
    if snapshot.overlays and not _sheet_actions(snapshot, vocab):  # a dish's spec sheet is no wall to wave away
        actions.append(Action("press", value="Escape", text="Escape", reason="dismiss"))
        actions.append(Action("tap_outside", text="tap outside", reason="dismiss"))
    return actions


def _control(snapshot: Snapshot, ref: str | None) -> Control:
    return next(c for c in snapshot.controls if c.ref == ref)


def _checkbox_actions(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    actions = []
    for box in snapshot.checkboxes:
        kind = vocab.checkbox_kind(box.label)
        if not box.visible:
            continue
        if box.checked and kind in ("follow", "marketing"):
            actions.append(Action("untick", box.ref, text=box.label, reason="untick-consent"))
        elif not box.checked and kind == "terms":
            # Plain service terms only; bundled follow/marketing consent is never ticked.
            actions.append(Action("click", box.ref, text=box.label, reason="accept-terms"))
    return actions


def _field_needs(field: FormField, vocab: Vocabulary) -> str | None:
    # A plate, amount, table or quantity is one short line; a textarea is a remark, which payment never needs.
    if not field.visible or field.filled or field.tag == "textarea":
        return None
    kind = vocab.field_kind(field)
    if kind is None or not vocab.is_payment_need(kind):
        return None
    return value_for(kind)


def _fill_actions(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    # One field of a kind is enough: a quantity on one dish orders it; a menu needs no quantity on every line.
    done = {vocab.field_kind(f) for f in snapshot.fields if f.visible and f.filled}
    actions = []
    for field in snapshot.fields:
        value = _field_needs(field, vocab)
        field_kind = vocab.field_kind(field)
        if value is None or field_kind in done:
            continue
        done.add(field_kind)
        # Parking pages often build the plate input from divs with an on-screen keyboard.
        how: ActionKind = "fill" if field.tag in ("input", "textarea") and field.type != "hidden" else "keyboard"
        if field.tag == "select":
            how = "select"
        actions.append(Action(how, field.ref, value=value, text=field.label or field.placeholder, reason="fill-needed"))
    return actions


def _label_kind(text: str, vocab: Vocabulary) -> str | None:
    """The payment-need kind a short piece of text names (车牌号码, 付款金额), or None."""
    if not text or len(normalize(text)) > LABEL_MAX_CHARS:
        return None
    if _VALUE_SHOWN.search(text) and not vocab.phrases["field_prompt"].search(text):
        return None
    kind = vocab.field_kind(FormField(ref="", tag="div", label=text))
    return kind if vocab.is_payment_need(kind) and value_for(kind) else None


def _widget_below(snapshot: Snapshot, label: TextBlock, vocab: Vocabulary, labels: list[TextBlock]) -> Control | None:
    """The unnamed clickable box right under a label: a plate or amount field drawn with divs."""
    if label.box is None:
        return None
    bottom = label.box.y + label.box.height
    # A card that holds a label of its own (请输入车牌号 above its boxes) is the container, not the field.
    others = [normalize(t.text) for t in labels if t is not label]
    near = [
        c
        for c in snapshot.controls
        if _usable(c)
        and c.box
        and c.frame == label.frame
        and vocab.control_kind(c.text) is None
        and not any(text and text in normalize(c.text) for text in others)
        and bottom - 4 <= c.box.y <= bottom + WIDGET_GAP_PX
        and c.box.x < label.box.x + max(label.box.width, 1)
        and label.box.x < c.box.x + c.box.width
    ]
    # The first cell of a row of boxes: top row, then leftmost, then the smallest (a cell, not its row). Tapping a
    # later cell would start the plate there.
    return min(near, key=lambda c: (round(c.box.y / 8), round(c.box.x), c.box.width), default=None)  # type: ignore[union-attr]


def _on_screen(box, snapshot: Snapshot) -> bool:
    return box is None or box.y < snapshot.viewport[1]  # a keyboard parked below the screen is closed


def _has_keypad(snapshot: Snapshot) -> bool:
    """Keys already on screen: a digit pad, or a plate keyboard open on its province grid."""
    keys = {normalize(c.text) for c in snapshot.controls if _usable(c) and _on_screen(c.box, snapshot)}
    keys |= {normalize(t.text) for t in snapshot.texts if _on_screen(t.box, snapshot)}
    return KEYPAD_DIGITS <= keys or len(keys & PROVINCE_KEYS) >= PROVINCE_GRID_MIN


def _keyboard_actions(snapshot: Snapshot, vocab: Vocabulary, typed: frozenset[str]) -> list[Action]:
    """Plate and amount entry without an <input>: a div or role=textbox that opens the page's own keyboard."""
    done = set(typed) | {v for f in snapshot.fields if f.visible and (v := value_for(vocab.field_kind(f)))}
    actions = []

    def add(ref: str | None, text: str, kind: str) -> None:
        value = value_for(kind)
        if value and value not in done:
            done.add(value)
            actions.append(Action("keyboard", ref, value=value, text=text, reason="fill-needed"))

    for control in snapshot.controls:
        kind = _label_kind(control.text, vocab) if control.role == "textbox" and _usable(control) else None
        if kind:
            add(control.ref, control.text, kind)
    labels = [
        (b, k) for b in snapshot.texts if not b.transient and (k := _label_kind(b.text, vocab))
    ]  # a toast labels no field
    # A label with a box to tap under it first; a label alone only when keys are already on screen.
    for block, kind in labels:
        if (widget := _widget_below(snapshot, block, vocab, [b for b, _ in labels])) is not None:
            add(widget.ref, block.text, kind)
    if _has_keypad(snapshot):
        for block, kind in labels:
            add(None, block.text, kind)
    return actions


def _add_item_actions(snapshot: Snapshot, vocab: Vocabulary, items_added: int) -> tuple[list[Action], bool]:
    """One dish for an empty cart, and whether it comes before the proceed controls: only when the page
    complains of an empty cart or has nothing to proceed with. Otherwise it comes after them, for a
    checkout button that silently does nothing while the cart is empty."""
    if items_added:
        return [], False
    # 加入购物车 says what it does; a bare + may be a quantity stepper whose − is hidden at one.
    adders = sorted(
        (c for c in snapshot.controls if _adds(c, vocab, snapshot)), key=lambda c: normalize(c.text) in PLUS_SIGNS
    )
    if not adders:
        return [], False
    proceed_ready = any(_usable(c) and vocab.control_kind(c.text) == "proceed" for c in snapshot.controls)
    complaints = "\n".join([snapshot.visible_text, snapshot.flashed_text, *(d.message for d in snapshot.dialogs)])
    first = not proceed_ready or bool(vocab.phrases["cart_empty"].search(complaints))
    return [Action("click", adders[0].ref, text=adders[0].text, reason="add-item")], first


def _sheet_actions(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    """A pop-up offering 加入购物车 or a quantity is a dish's spec sheet (size, sugar), not a wall: buy or add,
    don't close it. Its 立即购买 / 确定 goes straight on to paying, so it comes before its 加入购物车."""
    inside = [c for c in snapshot.controls if c.in_overlay and _usable(c)]
    adds = [c for c in inside if _adds(c, vocab, snapshot)]
    if not adds and not any(_is_stepper_plus(c, snapshot) for c in inside):
        return []
    buys = sorted(
        (c for c in inside if vocab.control_kind(c.text) == "proceed" and not _container(c, snapshot)),
        key=lambda c: _proceed_rank(c, vocab),
    )
    return [Action("click", c.ref, text=c.text, reason="proceed") for c in buys] + [
        Action("click", c.ref, text=c.text, reason="add-item") for c in adds[:1]
    ]


def _is_spec_sheet(snapshot: Snapshot, vocab: Vocabulary) -> bool:
    """An overlay that adds or confirms a purchase and asks no compliance: sizes and flavours live there."""
    inside = [c for c in snapshot.controls if c.in_overlay and c.visible]
    kinds = {vocab.control_kind(c.text) for c in inside}
    return "comply" not in kinds and any(
        vocab.phrases["add_item"].search(c.text) or vocab.control_kind(c.text) == "proceed" for c in inside
    )


def _option_actions(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    """In a spec sheet, the first available option of every group with nothing chosen (规格: 大份, 口味: 微辣).
    Options are short controls of no kind that share a parent; a sold-out one is passed over."""
    if not _is_spec_sheet(snapshot, vocab):
        return []
    groups: dict[str, list[Control]] = {}
    for c in snapshot.controls:
        text = normalize(c.text)
        if not (c.in_overlay and c.group and c.visible and 0 < len(text) <= OPTION_MAX_CHARS):
            continue
        if vocab.control_kind(c.text) is not None or vocab.phrases["add_item"].search(c.text):
            continue
        if vocab.phrases["choose_prompt"].search(c.text) or vocab.phrases["item_price"].search(c.text):
            continue  # the sheet's heading (￥99 请选择), not one of its options
        groups.setdefault(c.group, []).append(c)
    # A group of one (a single 标准 size) is still a choice to make when the sheet says 请选择.
    asks = any(vocab.phrases["choose_prompt"].search(o.text) for o in snapshot.overlays)
    actions = []
    for members in groups.values():
        if (len(members) < 2 and not asks) or any(m.selected for m in members):
            continue
        choice = next((m for m in members if _usable(m) and not vocab.phrases["sold_out"].search(m.text)), None)
        if choice is not None:
            actions.append(Action("click", choice.ref, text=choice.text, reason="choose-option"))
    return actions


def _countdown_wait(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    """An ad whose skip unlocks after a countdown (5s 后可跳过): wait it out instead of tapping a dead skip."""
    words = [c.text for c in snapshot.controls if c.visible] + [t.text for t in snapshot.texts if not t.transient]
    for text in words:
        found = vocab.phrases["countdown"].search(text)
        number = _NUMBER.search(found.group(0)) if found else None
        if number and 0 < int(number.group(0)) <= COUNTDOWN_MAX_S:
            seconds = str(int(number.group(0)) + 1)
            return [
                Action(
                    "wait",
                    value=seconds,
                    text=f"wait {seconds} s: {' '.join(text.split())[:40]}",
                    reason="wait-countdown",
                )
            ]
    return []


_NAME_CHARS = re.compile(r"[^\W\d_]")  # letters and hanzi
CARD_MAX_CHARS = 80  # a product card: a name, a price, a sales count; a longer block is a section
LISTING_MIN_CARDS = 2
CONTAINER_MIN = 2


def _holds(outer: Control, inner: Control) -> bool:
    return outer.box is not None and inner.box is not None and outer.box.contains(inner.box)


def _browse_actions(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    """When nothing on a page proceeds: open the first product (a card with a name and a price), then the
    cart tab. A shop's home page lists goods; the buy button is one tap further in."""

    def plain(c: Control) -> bool:
        return _usable(c) and not c.in_overlay and vocab.control_kind(c.text) is None and not _adds(c, vocab, snapshot)

    def is_card(c: Control) -> bool:
        text = normalize(c.text)
        price = vocab.phrases["item_price"].search(c.text)
        if price is None or len(text) > CARD_MAX_CHARS:
            return False
        name = _NAME_CHARS.findall(text[: price.start()] + text[price.end() :])
        return len(name) >= 2  # a name besides the price: a card, not a ¥20 amount chip

    # A listing shows several goods side by side; one priced block is a summary (an order's total), and a
    # block holding other cards is the list, not a product.
    cards = [c for c in snapshot.controls if plain(c) and is_card(c)]
    cards = [c for c in cards if not any(o is not c and _holds(c, o) for o in cards)]
    card = cards[0] if len(cards) >= LISTING_MIN_CARDS else None
    actions = []
    if card is not None:
        actions.append(Action("click", card.ref, text=card.text, reason="open-item"))
    cart = next((c for c in snapshot.controls if plain(c) and vocab.phrases["cart_link"].search(c.text)), None)
    if cart is not None:
        actions.append(Action("click", cart.ref, text=cart.text, reason="open-cart"))
    return actions


def _proceed_rank(control: Control, vocab: Vocabulary) -> tuple:
    strong = vocab.phrases["pay_verbs"].search(control.text) is not None
    is_button = control.tag == "button" or control.role == "button"
    y = control.box.y if control.box else 0.0
    return (not strong, not is_button, -y, len(control.text))


def _container(control: Control, snapshot: Snapshot) -> bool:
    """A panel with a listener of its own that holds several controls: pressing its middle presses one of them."""
    return sum(1 for c in snapshot.controls if c is not control and c.visible and _holds(control, c)) >= CONTAINER_MIN


def _proceeds(snapshot: Snapshot, vocab: Vocabulary) -> list[Action]:
    controls = [
        c
        for c in snapshot.controls
        if _usable(c) and vocab.control_kind(c.text) == "proceed" and not _container(c, snapshot)
    ]
    controls.sort(key=lambda c: _proceed_rank(c, vocab))
    return [Action("click", c.ref, text=c.text, reason="proceed") for c in controls]


def candidate_actions(
    snapshot: Snapshot, vocab: Vocabulary, items_added: int = 0, typed: frozenset[str] = frozenset()
) -> list[Action]:
    """Every action worth trying at this step, in the order a careful refusing consumer would try them.

    `typed` holds the values already entered on an on-screen keyboard during this walk: such a field
    shows its value as plain text afterwards, so the snapshot alone cannot tell it is done."""
    add_item, add_first = _add_item_actions(snapshot, vocab, items_added)
    proceeds = _proceeds(snapshot, vocab)
    ordered = (
        _countdown_wait(snapshot, vocab)
        + _option_actions(snapshot, vocab)
        + _sheet_actions(snapshot, vocab)
        + _refusals(snapshot, vocab)
        + _checkbox_actions(snapshot, vocab)
        + _fill_actions(snapshot, vocab)
        + _keyboard_actions(snapshot, vocab, typed)
        + (add_item + proceeds if add_first else proceeds + add_item)
        + _browse_actions(snapshot, vocab)
    )
    seen: set[tuple] = set()
    unique = []
    for action in ordered:
        key = action_key(action)
        if key not in seen:
            seen.add(key)
            unique.append(action)
    return unique


def action_key(action: Action) -> tuple:
    """Identity of an action across snapshots: refs are renumbered at every step, texts are not."""
    return (action.kind, " ".join(action.text.split()), action.value)
