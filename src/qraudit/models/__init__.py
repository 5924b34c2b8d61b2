"""Plain typed data shared by every stage. No stage-specific logic and no Playwright objects.

One module for each stage's data: decode, snapshot (capture), report (walk, rules, verdicts, report.json)."""

from qraudit.models.decode import Point, Box, Code, GPS, Exif, PhotoResult
from qraudit.models.report import Action, Bilingual, LegalRef, NecessityJudgment, ServiceClass, Evidence, RuleMatch, Wall, Finding, StepRecord, EarlierWalk, Target, Payment, Versions, Report, WalkMedia
from qraudit.models.snapshot import Frame, Hop, TextBlock, FormField, Control, Checkbox, Overlay, Image, PageCode, Request, BridgeCall, HostEvent, Dialog, Download, Snapshot

__all__ = [
    "Action",
    "Bilingual",
    "Box",
    "BridgeCall",
    "Checkbox",
    "Code",
    "Control",
    "Dialog",
    "Download",
    "EarlierWalk",
    "Evidence",
    "Exif",
    "Finding",
    "FormField",
    "Frame",
    "GPS",
    "Hop",
    "HostEvent",
    "Image",
    "LegalRef",
    "NecessityJudgment",
    "Overlay",
    "PageCode",
    "Payment",
    "PhotoResult",
    "Point",
    "Report",
    "Request",
    "RuleMatch",
    "ServiceClass",
    "Snapshot",
    "StepRecord",
    "WalkMedia",
    "Target",
    "TextBlock",
    "Versions",
    "Wall",
]
