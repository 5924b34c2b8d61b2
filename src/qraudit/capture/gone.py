"""What Playwright's errors say when the thing a call worked on went away under it.

Playwright raises one `Error` class for everything; only its text tells a closed page from a bad script.
The words live here once, so the settle loop, the probe and the clock agree on them."""

from __future__ import annotations

# "Target page, context or browser has been closed", "Session closed", "Target closed", CDP's "detached"
_TARGET_GONE = ("closed", "detached")
# "Execution context was destroyed, most likely because of a navigation", "Frame was detached" aside
_DOCUMENT_REPLACED = ("destroyed", "navigat")


def target_gone(exc: BaseException) -> bool:
    """The page, its context or the CDP session is no longer there."""
    message = str(exc).lower()
    return any(word in message for word in _TARGET_GONE)


def document_replaced(exc: BaseException) -> bool:
    """A navigation replaced the document the call was running in."""
    message = str(exc).lower()
    return any(word in message for word in _DOCUMENT_REPLACED)
