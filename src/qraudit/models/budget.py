"""How much one walk may spend, in one object the CLI, the walker and the browser session all read.

The walker keeps the budget: it stops after `max_steps` actions or `timeout_s` seconds and says which
(end reason max-steps or timeout). The browser session enforces the same budget plus a margin, as a
backstop for a walker that would overrun it: the margin lets the walker's own stop come first, with its
reason, and lets the step under way when the walker's clock ran out finish and be read."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Budget:
    max_steps: int = 25  # actions the walker may take (--max-steps)
    timeout_s: float = 150.0  # seconds for the walk (--timeout)
    # Snapshots the session allows beyond the walker's actions: the first page and a few backtracks (goto)
    # are snapshots too.
    step_margin: int = 5
    # Real seconds the session allows beyond the walker's deadline: one step's own bound
    # (CaptureOptions.step_timeout_s), so the step in progress is read rather than cut off.
    time_margin_s: float = 30.0

    @property
    def session_steps(self) -> int:
        return self.max_steps + self.step_margin

    @property
    def session_timeout_s(self) -> float:
        return self.timeout_s + self.time_margin_s

    def remaining(self, steps_used: int, seconds_used: float) -> Budget:
        """What is left for a second walk of the same audit (a retry under another profile): the budget is
        the audit's, not each walk's. At least one step and one second, so the retry ends with its reason."""
        return replace(
            self,
            max_steps=max(1, self.max_steps - steps_used),
            timeout_s=max(1.0, self.timeout_s - seconds_used),
        )
