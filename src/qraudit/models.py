"""Plain typed data shared by every stage. No stage-specific logic and no Playwright objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Point = tuple[float, float]


# ---------------------------------------------------------------- decode


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in CSS pixels (pages) or image pixels (photos)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def area(self) -> float:
        return max(self.width, 0.0) * max(self.height, 0.0)

    def contains(self, other: Box) -> bool:
        return (
            other.x >= self.x - 1
            and other.y >= self.y - 1
            and other.x + other.width <= self.x + self.width + 1
            and other.y + other.height <= self.y + self.height + 1
        )


@dataclass(frozen=True)
class Code:
    """One decoded code. `polygon` is four corners in the (EXIF-oriented) image."""

    text: str
    kind: str
    polygon: tuple[Point, Point, Point, Point]
    decoder: str
    details: dict[str, Any] = field(default_factory=dict)  # e.g. EMVCo merchant fields, OAuth scope

    @property
    def box(self) -> Box:
        xs = [p[0] for p in self.polygon]
        ys = [p[1] for p in self.polygon]
        return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True)
class GPS:
    lat: float
    lon: float


@dataclass(frozen=True)
class Exif:
    taken_at: str | None = None  # as the camera wrote it, ISO 8601 when possible
    gps: GPS | None = None
    make: str | None = None
    model: str | None = None


@dataclass(frozen=True)
class PhotoResult:
    """What `decode` found in one input file; `error` is a one-line message or None."""

    source: str
    sha256: str | None
    codes: tuple[Code, ...] = ()
    exif: Exif = field(default_factory=Exif)
    error: str | None = None
    width: int | None = None
    height: int | None = None


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

    @property
    def visible_text(self) -> str:
        """What is on screen once the step settled; toasts that came and went are in `flashed_text`."""
        return "\n".join(t.text for t in self.texts if not t.transient)

    @property
    def flashed_text(self) -> str:
        return "\n".join(t.text for t in self.texts if t.transient)


# ---------------------------------------------------------------- walk


@dataclass(frozen=True)
class Action:
    """One thing the walker asks the browser layer to do to the current page."""

    kind: str  # click | fill | untick | select | press | tap_outside | reload | goto
    ref: str | None = None  # Control/FormField/Checkbox ref from the snapshot
    value: str | None = None  # text typed, key pressed, option chosen, URL
    text: str = ""  # the target's visible text, for the report
    reason: str = ""  # refuse | dismiss | fill-needed | add-item | proceed | backtrack


# ---------------------------------------------------------------- rules and verdicts


@dataclass(frozen=True)
class Bilingual:
    zh: str
    en: str


@dataclass(frozen=True)
class LegalRef:
    law: Bilingual
    article: str  # e.g. "Art. 16"
    quote: Bilingual


@dataclass(frozen=True)
class Evidence:
    excerpts: tuple[str, ...] = ()
    boxes: tuple[Box, ...] = ()
    screenshot: str | None = None
    url: str | None = None
    field_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleMatch:
    """A rule that matched one step's snapshot."""

    rule_id: str
    category: str  # follow | login | personal_data
    severity: str  # high | medium | low | info
    step: int
    evidence: Evidence = field(default_factory=Evidence)


@dataclass(frozen=True)
class Wall:
    category: str
    mandatory: bool
    rule_ids: tuple[str, ...]
    step: int
    summary: Bilingual
    evidence: Evidence
    refusal_attempts: tuple[str, ...] = ()
    legal: tuple[LegalRef, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A problem that is not a wall (e.g. marketing consent ticked in advance). Never changes the verdict."""

    rule_ids: tuple[str, ...]
    severity: str
    step: int
    summary: Bilingual
    evidence: Evidence
    legal: tuple[LegalRef, ...] = ()


@dataclass(frozen=True)
class StepRecord:
    n: int
    url: str
    title: str
    action: Action | None = None
    files: dict[str, str] = field(default_factory=dict)  # role (screenshot, dom, snapshot) -> file name


@dataclass(frozen=True)
class EarlierWalk:
    """A walk set aside for a retry under another profile; its evidence files stay in `folder`."""

    profile: str
    reason: str  # what the page said, e.g. 请在微信客户端打开
    folder: str  # relative to the audit folder
    steps: int


@dataclass(frozen=True)
class Target:
    kind: str  # photo | url
    source: str
    sha256: str | None = None
    exif: Exif | None = None
    payload: str | None = None
    payload_kind: str | None = None
    codes: tuple[Code, ...] = ()  # every code decoded from the photo, outlined in the report
    photo: str | None = None  # file name of the source photo's copy inside the audit folder


@dataclass(frozen=True)
class Payment:
    how: str  # bridge:getBrandWCPayRequest | cashier:wx.tenpay.com | native-code
    step: int
    url: str | None = None


@dataclass(frozen=True)
class Versions:
    tool: str
    rules_hash: str
    browser: str


@dataclass(frozen=True)
class Report:
    """report.json, schema_version 1 (schemas/report.schema.json)."""

    case_id: str
    target: Target
    start_url: str | None
    profile: str
    started_at: str  # UTC ISO 8601
    finished_at: str
    versions: Versions
    verdict: str  # violation | compliant | inconclusive
    verdict_reason: str
    reached_payment: bool
    payment: Payment | None = None
    walls: tuple[Wall, ...] = ()
    findings: tuple[Finding, ...] = ()
    steps: tuple[StepRecord, ...] = ()
    errors: tuple[str, ...] = ()
    user_agent: str = ""
    earlier_walks: tuple[EarlierWalk, ...] = ()
    schema_version: int = 1
