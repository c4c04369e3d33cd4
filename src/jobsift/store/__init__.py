"""Where postings are kept.  ``open_store(url)`` picks the backend from the database URL."""

from __future__ import annotations

from pathlib import Path

from jobsift.errors import UsageError
from jobsift.store.base import AddResult, Page, PostingStore, StoreStats
from jobsift.store.sqlite import SqlitePostingStore

__all__ = [
    "AddResult",
    "Page",
    "PostingStore",
    "SqlitePostingStore",
    "StoreStats",
    "is_file_database",
    "open_store",
    "sqlite_path",
]

_SQLITE_PREFIX = "sqlite://"


def open_store(url: str) -> PostingStore:
    """``sqlite:///path/to/file.db``, ``sqlite://`` (in memory) or a plain file path."""
    if url.startswith(_SQLITE_PREFIX):
        return SqlitePostingStore(sqlite_path(url))
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise UsageError(
            f"unsupported database URL scheme {scheme!r} in {url!r}",
            hint="use sqlite:///PATH or a file path",
        )
    return SqlitePostingStore(Path(url).expanduser())


def is_file_database(url: str) -> bool:
    """True when another process can open the same database (not an in-memory one)."""
    if url.startswith(_SQLITE_PREFIX):
        return sqlite_path(url) != ":memory:"
    return "://" not in url


def sqlite_path(url: str) -> str:
    rest = url[len(_SQLITE_PREFIX) :]
    if rest in ("", "/", "/:memory:"):
        return ":memory:"
    # sqlite:///relative.db and sqlite:////absolute.db, as SQLAlchemy reads them.
    return str(Path(rest[1:] if rest.startswith("/") else rest).expanduser())
