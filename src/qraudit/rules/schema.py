"""The JSON Schema of a rule file, generated from the matcher registry so that the two cannot drift.

`qraudit rules schema > schemas/rule.schema.json` rewrites the published schema; a test checks that the
file in the repository is what this module generates.
"""

from __future__ import annotations

import json
from typing import Any

from qraudit.models.categories import CATEGORIES
from qraudit.models.kinds import SEVERITIES
from qraudit.rules.matchers import MATCHERS

SCHEMA_ID = "https://qraudit.invalid/schemas/rule.schema.json"
BILINGUAL: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["zh", "en"],
    "properties": {"zh": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
}
LEGAL_ENTRY: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["law", "article", "quote"],
    "properties": {
        "law": BILINGUAL,
        "article": {"type": "string", "minLength": 1},
        "quote": BILINGUAL,
        # Not required to load (a volunteer's draft rule still runs); `rules lint` fails without them.
        "version": {"type": "string", "minLength": 1},
        "source": {"type": "string", "minLength": 1},
        "checked": {"type": "string"},
    },
}
_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_ID = {"type": "string", "pattern": "^[a-z][a-z0-9_-]*$"}
_TEXT = {"type": "string", "minLength": 1}
# Keys a file may write; required keys are checked on the merged table, so a user folder can add one word.
NECESSITY_FILE: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "sources": {
            "type": "object",
            "propertyNames": _ID,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"title": BILINGUAL, "version": _TEXT, "source": _TEXT, "checked": {"type": "string"}},
            },
        },
        "rows": {
            "type": "object",
            "propertyNames": _ID,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "source": _ID,
                    "ref": _TEXT,
                    "function": _TEXT,
                    "necessary": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["text", "items"],
                            "properties": {"text": _TEXT, "items": {"type": "array", "minItems": 1, "items": _ID}},
                        },
                    },
                },
            },
        },
        "services": {
            "type": "object",
            "propertyNames": _ID,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": BILINGUAL,
                    "row": _ID,
                    "note": {"type": "string"},
                    "words": _WORDS,
                    "fields": _WORDS,
                },
            },
        },
        "items": {
            "type": "object",
            "propertyNames": _ID,
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"name": BILINGUAL, "field_kinds": _WORDS, "rules": _WORDS},
            },
        },
        "default_item": {"type": "object", "additionalProperties": _ID},
    },
}
LEGAL_ID = {"type": "string", "pattern": "^[a-z][a-z0-9-]*$", "x-hint": "an id from vocab/legal.yaml such as pipl-6"}
_CONTEXT = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"payload_kind": {"type": "string", "minLength": 1}, "after_payment": {"type": "boolean"}},
}
_PAGE = {"type": "string", "pattern": r"^[A-Za-z0-9_.-]+\.html?$", "x-hint": "a file name like fail-1.html"}
EXAMPLE = {
    "oneOf": [
        _PAGE,
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["page"],
            "properties": {"page": _PAGE, "context": _CONTEXT},
        },
    ],
}


def _node_schema() -> dict[str, Any]:
    def single(key: str, value: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": False, "required": [key], "properties": {key: value}}

    branches = [
        single("all", {"type": "array", "items": {"$ref": "#/$defs/node"}, "minItems": 1}),
        single("any", {"type": "array", "items": {"$ref": "#/$defs/node"}, "minItems": 1}),
        single("not", {"$ref": "#/$defs/node"}),
    ]
    branches += [single(name, cls.schema) for name, cls in MATCHERS.items()]
    return {"oneOf": branches}


def rule_schema(with_match_tree: bool = True) -> dict[str, Any]:
    """The whole rule schema; without the match tree for the loader, which checks the tree itself."""
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "qraudit rule",
        "description": "One rule per file: rules/<id>.yaml. See docs/writing-rules.md.",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "title", "description", "category", "severity", "legal", "match", "advice", "examples"],
        "properties": {
            "id": {
                "type": "string",
                "pattern": "^[a-z][a-z0-9-]*$",
                "x-hint": "lower-case letters, digits and '-'; the file is <id>.yaml",
            },
            "title": BILINGUAL,
            "description": BILINGUAL,
            "category": {"enum": list(CATEGORIES)},
            "severity": {"enum": list(SEVERITIES)},
            "legal": {"type": "array", "minItems": 1, "items": {"oneOf": [LEGAL_ID, LEGAL_ENTRY]}},
            "match": {"$ref": "#/$defs/node"} if with_match_tree else {"type": "object"},
            "advice": BILINGUAL,
            "examples": {
                "type": "object",
                "additionalProperties": False,
                "required": ["fail", "pass"],
                "properties": {
                    "fail": {"type": "array", "minItems": 1, "items": EXAMPLE},
                    "pass": {"type": "array", "minItems": 1, "items": EXAMPLE},
                },
            },
        },
    }
    if with_match_tree:
        schema["$defs"] = {"node": _node_schema()}
    return schema


def schema_text() -> str:
    return json.dumps(rule_schema(), ensure_ascii=False, indent=2) + "\n"
