"""``SqlitePostingStore``: the embedded default store, one file, no server.

WAL journal so readers never block the writer; every ``add`` is one transaction, so a process
killed mid-ingest leaves whole batches only, and a re-run adds just what is missing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from jobsift.errors import AmbiguousIdError, PostingNotFoundError, StoreError
from jobsift.lifecycle import Closing
from jobsift.model import Declared, Posting, RawPosting, Source, posting_id
from jobsift.store.base import (
    AddResult,
    Cluster,
    Page,
    PostingRow,
    StoredExtraction,
    StoreStats,
    to_row,
)
from jobsift.store.migrations import migrate_sqlite

_INSERT_POSTING = (
    "INSERT OR IGNORE INTO postings (id, text, declared, first_seen) VALUES (?, ?, ?, ?)"
)
_INSERT_SOURCE = (
    "INSERT OR IGNORE INTO sources (uri, locator, posting_pk, format, url, seen_at) "
    "SELECT ?, ?, pk, ?, ?, ? FROM postings WHERE id = ?"
)
_POSTING_COLUMNS = "pk, id, text, declared, first_seen"
_PREFIXED_COLUMNS = "p.pk, p.id, p.text, p.declared, p.first_seen"
# The posting may have been deleted since it was extracted: then there is nothing to insert.
_UPSERT_EXTRACTION = (
    "INSERT INTO extractions (posting_pk, pipeline, data, extracted_at) "
    "SELECT pk, ?, ?, ? FROM postings WHERE id = ? "
    "ON CONFLICT (posting_pk) DO UPDATE SET pipeline = excluded.pipeline, "
    "data = excluded.data, extracted_at = excluded.extracted_at"
)
_UPSERT_CLUSTER = (
    "INSERT INTO clusters (posting_pk, canonical_pk) "
    "SELECT p.pk, c.pk FROM postings p, postings c WHERE p.id = ? AND c.id = ? "
    "ON CONFLICT (posting_pk) DO UPDATE SET canonical_pk = excluded.canonical_pk"
)
# The next best member when a canonical goes: the highest dedupe rank, ties to the lowest id
# (jobsift.dedupe.graph.canonicals chooses the same way).
_NEXT_CANONICAL = (
    "SELECT c.posting_pk FROM clusters c JOIN postings p ON p.pk = c.posting_pk "
    "LEFT JOIN dedupe_sketches s ON s.posting_pk = c.posting_pk "
    "WHERE c.canonical_pk = ? AND c.posting_pk != ? ORDER BY s.rank DESC, p.id LIMIT 1"
)
_DROP_LONE_ROW = (
    "DELETE FROM clusters WHERE posting_pk = (SELECT pk FROM postings WHERE id = ?) "
    "AND canonical_pk = posting_pk AND NOT EXISTS (SELECT 1 FROM clusters o "
    "WHERE o.canonical_pk = clusters.posting_pk AND o.posting_pk != clusters.posting_pk)"
)
_MEMORY = ":memory:"
_ID_HEX = 32
_HEX = frozenset("0123456789abcdef")


class SqlitePostingStore(Closing):
    """Postings in one SQLite file (or in memory, for tests and one-off runs)."""

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        try:
            self._conn = _connect(self.location)
            self.schema_version = migrate_sqlite(self._conn, self.location)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the SQLite database {self.location}: {exc}",
                hint="is it a jobsift database? point --db / JOBSIFT_DATABASE_URL elsewhere",
            ) from exc

    # -- writing ---------------------------------------------------------------------------

    def add(self, batch: Sequence[RawPosting]) -> AddResult:
        return self.add_rows([to_row(raw) for raw in batch])

    def add_rows(self, rows: Sequence[PostingRow]) -> AddResult:
        if not rows:
            return AddResult()
        now = _now()
        postings = [(posting_id(row[0], row[1]), row[1], row[2], now) for row in rows]
        sources = [
            (row[3], row[4], row[5], row[6], now, posting[0])
            for row, posting in zip(rows, postings, strict=True)
        ]
        # Each source row takes its posting's pk from the postings table itself (INSERT ...
        # SELECT), so the foreign key holds by construction: checking it again cost a tenth
        # of the insert.  The pragma cannot change inside a transaction, hence out here.
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self._transaction():
                before = self._conn.total_changes
                self._conn.executemany(_INSERT_POSTING, postings)
                middle = self._conn.total_changes
                self._conn.executemany(_INSERT_SOURCE, sources)
                after = self._conn.total_changes
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")
        return AddResult(middle - before, after - middle, len(rows))

    def delete(self, posting_id: str) -> Posting:
        posting = self.get(posting_id)
        with self._transaction():
            pk = self._pk(posting.id)
            clustered = self._conn.execute(
                "SELECT canonical_pk FROM clusters WHERE posting_pk = ?", (pk,)
            ).fetchone()
            # Sources, extraction, cluster row and sketch go with it (ON DELETE CASCADE).
            self._conn.execute("DELETE FROM postings WHERE pk = ?", (pk,))
            if clustered is not None:
                self._leave_cluster(pk, clustered[0])
        return posting

    def _leave_cluster(self, pk: int, canonical: int) -> None:
        """After deleting posting ``pk`` of the cluster of ``canonical``: the cluster gets a
        new canonical if ``pk`` was it, and a cluster left with one member is dropped (a
        cluster of one has no rows)."""
        if canonical == pk:
            successor = self._conn.execute(_NEXT_CANONICAL, (pk, pk)).fetchone()
            if successor is None:
                return
            canonical = successor[0]
            self._conn.execute(
                "UPDATE clusters SET canonical_pk = ? WHERE canonical_pk = ?", (canonical, pk)
            )
        self._conn.execute(
            "DELETE FROM clusters WHERE canonical_pk = ? AND "
            "(SELECT count(*) FROM clusters WHERE canonical_pk = ?) < 2",
            (canonical, canonical),
        )

    def put_clusters(
        self, assignments: Sequence[tuple[str, str]], *, replace_all: bool = False
    ) -> None:
        rows = [
            (bytes.fromhex(member), bytes.fromhex(canonical)) for member, canonical in assignments
        ]
        alone = [(member,) for member, canonical in rows if member == canonical]
        with self._transaction():
            if replace_all:
                self._conn.execute("DELETE FROM clusters")
            self._conn.executemany(_UPSERT_CLUSTER, rows)
            # A posting made its own canonical with no other member is a cluster of one: no row.
            self._conn.executemany(_DROP_LONE_ROW, alone)

    def put_extractions(self, items: Sequence[tuple[str, bytes]], pipeline: str) -> None:
        if not items:
            return
        now = _now()
        rows = [(pipeline, data, now, bytes.fromhex(posting_id)) for posting_id, data in items]
        with self._transaction():
            self._conn.executemany(_UPSERT_EXTRACTION, rows)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            with self._conn:
                yield
        except sqlite3.Error as exc:
            raise StoreError(
                f"writing to {self.location} failed: {exc}; the batch was rolled back",
                hint="nothing stored before this batch was lost",
            ) from exc

    # -- reading ---------------------------------------------------------------------------

    def get(self, posting_id: str) -> Posting:
        rows = self._query(
            f"SELECT {_POSTING_COLUMNS} FROM postings WHERE id BETWEEN ? AND ? LIMIT 2",
            _id_range(posting_id),
        )
        if not rows:
            raise PostingNotFoundError(f"no posting with id {posting_id!r}")
        if len(rows) > 1:
            raise AmbiguousIdError(
                f"{posting_id!r} is the start of several posting ids", hint="give more characters"
            )
        return self._with_sources(rows)[0]

    def page(self, *, limit: int = 50, cursor: str | None = None) -> Page:
        after = _decode_cursor(cursor)
        rows = self._query(
            f"SELECT {_POSTING_COLUMNS} FROM postings WHERE pk > ? ORDER BY pk LIMIT ?",
            (after, limit + 1),
        )
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = str(rows[-1][0]) if more and rows else None
        return Page(self._with_sources(rows), next_cursor)

    def iter_postings(self, *, chunk: int = 500) -> Iterator[Posting]:
        cursor: str | None = None
        while True:
            page = self.page(limit=chunk, cursor=cursor)
            yield from page.postings
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def get_extraction(self, posting_id: str) -> StoredExtraction | None:
        pk = self._pk(posting_id)
        rows = self._query("SELECT pipeline, data FROM extractions WHERE posting_pk = ?", (pk,))
        if not rows:
            return None
        return StoredExtraction(self.get(posting_id).id, rows[0][0], bytes(rows[0][1]))

    def pending_extraction(self, pipeline: str, *, limit: int) -> list[Posting]:
        rows = self._query(
            f"SELECT {_PREFIXED_COLUMNS} FROM postings p LEFT JOIN extractions e "
            "ON e.posting_pk = p.pk WHERE e.posting_pk IS NULL OR e.pipeline != ? "
            "ORDER BY p.pk LIMIT ?",
            (pipeline, limit),
        )
        return self._with_sources(rows)

    def iter_extracted(self, *, chunk: int = 500) -> Iterator[tuple[Posting, StoredExtraction]]:
        after = 0
        while True:
            rows = self._query(
                f"SELECT {_PREFIXED_COLUMNS}, e.pipeline, e.data FROM postings p "
                "JOIN extractions e ON e.posting_pk = p.pk WHERE p.pk > ? ORDER BY p.pk LIMIT ?",
                (after, chunk),
            )
            if not rows:
                return
            postings = self._with_sources([row[:5] for row in rows])
            for posting, row in zip(postings, rows, strict=True):
                yield posting, StoredExtraction(posting.id, row[5], bytes(row[6]))
            after = rows[-1][0]

    def canonical_ids(self, *, chunk: int = 10_000) -> Iterator[tuple[str, str]]:
        try:
            cursor = self._conn.execute(
                "SELECT p.id, k.id FROM postings p LEFT JOIN clusters c ON c.posting_pk = p.pk "
                "LEFT JOIN postings k ON k.pk = c.canonical_pk ORDER BY p.pk"
            )
            while rows := cursor.fetchmany(chunk):
                for member, canonical in rows:
                    yield member.hex(), (canonical or member).hex()
        except sqlite3.Error as exc:
            raise StoreError(f"reading {self.location} failed: {exc}") from exc

    def cluster(self, posting_id: str) -> Cluster:
        pk = self._pk(posting_id)
        found = self._query("SELECT canonical_pk FROM clusters WHERE posting_pk = ?", (pk,))
        canonical = found[0][0] if found else pk
        rows = self._query(
            "SELECT p.id FROM clusters c JOIN postings p ON p.pk = c.posting_pk "
            "WHERE c.canonical_pk = ? ORDER BY c.posting_pk != ?, p.id",
            (canonical, canonical),
        )
        if not rows:
            rows = self._query("SELECT id FROM postings WHERE pk = ?", (pk,))
        members = tuple(row[0].hex() for row in rows)
        return Cluster(members[0], members)

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for the repository of tables another package owns (the dedupe
        state, ``jobsift.dedupe.state``): it shares this store's in-memory database and
        transactions."""
        return self._conn

    def _pk(self, posting_id: str) -> int:
        rows = self._query(
            "SELECT pk FROM postings WHERE id BETWEEN ? AND ? LIMIT 2", _id_range(posting_id)
        )
        if len(rows) != 1:
            self.get(posting_id)  # raises the right error: not found, or ambiguous
        return int(rows[0][0])

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM postings")[0][0])

    def stats(self) -> StoreStats:
        postings, first, last = self._query(
            "SELECT count(*), min(first_seen), max(first_seen) FROM postings"
        )[0]
        sources, inputs = self._query("SELECT count(*), count(DISTINCT uri) FROM sources")[0]
        by_format = dict(self._query("SELECT format, count(*) FROM sources GROUP BY format"))
        return StoreStats(
            postings=postings,
            sources=sources,
            inputs=inputs,
            by_format=by_format,
            first_seen=first,
            last_seen=last,
            schema_version=self.schema_version,
            location=self.location,
            size_bytes=_file_size(self.location),
        )

    def _with_sources(self, rows: list[Any]) -> list[Posting]:
        if not rows:
            return []
        pks = [row[0] for row in rows]
        marks = ",".join("?" * len(pks))
        found: dict[int, list[Source]] = {pk: [] for pk in pks}
        for pk, *fields in self._query(
            "SELECT posting_pk, uri, locator, format, url, seen_at FROM sources "
            f"WHERE posting_pk IN ({marks}) ORDER BY seen_at, uri, locator",
            pks,
        ):
            found[pk].append(_source(fields))
        return [_posting(row, found[row[0]]) for row in rows]

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"reading {self.location} failed: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()


