"""Errors the user caused or can fix. The CLI prints them as one line; anything else is a bug."""

from __future__ import annotations

from pathlib import Path

from qraudit.exitcodes import ExitCode


class QrauditError(Exception):
    """An error with a place (`file:line`, a URL) and a hint for the fix."""

    exit_code = ExitCode.USAGE

    def __init__(self, message: str, location: str | Path | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.location = str(location) if location is not None else None
        self.hint = hint

    def one_line(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        return f"{text} ({self.hint})" if self.hint else text


class InputError(QrauditError):
    """An input the tool cannot read: a missing file, a broken image, a malformed URL."""


class RuleError(QrauditError):
    """A rule file or vocabulary that does not validate."""


class BrowserError(QrauditError):
    """No usable browser, or it failed to start."""


class UnsafeTargetError(QrauditError):
    """A URL the safety policy refuses (scheme, private address)."""
