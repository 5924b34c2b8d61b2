"""Sites that check the visitor's WeChat or Alipay identity with the provider's own servers.

A silent OAuth (snsapi_base, auth_base) comes back with the stand-in's code; a merchant backend that
exchanges it with WeChat is told the code is invalid (errcode 40029) and shows an error or starts OAuth
again. No emulated browser can pass that, so the walk proves nothing about the walls behind it: the
audit is inconclusive and a walk recorded on a real phone (`audit --walk`) is the way to audit it.
A profile-scope consent the walk declined is different: that is a login wall, judged as usual.
"""

from __future__ import annotations

from qraudit.models import HostEvent, Snapshot

OAUTH_KINDS = ("wechat-oauth", "alipay-oauth")
LOOP_COUNT = 3  # silent OAuth started this often without getting anywhere: the server keeps rejecting the code


def _oauth_events(snapshots: list[Snapshot]) -> list[HostEvent]:
    return [event for snap in snapshots for event in snap.host_events if event.kind in OAUTH_KINDS]


def first_silent_oauth(snapshots: list[Snapshot]) -> int | None:
    """The step of the first silent OAuth, when every OAuth of the walk was silent."""
    events = _oauth_events(snapshots)
    if not events or any(e.params.get("decision", "silent") != "silent" for e in events):
        return None
    return min(e.step for e in events)


def identity_rejected(snapshots: list[Snapshot], vocab) -> str | None:
    """Why the site needs a real identity, quoting the page; None when it does not look so."""
    first = first_silent_oauth(snapshots)
    if first is None:
        return None
    phrases = vocab.phrases["identity_rejected"]
    for snap in snapshots:
        if snap.step < first:
            continue
        words = [b.text for b in snap.texts] + [d.message for d in snap.dialogs] + [snap.title]
        quote = next((" ".join(w.split())[:120] for w in words if phrases.search(w)), None)
        if quote:
            return (
                "the site checks the visitor's identity with the provider and rejected the emulated login "
                f"(step {snap.step}: “{quote}”)"
            )
    silent = len(_oauth_events(snapshots))
    if silent >= LOOP_COUNT:
        return (
            f"the site sent the visitor to silent OAuth {silent} times without letting them on: "
            "it rejects any login but a real one"
        )
    return None
