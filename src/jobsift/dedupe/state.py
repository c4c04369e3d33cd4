"""``SqliteDedupeState``: the dedupe's own tables (migration 0004): stored sketches, and the
cluster rows the full pass writes by row number.

Postings are addressed by the store's row numbers (``postings.pk``) here: the full pass
writes a million rows, and looking each id up again would cost more than the clustering.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import orjson

from jobsift.dedupe.features import Entry, Sketches
from jobsift.dedupe.sketch import BANDS, NUM_PERM, VERSION, Keys
from jobsift.errors import StoreError

#: Parameters per statement: SQLite's default limit is 32,766; stay well below.
_IN_CHUNK: Final = 900
_SKETCH_COLUMNS: Final = "s.signature, s.nonempty, s.title_key, s.company_key, s.place_key, s.rank"

Rows = npt.NDArray[np.int64]
#: One stored posting as the full pass reads it: row number, id, text, title, declared
#: employer, extracted employer, places (JSON array), completeness; then its stored sketch
#: row (``SketchRow`` but the row number; NULLs when it has none).
ScanRow = tuple[Any, ...]
#: A sketch as stored: row, bands, signature, nonempty, title, company and place keys, rank.
SketchRow = tuple[int, bytes, bytes, bool, int, int, int, int]
_SCALARS: Final = ("title", "occupation", "seniority", "company", "work_mode", "salary",
                   "experience", "education", "industry")  # fmt: skip
_LISTS: Final = ("locations", "employment_types", "skills")
# ``jobsift.dedupe.features.fields`` in SQL: SQLite's JSON functions read the few values
# needed five times faster than parsing each extraction in Python.
_COMPLETENESS: Final = " + ".join(
    [f"(coalesce(json_type(x, '$.{name}'), 'null') != 'null')" for name in _SCALARS]
    + [f"(coalesce(json_array_length(x, '$.{name}'), 0) > 0)" for name in _LISTS]
)
_SCAN: Final = f"""
SELECT p.pk, p.id, p.text,
    coalesce(json_extract(p.declared, '$.title'), json_extract(x, '$.title.value')),
    json_extract(p.declared, '$.company'),
    json_extract(x, '$.company.value'),
    coalesce(
        json_extract(p.declared, '$.locations'),
        (SELECT json_group_array(coalesce(json_extract(value, '$.value.city'),
                                          json_extract(value, '$.value.region')))
         FROM json_each(x, '$.locations'))
    ),
    {_COMPLETENESS},
    s.bands, s.signature, s.nonempty, s.title_key, s.company_key, s.place_key, s.rank
FROM postings p LEFT JOIN (SELECT posting_pk, CAST(data AS TEXT) AS x FROM extractions) e
    ON e.posting_pk = p.pk
