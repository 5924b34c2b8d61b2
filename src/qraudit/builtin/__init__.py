"""What qraudit ships besides its code: the built-in rules and the published JSON schemas.

In the source tree `rules` and `schemas` here are links to the folders at the repository root, where people
edit them; a wheel carries copies, so an installed qraudit finds them the same way.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def builtin_path(name: str) -> Path:
    """The shipped folder `name` (rules or schemas) as a file-system path (wheels install unpacked)."""
    return Path(str(resources.files("qraudit.builtin").joinpath(name)))
