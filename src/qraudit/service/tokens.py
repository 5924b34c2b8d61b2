"""Campaign invitation tokens and organiser passwords, in data/service.db.

Only hashes are stored. A token is 32 random bytes, so one SHA-256 is enough to keep it from being read back;
a password is chosen by a person and gets argon2 (argon2-cffi), which is slow on purpose.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from qraudit.errors import InputError

ROLES = ("upload", "organiser")
CAMPAIGN_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")  # it names a folder: nothing else gets in
SESSION_HOURS = 12
SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, campaign TEXT NOT NULL, role TEXT NOT NULL,
  created_at TEXT NOT NULL, label TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS organisers (campaign TEXT NOT NULL, name TEXT NOT NULL, password TEXT NOT NULL,
  PRIMARY KEY (campaign, name));
CREATE TABLE IF NOT EXISTS sessions (hash TEXT PRIMARY KEY, campaign TEXT NOT NULL, expires_at TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Grant:
    """What a presented token or session allows: one campaign, one role."""

    campaign: str
    role: str
    key: str  # the token's hash: the rate limit's key, never the token itself

    @property
    def organiser(self) -> bool:
        return self.role == "organiser"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def check_campaign(name: str) -> str:
    if not CAMPAIGN_NAME.match(name):
        raise InputError(f"bad campaign name {name!r}", hint="lower-case letters, digits and '-', at most 40")
    return name


def now() -> datetime:
    return datetime.now(UTC)


class TokenStore:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.executescript(SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        self._conn.close()

    def new_token(self, campaign: str, role: str = "upload", label: str = "") -> str:
        if role not in ROLES:
            raise InputError(f"unknown role {role!r}", hint=f"known: {', '.join(ROLES)}")
        secret = secrets.token_urlsafe(32)
        with self._lock:
            self._conn.execute(
                "INSERT INTO tokens VALUES (?, ?, ?, ?, ?)",
                (digest(secret), check_campaign(campaign), role, now().isoformat(), label),
            )
        return secret

    def revoke(self, secret_or_hash: str) -> bool:
        """Withdraw a token, given itself or its hash (as `token list` shows it); its sessions stay valid no longer
        than their 12 hours."""
        key = (
            secret_or_hash
            if len(secret_or_hash) == 64 and all(c in "0123456789abcdef" for c in secret_or_hash)
            else digest(secret_or_hash)
        )
        with self._lock:
            return self._conn.execute("DELETE FROM tokens WHERE hash = ?", (key,)).rowcount == 1

    def listed(self, campaign: str) -> list[tuple[str, str, str, str]]:
        """(hash, role, created_at, label) of the campaign's tokens; the tokens themselves are not kept."""
        with self._lock:
            return self._conn.execute(
                "SELECT hash, role, created_at, label FROM tokens WHERE campaign = ? ORDER BY created_at", (campaign,)
            ).fetchall()

    def grant(self, secret: str | None) -> Grant | None:
        """The grant of a token or of a login session; None for anything unknown."""
        if not secret or len(secret) > 200:
            return None
        key = digest(secret)
        with self._lock:
            row = self._conn.execute("SELECT campaign, role FROM tokens WHERE hash = ?", (key,)).fetchone()
            if row is None:
                row = self._conn.execute(
                    "SELECT campaign, 'organiser' FROM sessions WHERE hash = ? AND expires_at > ?",
                    (key, now().isoformat()),
                ).fetchone()
        return Grant(row[0], row[1], key) if row else None

    def set_password(self, campaign: str, name: str, password: str) -> None:
        from argon2 import PasswordHasher

        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO organisers VALUES (?, ?, ?)",
                (check_campaign(campaign), name, PasswordHasher().hash(password)),
            )

    def login(self, campaign: str, name: str, password: str) -> str | None:
        """A session secret for a right password (kept hashed, like a token); None otherwise."""
        from argon2 import PasswordHasher
        from argon2.exceptions import Argon2Error

        with self._lock:
            row = self._conn.execute(
                "SELECT password FROM organisers WHERE campaign = ? AND name = ?", (campaign, name)
            ).fetchone()
        try:
            if row is None or not PasswordHasher().verify(row[0], password):
                return None
        except Argon2Error:
            return None
        secret = secrets.token_urlsafe(32)
        expires = (now() + timedelta(hours=SESSION_HOURS)).isoformat()
        with self._lock:
            self._conn.execute("INSERT INTO sessions VALUES (?, ?, ?)", (digest(secret), campaign, expires))
        return secret