LEFT JOIN dedupe_sketches s ON s.posting_pk = p.pk
WHERE p.pk > ? AND p.pk <= ? ORDER BY p.pk LIMIT ?
"""


class SqliteDedupeState:
    """Reads and writes the dedupe tables on a store's connection."""

    def __init__(self, conn: sqlite3.Connection, location: str) -> None:
        self._conn = conn
        self.location = location

    # -- reading ---------------------------------------------------------------------------

    def version(self) -> str | None:
        found = self._query("SELECT value FROM dedupe_meta WHERE name = 'sketch'")
        return str(found[0][0]) if found else None

    def row_range(self) -> tuple[int, int]:
        low, high = self._query("SELECT min(pk), max(pk) FROM postings")[0]
        return int(low or 0), int(high or 0)

    def rows_of(self, posting_ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in _chunks(list(posting_ids)):
            marks = ",".join("?" * len(part))
            blobs = [bytes.fromhex(posting_id) for posting_id in part]
            for pk, blob in self._query(
                f"SELECT pk, id FROM postings WHERE id IN ({marks})", blobs
            ):
                found[blob.hex()] = int(pk)
        return found

    def bands_after(self, row: int) -> tuple[Rows, Keys]:
        """The stored band keys of postings after row ``row``: their rows, and keys."""
        found = self._query(
            "SELECT posting_pk, bands FROM dedupe_sketches WHERE posting_pk > ? "
            "ORDER BY posting_pk",
            (row,),
        )
        rows = np.array([pk for pk, _ in found], dtype=np.int64)
        keys = np.frombuffer(b"".join(blob for _, blob in found), dtype="<u4")
        return rows, keys.reshape(-1, BANDS).astype(np.uint32)

    def sketches_at(self, rows: Sequence[int]) -> tuple[Rows, Sketches]:
        """The sketches of these rows, with their rows (rows deleted meanwhile are left out;
        a posting never sketched gets a blank one: it matches nothing, ranks last)."""
        found: list[Any] = []
        for part in _chunks(sorted(set(rows))):
            marks = ",".join("?" * len(part))
            found.extend(
                self._query(
                    f"SELECT p.pk, p.id, {_SKETCH_COLUMNS} FROM postings p LEFT JOIN "
                    "dedupe_sketches s ON s.posting_pk = p.pk "
                    f"WHERE p.pk IN ({marks}) ORDER BY p.pk",
                    part,
                )
            )
        return np.array([row[0] for row in found], dtype=np.int64), _sketches(found)

    def canonical_rows(self, rows: Sequence[int]) -> dict[int, int]:
        """Each given row's canonical row, for those in a cluster of two or more."""
        found: dict[int, int] = {}
        for part in _chunks(sorted(set(rows))):
            marks = ",".join("?" * len(part))
            found.update(
                self._query(
                    f"SELECT posting_pk, canonical_pk FROM clusters WHERE posting_pk IN ({marks})",
                    part,
                )
            )
        return found

    def members_of(self, canonicals: Sequence[int]) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for part in _chunks(sorted(set(canonicals))):
            marks = ",".join("?" * len(part))
            for member, canonical in self._query(
                f"SELECT posting_pk, canonical_pk FROM clusters WHERE canonical_pk IN ({marks})",
                part,
            ):
                found.setdefault(canonical, []).append(member)
        return found

    def scan(self, low: int, high: int, *, chunk: int = 2000) -> Iterator[list[ScanRow]]:
        """Postings with rows from ``low`` to ``high``, with their extraction, in chunks."""
        yield from scan(self._conn, low, high, chunk=chunk)

    # -- writing ---------------------------------------------------------------------------

    def put(self, rows: Rows, sketches: Sketches, keys: Keys) -> None:
        """Store (or replace) these postings' sketches."""
        with self._transaction():
            self._conn.executemany(_UPSERT_SKETCH, sketch_rows(rows, sketches, keys))
            self._mark_version()

    def replace_all(
        self, sketched: Sequence[SketchRow], clusters: tuple[Rows, Rows], upto: int
    ) -> None:
        """The full pass's result: sketches that are new or changed, and every cluster row
        of postings up to row ``upto`` replaced (postings stored after the pass began keep
        theirs), in one transaction."""
        members, canonicals = clusters
        with self._transaction():
            self._conn.executemany(_UPSERT_SKETCH, sketched)
            self._conn.execute("DELETE FROM clusters WHERE posting_pk <= ?", (upto,))
            self._conn.executemany(
                "INSERT OR REPLACE INTO clusters (posting_pk, canonical_pk) VALUES (?, ?)",
                zip(members.tolist(), canonicals.tolist(), strict=True),
            )
            self._mark_version()

    def _mark_version(self) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO dedupe_meta (name, value) VALUES ('sketch', ?)", (VERSION,)
        )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        try:
            with self._conn:
                yield
        except sqlite3.Error as exc:
            raise StoreError(
                f"writing the dedupe state to {self.location} failed: {exc}; rolled back",
                hint="run `jobsift dedupe` again",
            ) from exc

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"reading the dedupe state of {self.location} failed: {exc}") from exc


_UPSERT_SKETCH: Final = (
    "INSERT OR REPLACE INTO dedupe_sketches (posting_pk, bands, signature, nonempty, "
    "title_key, company_key, place_key, rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def scan(
    conn: sqlite3.Connection, low: int, high: int, *, chunk: int = 2000
) -> Iterator[list[ScanRow]]:
    """Postings with rows from ``low`` to ``high`` (and their extraction), in chunks; a
    function of a connection, so that full-pass workers run it on their own."""
    after = low - 1
    while after < high:
        try:
            found = conn.execute(_SCAN, (after, high, chunk)).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"reading postings for the dedupe pass failed: {exc}") from exc
        if not found:
            return
        yield found
        after = found[-1][0]


def entry(row: ScanRow) -> Entry:
    """A scanned posting as the sketcher takes it."""
    _, posting_id, text, title, declared_company, extracted_company, places, completeness = row[:8]
    named = tuple(place for place in orjson.loads(places) if place) if places else ()
    return (
        posting_id.hex(),
        text,
        (title, declared_company, extracted_company, named, completeness or 0),
    )


def sketch_rows(rows: Rows, sketches: Sketches, keys: Keys) -> Iterator[SketchRow]:
    """Sketches as the table stores them."""
    return zip(
        rows.tolist(),
        _row_bytes(keys.astype("<u4")),
        _row_bytes(sketches.signatures.astype("<u2")),
        sketches.nonempty.tolist(),
        sketches.title.tolist(),
        sketches.company.tolist(),
        sketches.place.tolist(),
        sketches.rank.tolist(),
        strict=True,
    )


def _row_bytes(matrix: npt.NDArray[Any]) -> list[bytes]:
    """Each row's bytes: slicing one bytes object is quicker than asking numpy row by row."""
    flat = matrix.tobytes()
    width = matrix.shape[1] * matrix.itemsize
    return [flat[at : at + width] for at in range(0, len(flat), width)]


def _sketches(found: list[Any]) -> Sketches:
    """Sketches from rows of (pk, id, signature, nonempty, title, company, place, rank)."""
    blank = bytes(2 * NUM_PERM)
    signed = np.frombuffer(b"".join(row[2] or blank for row in found), dtype="<u2")
    return Sketches(
        [row[1].hex() for row in found],
        signed.reshape(-1, NUM_PERM).astype(np.uint16),
        np.array([bool(row[3]) for row in found], dtype=np.bool_),
        *(np.array([row[at] or 0 for row in found], dtype=np.int64) for at in range(4, 8)),
    )


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]
