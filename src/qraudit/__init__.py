"""qraudit: audit QR-code checkout flows for forced follows, login walls and needless personal data."""

__version__ = "0.1.0"
