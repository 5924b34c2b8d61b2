"""For each wall: what it demands, whether the service's row lists each item as necessary, and so whether the
wall is a violation. A mandatory wall is a violation unless every item it demands is necessary for the service
(a delivery address for takeaway); such a wall is still reported, and the reason says why it is allowed.
"""

from __future__ import annotations

from dataclasses import replace

from qraudit.models import Bilingual, NecessityJudgment, ServiceClass, Wall
from qraudit.necessity.table import NecessityTable, Row


def demanded_items(wall: Wall, table: NecessityTable) -> tuple[str, ...]:
    """Items named by the wall's rules and by the fields it found; the category's default when none is."""
    found = [
        item.id
        for item in table.items.values()
        if item.rules & set(wall.rule_ids) or item.field_kinds & set(wall.evidence.field_kinds)
    ]
    if not found and wall.category in table.default_item:
        found = [table.default_item[wall.category]]
    return tuple(dict.fromkeys(found))


def _listed_nowhere(item: str, table: NecessityTable) -> bool:
    return not any(row.lists(item) for row in table.rows.values())


def judge_item(item: str, service: ServiceClass, table: NecessityTable) -> NecessityJudgment:
    entry = table.services.get(service.kind) or table.services["other"]
    row: Row = entry.row
    name = table.item_name(item)
    hit = row.lists(item)
    if hit is not None:
        reason = Bilingual(
            f"{row.citation}将“{hit.text}”列为{entry.name.zh}的必要信息",
            f"{row.citation} lists “{hit.text}” as necessary for {entry.name.en}",
        )
    elif _listed_nowhere(item, table):
        reason = Bilingual(
            f"任何一类服务的必要信息都不含{name.zh}",
            f"no row of the table lists {name.en} as necessary for any service",
        )
    else:
        listed = "；".join(n.text for n in row.necessary)
        reason = Bilingual(
            f"{row.citation}未将{name.zh}列为{entry.name.zh}的必要信息（只列：{listed}）",
            f"{row.citation} does not list {name.en} as necessary for {entry.name.en} (it lists: {listed})",
        )
    return NecessityJudgment(item=item, necessary=hit is not None, row=row.id, citation=row.citation, reason=reason)


def judge_walls(walls: tuple[Wall, ...] | list[Wall], service: ServiceClass, table: NecessityTable) -> tuple[Wall, ...]:
    if not table.services:  # a vocabulary without a necessity table: every mandatory wall stays a violation
        return tuple(walls)
    judged = []
    for wall in walls:
        judgments = tuple(judge_item(item, service, table) for item in demanded_items(wall, table))
        needless = any(not j.necessary for j in judgments) or not judgments
        judged.append(replace(wall, necessity=judgments, violation=wall.mandatory and needless))
    return tuple(judged)


def allowed_reason(walls: tuple[Wall, ...] | list[Wall], table: NecessityTable) -> str:
    """Why mandatory walls that demand only what is necessary are not a violation, in one sentence."""
    parts = []
    for wall in walls:
        items = ", ".join(table.item_name(j.item).en for j in wall.necessity)
        citations = "; ".join(dict.fromkeys(j.citation for j in wall.necessity))
        parts.append(f"{items} ({citations})")
    return (
        "payment requires only what the table calls necessary for this service: "
        + "; ".join(parts)
        + "; reported, but not a violation"
    )


class NecessityJudge:
    """What `walk.verdict.decide` asks: annotate walls, and say why necessary-only walls are allowed."""

    def __init__(self, service: ServiceClass, table: NecessityTable):
        self.service = service
        self.table = table

    def judge(self, walls: tuple[Wall, ...]) -> tuple[Wall, ...]:
        return judge_walls(walls, self.service, self.table)

    def allowed(self, walls: tuple[Wall, ...]) -> str:
        return allowed_reason(walls, self.table)
