"""`qraudit schema rule|report`: the published JSON Schemas, generated from the code that reads or writes
the files they describe (schemas/rule.schema.json, schemas/report.schema.json)."""

from __future__ import annotations

from enum import StrEnum

import typer

from qraudit.cli.app import app, guarded


class SchemaName(StrEnum):
    rule = "rule"
    report = "report"


@app.command()
@guarded
def schema(
    which: SchemaName = typer.Argument(..., help="rule: a rule file (rules/*.yaml); report: report.json."),
) -> None:
    """Print a JSON Schema: `qraudit schema report > schemas/report.schema.json` after a model changes."""
    if which is SchemaName.rule:
        from qraudit.rules.schema import schema_text as rule_schema_text

        print(rule_schema_text(), end="")
        return
    from qraudit.models.schema import report_schema, schema_text

    print(schema_text(report_schema()), end="")
