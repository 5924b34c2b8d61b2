"""The complainant's YAML file: who complains, and what they know better than the page (merchant, place, request).

Every key is checked, so a typo (`adress:`) is an error naming file:line instead of a complaint without an address.
This data is the complainant's own: it is written only into the complaint folder, never into the audit folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from qraudit.complaint.errors import ComplaintInputError
from qraudit.errors import RuleError
from qraudit.rules.yamldoc import load_yaml


@dataclass(frozen=True)
class Complainant:
    name: str | None = None
    phone: str | None = None
    address: str | None = None
    email: str | None = None
    merchant_name: str | None = None  # each override replaces what qraudit read from the page
    merchant_address: str | None = None
    place: str | None = None  # what the place is called, e.g. 人民广场地下停车场 B2 出口
    request: str | None = None  # what the complainant asks for, replacing the default request
    source: Path | None = None  # the file it came from, for messages


EMAIL = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+")
KEYS = tuple(f.name for f in fields(Complainant) if f.name != "source")
NOBODY = Complainant()


def load_complainant(path: Path | None) -> Complainant:
    """Read and check the file; None gives an empty complainant (every personal field missing)."""
    if path is None:
        return NOBODY
    path = Path(path)
    if not path.is_file():
        raise ComplaintInputError("complainant file not found", location=path)
    try:
        doc = load_yaml(path)
    except RuleError as exc:  # the YAML reader speaks of rules; this is a complainant file
        raise ComplaintInputError(exc.message, location=exc.location, hint=exc.hint) from None
    if doc.data is None:
        return Complainant(source=path)
    if not isinstance(doc.data, dict):
        raise ComplaintInputError("expected a mapping of keys (name: …, phone: …)", location=doc.where())
    values: dict[str, str] = {}
    for key, value in doc.data.items():
        if key not in KEYS:
            raise ComplaintInputError(
                f"unknown key {key!r}", location=doc.where([key]), hint=f"known keys: {', '.join(KEYS)}"
            )
        if value is None:
            continue  # `email:` left empty means "not given"
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ComplaintInputError(
                f"{key} must be text, not {type(value).__name__}", location=doc.where([key]), hint='quote it: key: "…"'
            )
        text = str(value).strip()  # an unquoted phone number reads as an int; it is still the number
        if "\n" in text and key != "request":
            raise ComplaintInputError(f"{key} must be one line", location=doc.where([key]))
        if key == "email" and text and not EMAIL.fullmatch(text):
            raise ComplaintInputError(f"not an e-mail address: {text!r}", location=doc.where([key]))
        if text:
            values[key] = text
    return Complainant(**values, source=path)
