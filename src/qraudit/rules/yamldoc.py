"""YAML files with line numbers: every error about a rule or vocabulary can say `file:line`.

PyYAML's compose() keeps a mark on every node; we build the plain data from the same nodes and keep a
map from each value's path (keys and list indexes) to its line. Duplicate keys are an error here,
because PyYAML would silently keep the last one and a rule would lose half its matchers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from qraudit.errors import RuleError

PathKey = tuple[Any, ...]


@dataclass(frozen=True)
class YamlDoc:
    path: Path
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)
    label: str = ""  # how errors name the file (relative when possible)

    def line(self, at: Sequence[Any] = ()) -> int:
        """The line of the value at `at`, or of its nearest ancestor that has one."""
        key = tuple(at)
        while key and key not in self.lines:
            key = key[:-1]
        return self.lines.get(key, 1)

    def where(self, at: Sequence[Any] = ()) -> str:
        return f"{self.label or self.path}:{self.line(at)}"

    def error(self, message: str, at: Sequence[Any] = (), hint: str | None = None) -> RuleError:
        return RuleError(message, location=self.where(at), hint=hint)


def _walk(node: yaml.Node, at: PathKey, lines: dict[PathKey, int], doc_label: str) -> None:
    lines.setdefault(at, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                raise RuleError(
                    f"duplicate key {key!r} (first on line {seen[key]})",
                    location=f"{doc_label}:{line}",
                    hint="merge the two entries into one",
                )
            seen[key] = line
            lines[at + (key,)] = line
            _walk(value_node, at + (key,), lines, doc_label)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, at + (index,), lines, doc_label)


def load_yaml(path: Path, label: str | None = None) -> YamlDoc:
    """Parse one YAML file; RuleError with file:line for unreadable or malformed files."""
    name = label or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read file: {exc}", location=name) from exc
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        lines: dict[PathKey, int] = {}
        if node is not None:
            _walk(node, (), lines, name)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise RuleError(f"not valid YAML: {exc.problem or exc}", location=f"{name}:{line}") from exc
    except yaml.YAMLError as exc:
        raise RuleError(f"not valid YAML: {exc}", location=name) from exc
    finally:
        loader.dispose()
    return YamlDoc(path, data, lines, name)
