"""A site scripted as a graph of snapshots, for walker tests without Chromium.

Each state is a function of nothing that returns the snapshot parts (controls, texts, host events...);
`moves` maps (state, control text or action kind) to the next state. An action with no move leaves the
page as it was, as a dead button does. `goto` opens the state registered for a URL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from qraudit.models import Action, Snapshot


@dataclass
class FakeSite:
    states: dict[str, Callable[[], dict]]
    moves: dict[tuple[str, str], str]
    urls: dict[str, str]
    payments: frozenset[str] = frozenset()  # states whose snapshot records a pay call
    current: str = ""
    step: int = 0
    log: list[tuple[str, str]] = field(default_factory=list)  # (state, what was done there)

    def _snapshot(self) -> Snapshot:
        parts = dict(self.states[self.current]())
        url = next((u for u, s in self.urls.items() if s == self.current), f"https://shop.example.cn/{self.current}")
        # What a state records (pay calls, OAuth answers) happens at the step that shows it.
        for key in ("bridge_calls", "host_events"):
            if key in parts:
                parts[key] = tuple(replace(item, step=self.step) for item in parts[key])
        snap = Snapshot(step=self.step, url=url, title=self.current, **parts)
        self.step += 1
        return snap

    async def goto(self, url: str) -> Snapshot:
        self.current = self.urls.get(url) or url.rsplit("/", 1)[-1]
        return self._snapshot()

    async def act(self, action: Action) -> Snapshot:
        if action.kind == "goto":
            self.log.append((self.current, f"goto {action.value}"))
            return await self.goto(action.value or "")
        key = action.text if action.kind == "click" else action.kind
        self.log.append((self.current, key))
        self.current = self.moves.get((self.current, key), self.current)
        return self._snapshot()
