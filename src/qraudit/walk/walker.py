"""The walk loop: snapshot, evaluate rules, stop at payment, else try the next untried action.

Search is bounded: each state (fingerprint) remembers which actions were tried from it; a state with
nothing left is a dead end, and the walker backtracks by reloading the URL of the latest earlier state
that still has options. It stops at payment, at a dead end everywhere, or when the budget runs out.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from qraudit.capture.payment import payment_signal
from qraudit.models import Action, Payment, RuleMatch, Snapshot
from qraudit.models.budget import Budget
from qraudit.rules import EvalContext
from qraudit.walk.candidates import action_key, candidate_actions
from qraudit.walk.fingerprint import fingerprint
from qraudit.walk.identity import identity_rejected

if TYPE_CHECKING:
    from qraudit.rules.ruleset import RuleSet

MAX_ATTEMPTS = 2  # tries of one action from one state when it could not be done


class WalkSession(Protocol):
    """What the walker needs of a browser session (capture.Session): open a URL, do an action, each
    answered by the snapshot of the page that results. The walker never sees the browser itself."""

    async def goto(self, url: str) -> Snapshot: ...

    async def act(self, action: Action) -> Snapshot: ...


@dataclass
class WalkResult:
    snapshots: list[Snapshot] = field(default_factory=list)
    actions: list[Action | None] = field(default_factory=list)  # the action that led to each step
    matches: list[RuleMatch] = field(default_factory=list)
    payment: Payment | None = None
    end_reason: str = ""  # payment | dead-end | max-steps | timeout | error
    error: str | None = None
    stuck_steps: list[int] = field(default_factory=list)  # step numbers whose state had no untried way forward
    tried: dict[str, list[Action]] = field(default_factory=dict)  # fingerprint -> actions tried there
    step_states: list[str] = field(default_factory=list)  # fingerprint of each snapshot, in order
    identity_needed: str | None = None  # the site rejected the emulated OAuth login (walk/identity.py)

    def index_of(self, step: int) -> int | None:
        """Where step number `step` (Snapshot.step, as rules and reports count) sits in `snapshots`."""
        return next((i for i, snap in enumerate(self.snapshots) if snap.step == step), None)

    def snapshot_at(self, step: int) -> Snapshot | None:
        index = self.index_of(step)
        return None if index is None else self.snapshots[index]

    def attempts_at(self, step: int) -> list[Action]:
        index = self.index_of(step)
        return [] if index is None or index >= len(self.step_states) else self.tried.get(self.step_states[index], [])


class Walker:
    def __init__(self, session: WalkSession, ruleset: RuleSet, payload_kind: str | None, budget: Budget):
        self.session = session
        self.ruleset = ruleset
        self.vocab = ruleset.vocabulary
        self.payload_kind = payload_kind
        self.budget = budget
        self.result = WalkResult()
        self._items_added = 0
        self._typed: set[str] = set()  # values entered on on-screen keyboards (see candidate_actions)
        self._failures: dict[tuple, int] = {}
        self._backtracked: set[str] = set()  # URLs already reloaded to backtrack

    async def run(self, start_url: str) -> WalkResult:
        deadline = time.monotonic() + self.budget.timeout_s
        snapshot = await self.session.goto(start_url)
        self._record(snapshot, None)
        while not self.result.end_reason:
            if self._observe(snapshot):
                break
            if len(self.result.actions) > self.budget.max_steps:
                self.result.end_reason = "max-steps"
                break
            if time.monotonic() > deadline:
                self.result.end_reason = "timeout"
                break
            action = self._next_action(snapshot)
            if action is None:
                self.result.end_reason = "dead-end"
                break
            if action.reason == "add-item":
                self._items_added += 1
            state = self.result.step_states[-1]
            snapshot = await self.session.act(action)
            self._record(snapshot, action)
            if snapshot.action_error:
                self._allow_retry(state, action)
            elif action.kind == "keyboard" and action.value:
                self._typed.add(action.value)
        if self.result.payment is None:
            self.result.identity_needed = identity_rejected(self.result.snapshots, self.vocab)
        return self.result

    def _record(self, snapshot: Snapshot, action: Action | None) -> None:
        self.result.snapshots.append(snapshot)
        self.result.actions.append(action)
        # A dish added to the cart is progress even when the page looks the same (no badge, no total):
        # the checkout control pressed in vain before deserves another press. Once: a second dish, or a
        # stepper's + pressed again, is not new progress, and counting it would let the walk loop on it.
        state = fingerprint(snapshot) + ("+item" if self._items_added else "")
        self.result.step_states.append(state)

    def _observe(self, snapshot: Snapshot) -> bool:
        """Evaluate the rules on this step; True when the walk must end here."""
        signal = payment_signal(snapshot)
        paid_before = self.result.payment is not None
        ctx = EvalContext(payload_kind=self.payload_kind, after_payment=paid_before or signal is not None)
        self.result.matches.extend(self.ruleset.evaluate(snapshot, ctx))
        if signal is not None and not paid_before:
            how, url = signal
            self.result.payment = Payment(how=how, step=snapshot.step, url=url)
            self.result.end_reason = "payment"
            return True
        if snapshot.error:
            self.result.error = snapshot.error
            self.result.end_reason = "error"
            return True
        return False

    def _untried(self, state: str, snapshot: Snapshot) -> list[Action]:
        tried = {action_key(a) for a in self.result.tried.get(state, [])}
        return [
            a
            for a in candidate_actions(snapshot, self.vocab, self._items_added, frozenset(self._typed))
            if action_key(a) not in tried
        ]

    def _next_action(self, snapshot: Snapshot) -> Action | None:
        state = self.result.step_states[-1]
        options = self._untried(state, snapshot)
        if options:
            self.result.tried.setdefault(state, []).append(options[0])
            return options[0]
        self._mark_stuck(len(self.result.snapshots) - 1)
        return self._backtrack(state)

    def _allow_retry(self, state: str, action: Action) -> None:
        """An action that could not be done (covered by a late pop-up, say) may be tried once more."""
        key = (state, action_key(action))
        self._failures[key] = self._failures.get(key, 0) + 1
        if self._failures[key] < MAX_ATTEMPTS:
            tried = self.result.tried.get(state, [])
            self.result.tried[state] = [a for a in tried if action_key(a) != action_key(action)]

    def _mark_stuck(self, index: int) -> None:
        step = self.result.snapshots[index].step
        if step not in self.result.stuck_steps:
            self.result.stuck_steps.append(step)

    def _backtrack(self, current_state: str) -> Action | None:
        """Reload the URL of the latest earlier state that still has untried options (each URL once)."""
        for step in range(len(self.result.snapshots) - 2, -1, -1):
            state = self.result.step_states[step]
            if state == current_state:
                continue
            earlier = self.result.snapshots[step]
            if not self._untried(state, earlier):
                self._mark_stuck(step)
                continue
            if earlier.url in self._backtracked:
                continue
            self._backtracked.add(earlier.url)
            return Action("goto", value=earlier.url, text=earlier.url, reason="backtrack")
        return None
