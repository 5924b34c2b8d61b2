"""Exit codes shared by every command (documented in the README)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # all good; for `audit`, no violation at the --fail-on level
    VIOLATION = 1  # violations found (audit), a failing rule example, a tampered evidence folder
    USAGE = 2  # bad arguments, unreadable input, a broken rule file
    NO_RESULT = 3  # nothing to report: an image with no code, an inconclusive audit
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it); finished work is kept
