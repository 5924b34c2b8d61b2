"""What the walk does, what the rules find and what a report holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from qraudit.models.bilingual import Bilingual
from qraudit.models.categories import WALL_CATEGORIES
from qraudit.models.decode import Box, Code, Exif
from qraudit.models.kinds import (
    ActionKind,
    ActionReason,
    MediaKind,
    ServiceSource,
    Severity,
    StepClockName,
    TargetKind,
    Verdict,
)
from qraudit.models.schema import schema

SHA256 = r"^[0-9a-f]{64}$"
UTC_TIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$"

# ---------------------------------------------------------------- walk


@dataclass(frozen=True)
class Action:
    """One thing the walker asks the browser layer to do to the current page."""

    kind: ActionKind
    ref: str | None = None  # Control/FormField/Checkbox ref from the snapshot
    value: str | None = None  # text typed, key pressed, option chosen, URL
    text: str = ""  # the target's visible text, for the report
    reason: ActionReason = ""


# ---------------------------------------------------------------- rules and verdicts


@dataclass(frozen=True)
class LegalRef:
    law: Bilingual
    article: str  # e.g. "Art. 16"
    quote: Bilingual
    # the text quoted: when adopted, amended, in force (e.g. "2021-08-20 通过，2021-11-01 施行")
    version: str = field(default="", metadata=schema(description="the version quoted: adopted, amended, in force"))
    source: str = field(default="", metadata=schema(description="who published the text, and where"))


@dataclass(frozen=True)
class NecessityJudgment:
    """Whether one thing a wall demands is necessary for the checkout's service, and the table row that says so."""

    item: str = field(
        metadata=schema(minLength=1)
    )  # phone | name | address | id_number | profile | follow | marketing | account | ...
    necessary: bool
    row: str = field(metadata=schema(minLength=1, description="a row id of rules/vocab/necessity.yaml"))
    # the row's source and article, e.g. 《常见类型移动互联网应用程序必要个人信息范围规定》第五条（七）
    citation: str = field(metadata=schema(minLength=1))
    reason: Bilingual


@dataclass(frozen=True)
class ServiceClass:
    """What the checkout sells, which decides what personal information it may need."""

    kind: str = field(metadata=schema(minLength=1))  # a row kind of rules/vocab/necessity.yaml: parking, dine_in, ...
    name: Bilingual  # as vocab/necessity.yaml names it
    source: ServiceSource
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
    category: str  # a category id of models/categories.py
    severity: Severity
    step: int
    evidence: Evidence = field(default_factory=Evidence)


@dataclass(frozen=True)
class Wall:
    category: str = field(metadata=schema(enum=WALL_CATEGORIES))
    mandatory: bool
    rule_ids: tuple[str, ...] = field(metadata=schema(minItems=1))
    step: int = field(metadata=schema(minimum=0))
    summary: Bilingual
    evidence: Evidence
    refusal_attempts: tuple[str, ...] = ()
    legal: tuple[LegalRef, ...] = ()
    necessity: tuple[NecessityJudgment, ...] = ()
    violation: bool = field(
        default=False,
        metadata=schema(description="mandatory, and demands something the service's row does not call necessary"),
    )


@dataclass(frozen=True)
class Finding:
    """A problem that is not a wall (e.g. marketing consent ticked in advance). Never changes the verdict."""

    rule_ids: tuple[str, ...]
    severity: Severity
    step: int = field(metadata=schema(minimum=0))
    summary: Bilingual
    evidence: Evidence
    legal: tuple[LegalRef, ...] = ()


@dataclass(frozen=True)
class StepRecord:
    n: int = field(metadata=schema(minimum=0))
    url: str
    title: str
    action: Action | None = None
    files: dict[str, str] = field(default_factory=dict)  # role (screenshot, dom, snapshot) -> file name
    source: str = field(
        default="",
        metadata=schema(
            description="A phone walk's frame (walk.mp4 @ 00:12.4) or screenshot name; empty for a browser walk."
        ),
    )
    clock: StepClockName = field(
        default="",
        metadata=schema(
            description="The step's clock until the page was read: virtual (timers jumped over), real, fallback "
            "(virtual given up for real time); empty for a phone walk.",
        ),
    )
    wall_s: float | None = field(
        default=None,
        metadata=schema(minimum=0, description="Real seconds from the step's start until the page was read."),
    )
    page_s: float | None = field(
        default=None,
        metadata=schema(
            minimum=0,
            description="Page-clock seconds that passed in the same time; more than wall_s when the virtual clock "
            "jumped over timers.",
        ),
    )


@dataclass(frozen=True)
class WalkMedia:
    """One file of a walk recorded on a phone, as the person handed it in (a copy is in the sealed folder)."""

    name: str  # the copy's path inside the audit folder
    kind: MediaKind
    sha256: str = field(metadata=schema(pattern=SHA256))
    size: int = field(metadata=schema(minimum=0))
    duration_s: float | None = None  # a recording's length
    created: str | None = None  # when the phone made it (container metadata or EXIF), as written there
    device: str | None = None  # the phone's make and model, or its OS, where the file names it


@dataclass(frozen=True)
class EarlierWalk:
    """A walk set aside for a retry under another profile; its evidence files stay in `folder`."""

    profile: str = field(metadata=schema(minLength=1))
    reason: str  # what the page said, e.g. 请在微信客户端打开
    folder: str = field(metadata=schema(minLength=1))  # relative to the audit folder
    steps: int = field(metadata=schema(minimum=0))


@dataclass(frozen=True)
class Target:
    kind: TargetKind
    source: str
    sha256: str | None = field(default=None, metadata=schema(pattern=SHA256))
    exif: Exif | None = None
    payload: str | None = None
    payload_kind: str | None = None
    codes: tuple[Code, ...] = ()  # every code decoded from the photo, outlined in the report
    photo: str | None = None  # file name of the source photo's copy inside the audit folder
    walk: tuple[WalkMedia, ...] = field(
        default=(),
        metadata=schema(
            description="A phone walk's recordings and screenshots, in walk order (copies in the sealed folder)."
        ),
    )


@dataclass(frozen=True)
class Payment:
    how: str  # bridge:getBrandWCPayRequest | cashier:wx.tenpay.com | native-code
    step: int = field(metadata=schema(minimum=0))
    url: str | None = None


@dataclass(frozen=True)
class Versions:
    tool: str
    rules_hash: str
    browser: str


@dataclass(frozen=True)
class Report:
    """report.json, schema_version 1 (schemas/report.schema.json)."""

    case_id: str = field(metadata=schema(minLength=1))
    target: Target
    start_url: str | None
    profile: str
    started_at: str = field(metadata=schema(pattern=UTC_TIME, description="UTC, ISO 8601"))
    finished_at: str = field(metadata=schema(pattern=UTC_TIME, description="UTC, ISO 8601"))
    versions: Versions
    verdict: Verdict
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
    schema_version: int = field(default=1, metadata=schema(const=1))
