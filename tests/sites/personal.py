"""Find personal data in what a browser sent to a fixture site: query strings and bodies of every request.

Two nets: patterns that are personal wherever they appear (mobile numbers, ID numbers, e-mail addresses),
and field names that are personal whatever was typed into them (a name, a birthday, an address).
"""

from __future__ import annotations

import json
import re
from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from tests.support.server import SeenRequest

PATTERNS: dict[str, re.Pattern[str]] = {
    "phone": re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"),
    "id-number": re.compile(r"(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
}

# Field names (lower-cased, '_', '-' and '.' removed) whose non-empty value is personal data.
PERSONAL_KEYS: dict[str, frozenset[str]] = {
    "phone": frozenset({
        "phone", "mobile", "tel", "telephone", "mobilephone", "phonenumber", "phoneno", "mobileno", "cellphone",
        "手机", "手机号", "电话",
    }),
    "name": frozenset({
        "name", "realname", "username", "fullname", "truename", "contactname", "ownername", "drivername",
        "customername", "membername", "nickname", "firstname", "lastname", "surname", "givenname", "xingming",
        "xm", "姓名",
    }),
    "id-number": frozenset({
        "idcard", "idno", "idnumber", "idcardno", "identity", "identitycard", "certno", "certnumber", "sfz",
        "sfzh", "身份证", "身份证号",
    }),
    "birthday": frozenset({"birthday", "birth", "birthdate", "dob", "生日"}),
    "email": frozenset({"email", "mail", "emailaddress", "邮箱"}),
    "address": frozenset({"address", "addr", "homeaddress", "住址", "地址"}),
    "gender": frozenset({"gender", "sex", "性别"}),
}


def _norm_key(key: str) -> str:
    last = re.split(r"[\[\].]", key.strip("[]."))[-1] if key else ""
    return re.sub(r"[_\-\s]", "", last).lower()


def _flatten(value: object, prefix: str = "") -> list[tuple[str, str]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _flatten(v, str(k))]
    if isinstance(value, list):
        return [pair for v in value for pair in _flatten(v, prefix)]
    if value is None:
        return []
    if isinstance(value, bool):
        return [(prefix, "true" if value else "false")]
    return [(prefix, str(value))]


def _body_pairs(request: SeenRequest) -> list[tuple[str, str]]:
    body = request.body
    if not body:
        return []
    ctype = request.headers.get("content-type", "")
    text = body.decode("utf-8", errors="replace")
    if "multipart/form-data" in ctype:
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
        # Browsers send each part in the page's encoding (UTF-8 here) without a charset parameter.
        return [
            (part.get_param("name", header="content-disposition") or "", part.get_payload(decode=True).decode("utf-8", "replace"))
            for part in message.iter_parts()
            if part.get_filename() is None
        ]
    try:
        return _flatten(json.loads(text))
    except ValueError:
        pass
    pairs = parse_qsl(text, keep_blank_values=False)
    return pairs if pairs else [("", text)]


def request_pairs(request: SeenRequest) -> list[tuple[str, str]]:
    """Every (field, value) the request carried, from its query string and its body."""
    query = parse_qsl(urlsplit(request.path).query, keep_blank_values=False)
    return query + _body_pairs(request)


def personal_data_in(request: SeenRequest) -> list[str]:
    found: list[str] = []
    pairs = request_pairs(request)
    raw = unquote_plus(urlsplit(request.path).query) + "\n" + request.body.decode("utf-8", errors="replace")
    for what, pattern in PATTERNS.items():
        found.extend(f"{what} {match}" for match in pattern.findall(raw))
    for key, value in pairs:
        norm = _norm_key(key)
        for what, keys in PERSONAL_KEYS.items():
            if norm in keys and value.strip():
                found.append(f"{what} field {key}={value.strip()[:40]}")
    return list(dict.fromkeys(found))
