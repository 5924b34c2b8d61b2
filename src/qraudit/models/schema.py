"""JSON Schema of report.json, generated from the dataclasses that write it.

The models are the one description of report.json: their type hints give the types (a `Literal` is an
enum), and `field(metadata=schema(...))` on a field adds what a hint cannot say (a pattern, a minimum, a description, an
enum read from a table). `schemas/report.schema.json` is this module's output; tests/report/test_json.py
fails until it is regenerated (`qraudit schema report > schemas/report.schema.json`)."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

SCHEMA_KEY = "json_schema"  # the dataclass field metadata key `schema` writes
_SCALARS: dict[Any, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}


def schema(**keywords: Any) -> dict[str, Any]:
    """Field metadata with JSON Schema keywords for report.json (description, pattern, minimum, enum…):
    `step: int = field(metadata=schema(minimum=0))`."""
    return {SCHEMA_KEY: keywords}


def dataclass_schema(root: type, *, schema_id: str, title: str, description: str) -> dict[str, Any]:
    """The root dataclass as a closed object, every dataclass it reaches under `$defs`."""
    defs: dict[str, Any] = {}
    body = _object(root, defs)
    body.pop("description", None)  # the root's is the schema's own
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "title": title,
        "description": description,
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    properties = {}
    for f in fields:
        extra = dict(f.metadata.get(SCHEMA_KEY, {}))
        if "enum" in extra:  # an enum read from a table replaces the plain string type
            extra["enum"] = list(extra["enum"])
        properties[f.name] = _with(_type(hints[f.name], defs), extra)
    out: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        # serde.to_data writes every field, defaults included
        "required": sorted(f.name for f in fields),
        "properties": properties,
    }
    doc = (cls.__doc__ or "").strip()
    if doc and not doc.startswith(f"{cls.__name__}("):  # not the signature dataclasses writes in
        out["description"] = " ".join(doc.split())
    return out


def _with(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Keywords of `schema` on the value itself, or on the non-null branch of an optional value."""
    if not extra:
        return schema
    description = extra.pop("description", None)
    branches = schema.get("anyOf")
    if branches and extra:
        schema = {"anyOf": [b if b == {"type": "null"} else {**_strip_type(b, extra), **extra} for b in branches]}
    elif extra:
        schema = {**_strip_type(schema, extra), **extra}
    return {**schema, "description": description} if description else schema


def _strip_type(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k != "type"} if "enum" in extra or "const" in extra else schema


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if hint is Any:
        return {}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        kinds = [_type(a, defs) for a in args if a is not type(None)]
        one = kinds[0] if len(kinds) == 1 else {"anyOf": kinds}
        return {"anyOf": [one, {"type": "null"}]} if type(None) in args else one
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type(args[0], defs)}
        items = [_type(a, defs) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
    if origin is dict:
        value = _type(args[1], defs)
        return {"type": "object", "additionalProperties": value or True}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placed first: a dataclass that reaches itself stops here
            defs[name] = _object(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for the type {hint!r}")


def report_schema() -> dict[str, Any]:
    """schemas/report.schema.json."""
    from qraudit.models.report import Report  # the models import `spec` from here

    return dataclass_schema(
        Report,
        schema_id="https://qraudit.invalid/schemas/report.schema.json",
        title="qraudit report.json",
        description="report.json of one audit, schema_version 1: models.Report via serde.to_data, keys sorted. "
        "Every field is always present; optional ones are null or empty.",
    )
