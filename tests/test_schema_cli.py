"""`qraudit schema rule|report` prints the published schemas; a wrong name is a one-line usage error."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from qraudit.cli import app
from qraudit.exitcodes import ExitCode

SCHEMAS = Path(__file__).parents[1] / "schemas"


def test_each_schema_is_printed_as_published():
    for name in ("rule", "report"):
        result = CliRunner().invoke(app, ["schema", name])
        assert result.exit_code == ExitCode.OK, result.output
        assert result.stdout == (SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")
        assert json.loads(result.stdout)["$id"].endswith(f"{name}.schema.json")


def test_an_unknown_schema_name_is_a_usage_error():
    result = CliRunner().invoke(app, ["schema", "complaints"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "complaints" in result.output
