"""What the person did, from the screens they saw: a WalkResult the verdict reads as it reads the browser's.

Between two keyframes the person did something; the screens say what it came to, never which finger moved:
- a wall (a pop-up) that is gone on the next screen was dismissed;
- the same screen again after another one is a wall (or a page) that came back;
- a wallet's own cashier sheet (确认支付 with an amount, over 微信支付 / 零钱 / 支付宝) is payment reached;
- the walk ends where the recording ends: the last screen is where the person was stopped, or paid.
"""

from __future__ import annotations

from qraudit.models import Action, Payment, Snapshot
from qraudit.rules import EvalContext
from qraudit.walk.fingerprint import fingerprint
from qraudit.walk.walker import WalkResult


def paid_how(snapshot: Snapshot, vocab) -> str | None:
    """How a screen shows payment: the wallet's cashier sheet, or the page saying it is paid; else None.

    The sheet's pay button (支付, 确认支付, 立即付款) is a line of its own, so it is read line by line; the
    wallet's words (零钱, 储蓄卡, 付款给) and an amount may be anywhere on the screen."""
    lines = [t.text for t in snapshot.texts]
    text = "\n".join(lines)
    if (
        any(vocab.phrases["cashier_pay"].search(line) for line in lines)
        and vocab.phrases["cashier_wallet"].search(text)
        and vocab.phrases["item_price"].search(text)
    ):
        return "phone:cashier-sheet"
    if vocab.phrases["payment_done"].search(text):
        return "phone:payment-done"
    return None


def _observed(before: Snapshot, after: Snapshot, seen: set[str]) -> Action:
    if before.overlays and not after.overlays:
        what = "the pop-up was closed"
    elif fingerprint(after) in seen:
        what = "a screen seen before came back"
    else:
        what = "a new screen"
    return Action("observed", text=what, reason="observed")


def infer_walk(snapshots: list[Snapshot], ruleset, payload_kind: str | None = None) -> WalkResult:
    vocab = ruleset.vocabulary
    result = WalkResult()
    seen: set[str] = set()
    for i, snap in enumerate(snapshots):
        action = None if i == 0 else _observed(snapshots[i - 1], snap, seen)
        paid = result.payment is not None
        how = None if paid else paid_how(snap, vocab)
        cashier = how is not None
        ctx = EvalContext(payload_kind=payload_kind, after_payment=paid or cashier)
        result.matches.extend(ruleset.evaluate(snap, ctx))
        result.snapshots.append(snap)
        result.actions.append(action)
        state = fingerprint(snap)
        result.step_states.append(state)
        seen.add(state)
        if how is not None:
            result.payment = Payment(how=how, step=snap.step, url=None)
            break
    result.end_reason = "payment" if result.payment else "dead-end"
    if result.payment is None and result.snapshots:
        # The person stopped on the last screen: whatever wall it shows held them there.
        result.stuck_steps.append(result.snapshots[-1].step)
    return result


def shows_checkout(snapshots: list[Snapshot], vocab) -> bool:
    """Anything of a checkout at all: a pay word on a control, a price, a field a payment needs."""
    for snap in snapshots:
        text = "\n".join(t.text for t in snap.texts)
        if vocab.phrases["pay_verbs"].search(text) or vocab.phrases["item_price"].search(text):
            return True
        if any(vocab.control_kind(c.text) == "proceed" for c in snap.controls):
            return True
    return False