def _connect(location: str) -> sqlite3.Connection:
    if location != _MEMORY:
        Path(location).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(location, isolation_level="DEFERRED", check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    # Postings run to kilobytes; 16 KB pages hold several each (only takes effect on a new file).
    conn.execute("PRAGMA page_size = 16384")
    if location != _MEMORY:
        conn.execute("PRAGMA journal_mode = WAL")
    # NORMAL with WAL: a killed process loses nothing committed; a power cut may lose the last
    # commits but never corrupts the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # The id and source indexes take random inserts; a 64 MB page cache keeps them in memory.
    conn.execute("PRAGMA cache_size = -65536")
    # Those random inserts rewrite the same index pages batch after batch: checkpointing every
    # 256 MB of WAL instead of every 16 MB copies each such page into the database once where
    # it was sixteen times (ingest writes ~17% faster); the WAL is removed on close.
    conn.execute("PRAGMA wal_autocheckpoint = 16000")
    return conn


def _id_range(prefix: str) -> tuple[bytes, bytes]:
    """The lowest and highest 16-byte ids that start with a hex prefix (git-style short ids)."""
    cleaned = prefix.strip().lower()
    if not cleaned or len(cleaned) > _ID_HEX or any(ch not in _HEX for ch in cleaned):
        raise PostingNotFoundError(
            f"{prefix!r} is not a posting id", hint="ids are hex digits, as `jobsift list` shows"
        )
    return bytes.fromhex(cleaned.ljust(_ID_HEX, "0")), bytes.fromhex(cleaned.ljust(_ID_HEX, "f"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _posting(row: Any, sources: list[Source]) -> Posting:
    _pk, posting_id, text, declared, first_seen = row
    return Posting(
        id=posting_id.hex(),
        text=text,
        declared=Declared.from_dict(orjson.loads(declared)),
        first_seen=datetime.fromisoformat(first_seen),
        sources=tuple(sources),
    )


def _source(fields: list[Any]) -> Source:
    uri, locator, fmt, url, seen_at = fields
    return Source(uri, locator, fmt, url, datetime.fromisoformat(seen_at))


def _decode_cursor(cursor: str | None) -> int:
    if cursor is None:
        return 0
    try:
        return int(cursor)
    except ValueError:
        raise StoreError(
            f"invalid page cursor {cursor!r}", hint="use the cursor a page returned"
        ) from None


def _file_size(location: str) -> int | None:
    if location == _MEMORY:
        return None
    path = Path(location)
    return sum(p.stat().st_size for p in (path, Path(location + "-wal")) if p.exists())
