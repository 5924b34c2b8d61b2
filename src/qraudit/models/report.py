"""What the walk does, what the rules find and what a report holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from qraudit.models.decode import Box, Code, Exif

# ---------------------------------------------------------------- walk


@dataclass(frozen=True)
class Action:
    """One thing the walker asks the browser layer to do to the current page."""

    kind: str  # click | fill | keyboard | untick | select | press | tap_outside | reload | goto | wait
    ref: str | None = None  # Control/FormField/Checkbox ref from the snapshot
    value: str | None = None  # text typed, key pressed, option chosen, URL
    text: str = ""  # the target's visible text, for the report
    # refuse | dismiss | fill-needed | add-item | choose-option | wait-countdown | proceed | open-item | open-cart |
    # backtrack
    reason: str = ""


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
    version: str = ""  # the text quoted: when adopted, amended, in force (e.g. "2021-08-20 通过，2021-11-01 施行")
    source: str = ""  # who published that text, and where


@dataclass(frozen=True)
class NecessityJudgment:
    """Whether one thing a wall demands is necessary for the checkout's service, and the table row that says so."""

    item: str  # phone | name | address | id_number | profile | follow | marketing | account | ...
    necessary: bool
    row: str  # id of the row in vocab/necessity.yaml
    citation: str  # the row's source and article, e.g. 《常见类型移动互联网应用程序必要个人信息范围规定》第五条（七）
    reason: Bilingual


@dataclass(frozen=True)
class ServiceClass:
    """What the checkout sells, which decides what personal information it may need."""

    kind: str  # parking | dine_in | pay_merchant | takeaway | online_shop | charging | vending | other
    name: Bilingual  # as vocab/necessity.yaml names it
    source: str  # inferred | override
    evidence: tuple[str, ...] = ()


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
    necessity: tuple[NecessityJudgment, ...] = ()
    violation: bool = False  # mandatory, and demands something the service's row does not call necessary


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
    source: str = ""  # a phone walk's frame: "walk.mp4 @ 00:12.4" or the screenshot's name; "" for a browser walk
    # Until the page was read: which clock the step ran on (virtual | real | fallback; "" for a phone walk),
    # the real seconds it took and the page seconds that passed (more than real when timers were jumped over).
    clock: str = ""
    wall_s: float | None = None
    page_s: float | None = None


@dataclass(frozen=True)
class WalkMedia:
    """One file of a walk recorded on a phone, as the person handed it in (a copy is in the sealed folder)."""

    name: str  # the copy's path inside the audit folder
    kind: str  # video | image
    sha256: str
    size: int
    duration_s: float | None = None  # a recording's length
    created: str | None = None  # when the phone made it (container metadata or EXIF), as written there
    device: str | None = None  # the phone's make and model, or its OS, where the file names it


@dataclass(frozen=True)
class EarlierWalk:
    """A walk set aside for a retry under another profile; its evidence files stay in `folder`."""

    profile: str
    reason: str  # what the page said, e.g. 请在微信客户端打开
    folder: str  # relative to the audit folder
    steps: int


@dataclass(frozen=True)
class Target:
    kind: str  # photo | url | phone-walk
    source: str
    sha256: str | None = None
    exif: Exif | None = None
    payload: str | None = None
    payload_kind: str | None = None
    codes: tuple[Code, ...] = ()  # every code decoded from the photo, outlined in the report
    photo: str | None = None  # file name of the source photo's copy inside the audit folder
    walk: tuple[WalkMedia, ...] = ()  # a phone walk's recordings and screenshots, in walk order


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
    service: ServiceClass | None = None
    schema_version: int = 1
