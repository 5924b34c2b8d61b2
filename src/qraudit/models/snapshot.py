"""What capture records of one step: the snapshot that rules and the walker read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qraudit.models.decode import Box
from qraudit.models.kinds import StepClockName

# ---------------------------------------------------------------- capture snapshots
# A snapshot is what the rules and the walker see of one step. `ref` values name elements
# so that the walker can ask the browser layer to act on them (click, fill, untick).


@dataclass(frozen=True)
class Frame:
    url: str
    name: str = ""
    parent: int | None = None  # index into Snapshot.frames


@dataclass(frozen=True)
class Hop:
    """One link of a redirect chain: HTTP (status 3xx), meta refresh or script navigation."""

    url: str
    status: int | None = None
    via: str = "http"  # http | meta | script | oauth-standin


@dataclass(frozen=True)
class TextBlock:
    text: str
    box: Box | None
    frame: int = 0
    in_overlay: bool = False
    transient: bool = False  # shown during the step but gone when it settled: a toast


@dataclass(frozen=True)
class FormField:
    ref: str
    tag: str  # input | select | textarea | div (custom widgets)
    type: str = "text"
    name: str = ""
    label: str = ""
    placeholder: str = ""
    autocomplete: str = ""
    required: bool = False
    visible: bool = True
    filled: bool = False
    box: Box | None = None
    frame: int = 0
    context: str = ""  # nearby text such as 选填 / optional


@dataclass(frozen=True)
class Control:
    ref: str
    text: str
    tag: str = "button"
    role: str = ""
    href: str = ""
    box: Box | None = None
    enabled: bool = True
    visible: bool = True
    covered: bool = False
    in_overlay: bool = False
    frame: int = 0
    selected: bool = False  # an option chip shown as chosen (class active/selected, aria-selected)
    group: str = ""  # controls with the same group share a parent: one set of options


@dataclass(frozen=True)
class Checkbox:
    ref: str
    label: str
    checked: bool
    checked_by_default: bool  # as the page first rendered it, before any action of ours
    required: bool = False
    visible: bool = True
    box: Box | None = None
    frame: int = 0


@dataclass(frozen=True)
class Overlay:
    box: Box
    text: str
    controls: tuple[str, ...] = ()  # refs of the controls inside
    closable: bool = False  # has a visible close/refuse control


@dataclass(frozen=True)
class Image:
    src: str
    alt: str = ""
    box: Box | None = None


@dataclass(frozen=True)
class PageCode:
    """A QR code decoded from the step screenshot, in CSS pixels."""

    text: str
    kind: str
    box: Box


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    status: int | None = None
    resource_type: str = ""
    third_party: bool = False
    post_data: str | None = None
    blocked: str | None = None  # why the guard refused it, if it did


@dataclass(frozen=True)
class BridgeCall:
    bridge: str  # WeixinJSBridge | wx | AlipayJSBridge | ap
    method: str
    args: Any = None
    step: int = 0


@dataclass(frozen=True)
class HostEvent:
    """A known host answered locally: OAuth, a cashier, an app scheme."""

    kind: str  # wechat-oauth | alipay-oauth | cashier | app-scheme
    url: str
    params: dict[str, str] = field(default_factory=dict)
    step: int = 0


@dataclass(frozen=True)
class Dialog:
    type: str  # alert | confirm | prompt | beforeunload
    message: str
    step: int = 0


@dataclass(frozen=True)
class Download:
    url: str
    filename: str
    step: int = 0


@dataclass(frozen=True)
class Snapshot:
    step: int
    url: str
    title: str
    viewport: tuple[int, int] = (390, 844)
    frames: tuple[Frame, ...] = ()
    redirects: tuple[Hop, ...] = ()
    texts: tuple[TextBlock, ...] = ()
    fields: tuple[FormField, ...] = ()
    controls: tuple[Control, ...] = ()
    checkboxes: tuple[Checkbox, ...] = ()
    overlays: tuple[Overlay, ...] = ()
    images: tuple[Image, ...] = ()
    page_codes: tuple[PageCode, ...] = ()
    requests: tuple[Request, ...] = ()
    console_errors: tuple[str, ...] = ()
    cookies: tuple[str, ...] = ()
    storage_keys: tuple[str, ...] = ()
    bridge_calls: tuple[BridgeCall, ...] = ()
    host_events: tuple[HostEvent, ...] = ()
    dialogs: tuple[Dialog, ...] = ()
    downloads: tuple[Download, ...] = ()
    popups: tuple[str, ...] = ()
    screenshot: str | None = None  # file name inside the audit folder
    full_screenshot: str | None = None
    dom_file: str | None = None
    error: str | None = None  # capture problem at this step (crash, timeout)
    action_error: str | None = None  # the action of this step could not be done (covered, gone); not fatal
    truncated: bool = False  # the page was too large to read completely within the budget
    # The step's clocks until the page was read: "virtual" (timers jumped over), "real", or "fallback" (a
    # page the virtual clock did not suit, waited for in real time); real seconds and page seconds.
    clock: StepClockName = ""
    wall_s: float | None = None
    page_s: float | None = None

    @property
    def visible_text(self) -> str:
        """What is on screen once the step settled; toasts that came and went are in `flashed_text`."""
        return "\n".join(t.text for t in self.texts if not t.transient)

    @property
    def flashed_text(self) -> str:
        return "\n".join(t.text for t in self.texts if t.transient)
