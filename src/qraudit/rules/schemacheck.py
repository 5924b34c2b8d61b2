"""JSON Schema validation that reports the most relevant error as one line with file:line."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError, best_match

from qraudit.errors import RuleError
from qraudit.rules.yamldoc import YamlDoc

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "boolean": "true or false",
    "number": "a number",
    "integer": "a whole number",
    "null": "nothing",
}


def did_you_mean(word: object, known: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(str(word), list(known), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


def known_hint(word: object, known: Sequence[str]) -> str:
    return did_you_mean(word, known) or "known: " + ", ".join(known)


def _describe(value: Any) -> str:
    for name, kind in (("boolean", bool), ("string", str), ("array", list), ("object", dict)):
        if isinstance(value, kind):
            return _TYPE_NAMES[name]
    if isinstance(value, (int, float)):
        return _TYPE_NAMES["number"]
    return _TYPE_NAMES["null"] if value is None else type(value).__name__


def _as_rule_error(error: ValidationError, doc: YamlDoc, base: tuple[Any, ...]) -> RuleError:
    at = base + tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    what = error.validator
    if what == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        return doc.error(f"unknown key {key!r}", at + (key,), known_hint(key, allowed))
    if what == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return doc.error(f"missing key {missing[0]!r}", at)
    if what == "enum":
        options = [str(v) for v in error.validator_value]
        return doc.error(
            f"{error.instance!r} is not one of {', '.join(options)}", at, did_you_mean(error.instance, options)
        )
    if what == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = " or ".join(_TYPE_NAMES.get(str(w), str(w)) for w in wanted)
        return doc.error(f"expected {names}, found {_describe(error.instance)}", at)
    if what == "minItems":
        return doc.error(f"needs at least {error.validator_value} item(s)", at)
    if what == "minLength":
        return doc.error("must not be empty", at)
    if what == "pattern":
        return doc.error(f"{error.instance!r} is not allowed here", at, schema.get("x-hint"))
    if what == "anyOf" and schema.get("x-hint"):
        return doc.error(schema.get("x-message", "incomplete"), at, schema["x-hint"])
    return doc.error(error.message, at)


def check(doc: YamlDoc, schema: dict[str, Any], data: Any = None, at: Sequence[Any] = ()) -> None:
    """Raise RuleError for the most relevant schema error in `data` (default: the whole document)."""
    value = doc.data if data is None else data
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(value))
    # A misspelt key explains most other errors, so it comes first; "at least one of these keys" reads
    # better as itself than as the first key it happened to miss.
    typos = [e for e in errors if e.validator == "additionalProperties"]
    hinted = [e for e in errors if e.validator == "anyOf" and isinstance(e.schema, dict) and "x-hint" in e.schema]
    error = (typos or hinted or [best_match(errors)])[0]
    if error is not None:
        raise _as_rule_error(error, doc, tuple(at))
