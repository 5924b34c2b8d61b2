"""The `match:` tree of a rule: all / any / not over matchers, built from YAML and evaluated on a snapshot.

Each node is a mapping with one key: `all: [...]`, `any: [...]`, `not: {...}`, or a matcher name from
MATCHERS with its parameters. An unknown key is an error that names the known ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from qraudit.models import Snapshot
from qraudit.rules import schemacheck
from qraudit.rules.context import EvalContext, Hit
from qraudit.rules.matchers import MATCHERS, Env, Matcher
from qraudit.rules.vocab import Vocabulary
from qraudit.rules.yamldoc import YamlDoc

COMBINATORS = ("all", "any", "not")


class Node(Protocol):
    def evaluate(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None: ...


@dataclass(frozen=True)
class AllOf:
    children: tuple[Node, ...]

    def evaluate(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        hits = []
        for child in self.children:
            hit = child.evaluate(snapshot, ctx, vocab)
            if hit is None:
                return None
            hits.append(hit)
        return Hit().merge(*hits)


@dataclass(frozen=True)
class AnyOf:
    children: tuple[Node, ...]

    def evaluate(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        # Every matching branch adds evidence, so a report shows all the reasons, not just the first.
        hits = [h for h in (c.evaluate(snapshot, ctx, vocab) for c in self.children) if h is not None]
        return Hit().merge(*hits) if hits else None


@dataclass(frozen=True)
class Not:
    child: Node

    def evaluate(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        return None if self.child.evaluate(snapshot, ctx, vocab) is not None else Hit()


@dataclass(frozen=True)
class Leaf:
    matcher: Matcher

    def evaluate(self, snapshot: Snapshot, ctx: EvalContext, vocab: Vocabulary) -> Hit | None:
        return self.matcher.match(snapshot, ctx, vocab)


def build_node(doc: YamlDoc, at: tuple[Any, ...], vocab: Vocabulary) -> Node:
    value = _value(doc, at)
    if not isinstance(value, dict) or len(value) != 1:
        raise doc.error(
            "each match item needs exactly one key: all, any, not or a matcher",
            at,
            "put several conditions under 'all:' or 'any:'",
        )
    ((key, params),) = value.items()
    where = at + (key,)
    if key in ("all", "any"):
        if not isinstance(params, list) or not params:
            raise doc.error(f"'{key}' needs a non-empty list", where)
        children = tuple(build_node(doc, where + (i,), vocab) for i in range(len(params)))
        return AllOf(children) if key == "all" else AnyOf(children)
    if key == "not":
        return Not(build_node(doc, where, vocab))
    matcher_cls = MATCHERS.get(key)
    if matcher_cls is None:
        raise doc.error(
            f"unknown matcher {key!r}", where, schemacheck.known_hint(key, list(MATCHERS) + list(COMBINATORS))
        )
    schemacheck.check(doc, matcher_cls.schema, params if params is not None else {}, where)
    return Leaf(matcher_cls.build(params or {}, Env(doc, where, vocab)))


def _value(doc: YamlDoc, at: tuple[Any, ...]) -> Any:
    node = doc.data
    for part in at:
        node = node[part]
    return node
