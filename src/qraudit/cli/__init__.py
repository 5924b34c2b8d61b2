"""Command-line interface. Each command group lives in its own module and registers on `app`."""

from qraudit.cli import audit as _audit  # noqa: F401  (registers commands)
from qraudit.cli import campaign as _campaign  # noqa: F401
from qraudit.cli import complaint as _complaint  # noqa: F401
from qraudit.cli import decode as _decode  # noqa: F401
from qraudit.cli import demo as _demo  # noqa: F401
from qraudit.cli import doctor as _doctor  # noqa: F401
from qraudit.cli import profiles as _profiles  # noqa: F401
from qraudit.cli import recheck as _recheck  # noqa: F401
from qraudit.cli import rules as _rules  # noqa: F401
from qraudit.cli import schema as _schema  # noqa: F401
from qraudit.cli import serve as _serve  # noqa: F401
from qraudit.cli import verify as _verify  # noqa: F401
from qraudit.cli.app import app


def main() -> None:
    app()
