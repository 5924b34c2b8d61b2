"""Errors of the complaint stage: each one is a line the user reads, with the exit code the README names."""

from __future__ import annotations

from qraudit.errors import InputError
from qraudit.exitcodes import ExitCode


class ComplaintInputError(InputError):
    """A complainant file or a case folder that cannot be used (exit code 2)."""


class NotAViolation(InputError):
    """The case's verdict is not a violation, or every mandatory wall was judged necessary: nothing to complain
    about."""

    exit_code = ExitCode.NO_RESULT
