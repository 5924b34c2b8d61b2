"""What every matcher shares: the build environment, parameter helpers and the text pattern.

A matcher is a frozen dataclass with a `name`, a JSON Schema fragment `schema` for its parameters
(used both to validate rule files and to generate schemas/rule.schema.json), a `build(params, env)`
that compiles the parameters, and `match(snapshot, ctx, vocab) -> Hit | None`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from qraudit.errors import RuleError
from qraudit.models import Snapshot
from qraudit.rules.context import EvalContext, Hit, excerpt
from qraudit.rules.phrases import Phrases, compile_phrases, compile_regex, normalize, phrase_error, regex_error
from qraudit.rules.schemacheck import known_hint
from qraudit.rules.vocab import Vocabulary
from qraudit.rules.yamldoc import YamlDoc

STRING = {"type": "string", "minLength": 1}
STRINGS = {"type": "array", "items": STRING, "minItems": 1}
BOOL = {"type": "boolean"}


def one_or_many(item: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [item, {"type": "array", "items": item, "minItems": 1}]}


def as_tuple(value: Any) -> tuple:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list) else (value,)


# Parameters shared by every matcher that looks at words: any one of them may match.
TEXT_PARAMS: dict[str, Any] = {
    "keywords": {**STRINGS, "description": "Words or phrases, any of which matches ('re:' for a regex)."},
    "phrases": {**STRING, "description": "Name of a list in vocab/phrases.yaml."},
    "regex": {**STRING, "description": "A regular expression (case-insensitive) over normalised text."},
}


@dataclass(frozen=True)
class Env:
    """Where a matcher's parameters sit in its rule file, for errors, and the vocabulary to check against."""

    doc: YamlDoc
    at: tuple[Any, ...]
    vocab: Vocabulary

    def error(self, message: str, key: Sequence[Any] = (), hint: str | None = None) -> RuleError:
        return self.doc.error(message, self.at + tuple(key), hint)

    def check_names(self, values: Sequence[str], known: Sequence[str], key: str, what: str) -> None:
        for index, value in enumerate(values):
            if value not in known:
                at = (key, index) if isinstance(self._param(key), list) else (key,)
                raise self.error(f"unknown {what} {value!r}", at, known_hint(value, list(known)))

    def _param(self, key: str) -> Any:
        node = self.doc.data
        for part in self.at:
            node = node[part]
        return node.get(key) if isinstance(node, dict) else None


@dataclass(frozen=True)
class TextPattern:
    """keywords / phrases / regex from a matcher's parameters; matches when any of them does."""

    phrases: Phrases
    regex: Any = None  # compiled pattern or None

    @property
    def empty(self) -> bool:
        return not self.phrases and self.regex is None

    def find(self, text: str) -> str | None:
        """An excerpt around the first match in `text`, or None."""
        clean = normalize(text)
        found = self.phrases.search(clean) or (self.regex.search(clean) if self.regex is not None else None)
        return excerpt(clean, found.start(), found.end()) if found else None

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> TextPattern:
        items: list[str] = []
        for index, keyword in enumerate(params.get("keywords", [])):
            problem = phrase_error(keyword)
            if problem:
                raise env.error(problem, ("keywords", index))
            items.append(keyword)
        if "phrases" in params:
            name = params["phrases"]
            if name not in env.vocab.phrases:
                raise env.error(
                    f"unknown phrase list {name!r}", ("phrases",), known_hint(name, sorted(env.vocab.phrases))
                )
            items.extend(env.vocab.phrases[name].items)
        regex = None
        if "regex" in params:
            problem = regex_error(params["regex"])
            if problem:
                raise env.error(problem, ("regex",), "check brackets and escapes; YAML single quotes keep backslashes")
            regex = compile_regex(params["regex"])
        return cls(compile_phrases(items), regex)


class Matcher(Protocol):
    name: ClassVar[str]
    schema: ClassVar[dict[str, Any]]

    @classmethod
    def build(cls, params: dict[str, Any], env: Env) -> Matcher: ...

    def match(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None: ...


def params_schema(
    properties: dict[str, Any],
    required: Sequence[str] = (),
    any_of: Sequence[str] = (),
    description: str = "",
) -> dict[str, Any]:
    """An object schema for a matcher's parameters; `any_of` names keys of which at least one is needed."""
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    if description:
        schema["description"] = description
    if required:
        schema["required"] = list(required)
    if any_of:
        schema["anyOf"] = [{"required": [k]} for k in any_of]
        schema["x-message"] = "needs one of: " + ", ".join(any_of)
        schema["x-hint"] = "add one of them"
    return schema
