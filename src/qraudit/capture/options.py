"""Everything a capture run can be told: device, safety switches, bounds and evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qraudit.models.budget import Budget

# The page clock (capture/clock.py): timers jumped over, or waited for in real time.
ClockMode = Literal["virtual", "real"]
CLOCKS: tuple[ClockMode, ...] = ("virtual", "real")
# Page seconds each step is given before it is read, for pop-ups shown after a short delay; with the virtual
# clock they are jumped over, so a longer dwell costs little real time. The one default, `--dwell` included.
DEFAULT_DWELL_S = 2.0
# A timer or a request due within this long (page time) after a step began is waited for (or jumped over),
# so a wall scheduled that late is still seen; then the step is read.
LATE_HORIZON_S = 15.0


@dataclass(frozen=True)
class Keypad:
    """The keys of a page's own keyboard pressed besides the characters typed; words from the vocabulary
    (phrases.yaml keypad_confirm, keypad_switch), handed in by the pipeline."""

    confirm: tuple[str, ...] = ()
    switch: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaptureOptions:
    profile: str = "wechat-ios"
    allow_private_network: bool = False  # lets loopback/private/link-local... targets through (tests, intranets)
    allow_hosts: frozenset[str] = frozenset()  # hosts let through one by one, whatever they resolve to
    dwell_s: float = DEFAULT_DWELL_S
    late_wall_s: float = LATE_HORIZON_S
    clock: ClockMode = "virtual"  # the page's timers are jumped over (capture/clock.py), or "real": waited for
    nav_timeout_s: float = 20
    step_timeout_s: float = 30
    budget: Budget = Budget()  # steps and seconds for the walk; the session allows them plus the margins
    max_redirects: int = 20
    full_page: bool = True  # also take step-NN-full.png (and read QR codes below the fold)
    trace: bool = True  # Playwright trace.zip in the evidence folder
    har: bool = True  # network.har in the evidence folder
    browser_endpoint: str | None = None  # ws:// of a remote `playwright launch-server`
    keypad: Keypad = Keypad()
