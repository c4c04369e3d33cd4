"""Versioned schema migrations, kept as numbered SQL files beside this module.

The database's ``PRAGMA user_version`` records the last migration applied; each migration runs
in its own transaction with the version bump, so an interrupted upgrade leaves a valid schema.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

import orjson

from jobsift.errors import SchemaVersionError
from jobsift.model import Declared, fingerprint

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(dialect: str) -> list[Migration]:
    folder = resources.files("jobsift.store") / "migrations" / dialect
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    return found


def latest_version(dialect: str) -> int:
    migrations = load_migrations(dialect)
    return migrations[-1].version if migrations else 0


def migrate_sqlite(conn: sqlite3.Connection, location: str) -> int:
    """Bring the schema up to date; refuse a database written by a newer jobsift."""
    migrations = load_migrations("sqlite")
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    newest = migrations[-1].version
    if current > newest:
        raise SchemaVersionError(
            f"{location} has schema version {current}, newer than this jobsift knows ({newest})",
            hint="upgrade jobsift, or point --db at another database",
        )
    if current < newest:
        # Migrations may call Python: re-keying postings needs the fingerprint function.
        conn.create_function("fingerprint_v2", 2, _fingerprint_v2, deterministic=True)
    for migration in migrations:
        if migration.version > current:
            _apply(conn, migration)
    return newest


def _fingerprint_v2(text: str, declared: str) -> bytes:
    # When fingerprint.v3 comes, freeze v2's code here: migration 0002 must keep computing v2.
    return bytes.fromhex(fingerprint(text, Declared.from_dict(orjson.loads(declared))))


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    # executescript would commit on its own; BEGIN ... COMMIT keeps schema and version together.
    try:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{migration.sql}\n"
            f"PRAGMA user_version = {migration.version};\nCOMMIT;"
        )
    except sqlite3.OperationalError:
        if conn.in_transaction:
            conn.rollback()
        # Two processes opening a new database race to migrate it; the loser finds it done.
        if conn.execute("PRAGMA user_version").fetchone()[0] < migration.version:
            raise
