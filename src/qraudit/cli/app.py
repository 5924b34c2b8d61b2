"""The Typer app and the one place that turns errors into a line on stderr and an exit code."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console

from qraudit import __version__
from qraudit.errors import QrauditError
from qraudit.exitcodes import ExitCode

app = typer.Typer(
    name="qraudit",
    help="Audit QR-code checkout flows for forced follows, login walls and needless personal data.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

_state = {"traceback": False}
F = TypeVar("F", bound=Callable[..., Any])


def _version(value: bool) -> None:
    if value:
        console.print(f"qraudit {__version__}")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def root(
    traceback: bool = typer.Option(False, "--traceback", help="Show the full traceback of unexpected errors."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    _state["traceback"] = traceback


def fail(message: str, code: ExitCode = ExitCode.USAGE) -> None:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(int(code))


def guarded(func: F) -> F:
    """Map QrauditError to one line and its exit code; unexpected errors to one line unless --traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except QrauditError as exc:
            if _state["traceback"]:
                raise
            fail(exc.one_line(), exc.exit_code)
        except KeyboardInterrupt:
            err_console.print("interrupted; finished work is kept")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except Exception as exc:  # a bug: one line, the traceback on request
            if _state["traceback"]:
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (run with --traceback for details)", ExitCode.USAGE)

    return wrapper  # type: ignore[return-value]


def is_tty() -> bool:
    return sys.stderr.isatty()
