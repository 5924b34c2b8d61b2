"""One budget per audit (models/budget.py): the walker's limits, the session's backstops, and a retry's share."""

from __future__ import annotations

from qraudit.capture.options import CaptureOptions
from qraudit.models.budget import Budget


def test_the_session_allows_the_walk_plus_its_named_margins():
    budget = Budget(max_steps=10, timeout_s=60, step_margin=3, time_margin_s=20)
    assert (budget.session_steps, budget.session_timeout_s) == (13, 80)
    assert CaptureOptions().budget == Budget()  # one default, which the CLI's --max-steps and --timeout read


def test_a_retry_gets_what_the_first_walk_left_of_the_audit():
    left = Budget(max_steps=25, timeout_s=150).remaining(steps_used=4, seconds_used=30.5)
    assert (left.max_steps, left.timeout_s) == (21, 119.5)
    assert left.step_margin == Budget().step_margin  # the backstops keep their margins


def test_a_spent_budget_still_leaves_one_step_and_one_second():
    left = Budget(max_steps=3, timeout_s=10).remaining(steps_used=9, seconds_used=99)
    assert (left.max_steps, left.timeout_s) == (1, 1.0)
