"""The analytics table: DuckDB, in a file beside the database (``jobsift.analytics/``) or in
memory for an in-memory store.

``postings`` holds one fact per extracted posting and is kept in step with the store row by
row (the expensive part is reading extractions, so only changed postings are read).  From it
DuckDB derives the tables queries read (``clusters``, ``cluster_skills``, ``place_skills``; see
``_REDERIVE``), again only for the clusters a change touches.  A file connection is opened per
operation: DuckDB lets one process write a file and no one else open it meanwhile, so a server
holding it open would block every ingest.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from jobsift.analytics.facts import Fact, columns
from jobsift.errors import AnalyticsBusyError, AnalyticsError

if TYPE_CHECKING:
    # Imported where used: the engine's hook after every indexing run imports this module,
    # and DuckDB takes a sixth of a second to import.
    from duckdb import DuckDBPyConnection as Cursor

#: Bumped when the tables change shape; an older file is emptied and rebuilt.
SCHEMA_VERSION = "3"
FILE_NAME = "analytics.duckdb"
#: Facts sent to DuckDB at once.
INSERT_BATCH = 50_000
#: How long to wait for another process's write to end before saying the table is busy.
BUSY_SECONDS = 5.0

T = TypeVar("T")

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS postings (
    id VARCHAR NOT NULL,
    canonical VARCHAR NOT NULL,
    posted DATE NOT NULL,
    skill_ids VARCHAR[] NOT NULL,
    seniority VARCHAR,
    occupation VARCHAR,
    occupation_label VARCHAR,
    countries VARCHAR[] NOT NULL,
    cities VARCHAR[] NOT NULL,
    salary_low DOUBLE,
    salary_high DOUBLE,
    currency VARCHAR,
    pipeline VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS skill_labels (id VARCHAR PRIMARY KEY, label VARCHAR NOT NULL);
-- Derived from postings (see _REDERIVE).  Skill and place numbers are only ever added, so
-- a change re-derives only the clusters it touches.
CREATE TABLE IF NOT EXISTS skills (no INTEGER NOT NULL, id VARCHAR NOT NULL, label VARCHAR);
CREATE TABLE IF NOT EXISTS clusters (
    cno INTEGER NOT NULL, canonical VARCHAR NOT NULL, posted DATE, month DATE, week DATE,
    seniority VARCHAR, occupation VARCHAR, occupation_label VARCHAR, countries VARCHAR[],
    cities VARCHAR[], salary DOUBLE, currency VARCHAR, skill_ids VARCHAR[], members INTEGER
);
CREATE TABLE IF NOT EXISTS cluster_skills (
    cno INTEGER NOT NULL, skill INTEGER NOT NULL, posted DATE, month DATE, week DATE,
    seniority VARCHAR, occupation VARCHAR, countries VARCHAR[], cities VARCHAR[],
    salary DOUBLE, currency VARCHAR
);
CREATE TABLE IF NOT EXISTS places (no INTEGER NOT NULL, kind VARCHAR NOT NULL, name VARCHAR);
CREATE TABLE IF NOT EXISTS place_skills (
    kind VARCHAR NOT NULL, place INTEGER NOT NULL, cno INTEGER NOT NULL, skill INTEGER NOT NULL,
    posted DATE, month DATE, week DATE, seniority VARCHAR, occupation VARCHAR,
    countries VARCHAR[], cities VARCHAR[]
);
"""


def _split(column: str) -> str:
    return f"CASE WHEN {column} = '' THEN []::VARCHAR[] ELSE string_split({column}, chr(31)) END"


_INSERT_POSTINGS = f"""
INSERT INTO postings SELECT
    id, canonical, CAST(posted AS DATE), {_split("skill_ids")}, NULLIF(seniority, ''),
    NULLIF(occupation, ''), NULLIF(occupation_label, ''), {_split("countries")},
    {_split("cities")}, CASE WHEN isnan(salary_low) THEN NULL ELSE salary_low END,
    CASE WHEN isnan(salary_high) THEN NULL ELSE salary_high END, NULLIF(currency, ''), pipeline
FROM batch
"""
_INSERT_LABELS = f"""
INSERT OR IGNORE INTO skill_labels
SELECT id, any_value(label) FROM (
    SELECT unnest({_split("skill_ids")}) AS id, unnest({_split("skill_labels")}) AS label
    FROM batch
) GROUP BY id
"""
#: Derives the query tables again for the clusters whose canonical id is in ``touched`` (a
#: temporary table the caller fills): their rows are deleted and made anew, with new numbers.
#: ``clusters``: one row per duplicate cluster, its canonical posting's fields and its earliest
#: posted date; ``cluster_skills``: one per cluster and skill, the filter columns repeated so
#: that no query joins; ``place_skills``: the same once per place of the cluster, the place a
#: number (grouping by country or city then groups two integers: 2.5 times faster than
#: unnesting place names in each query).
_REDERIVE = """
CREATE OR REPLACE TEMP TABLE gone AS
    SELECT cno FROM clusters WHERE canonical IN (SELECT canonical FROM touched);
DELETE FROM cluster_skills WHERE cno IN (SELECT cno FROM gone);
DELETE FROM place_skills WHERE cno IN (SELECT cno FROM gone);
DELETE FROM clusters WHERE cno IN (SELECT cno FROM gone);
INSERT INTO skills
    SELECT (SELECT coalesce(max(no), 0) FROM skills) + row_number() OVER (ORDER BY id),
        id, label
    FROM skill_labels WHERE id NOT IN (SELECT id FROM skills);
CREATE OR REPLACE TEMP TABLE base AS SELECT coalesce(max(cno), 0) AS cno FROM clusters;
INSERT INTO clusters
WITH mine AS (
    SELECT * FROM postings WHERE canonical IN (SELECT canonical FROM touched)
), firsts AS (
    SELECT canonical, min(posted) AS first_posted, count(*)::INTEGER AS members
    FROM mine GROUP BY canonical
), chosen AS (
    -- The canonical posting's fields; a cluster whose canonical is not extracted (yet)
    -- takes those of its earliest extracted member.
    SELECT * FROM mine
    QUALIFY row_number() OVER (PARTITION BY canonical ORDER BY id <> canonical, posted, id) = 1
)
SELECT (SELECT cno FROM base) + row_number() OVER (ORDER BY c.canonical), c.canonical,
    f.first_posted, date_trunc('month', f.first_posted)::DATE,
    date_trunc('week', f.first_posted)::DATE,
    c.seniority, c.occupation, c.occupation_label, c.countries, c.cities,
    (coalesce(c.salary_low, c.salary_high) + coalesce(c.salary_high, c.salary_low)) / 2,
    CASE WHEN c.salary_low IS NULL AND c.salary_high IS NULL THEN NULL ELSE c.currency END,
    c.skill_ids, f.members
FROM chosen c JOIN firsts f USING (canonical);
INSERT INTO cluster_skills
SELECT c.cno, s.no, c.posted, c.month, c.week, c.seniority, c.occupation,
    c.countries, c.cities, c.salary, c.currency
FROM (
    SELECT *, unnest(skill_ids) AS skill_id FROM clusters WHERE cno > (SELECT cno FROM base)
) c JOIN skills s ON s.id = c.skill_id
ORDER BY s.no, c.currency, c.salary;  -- salary quartiles then sort presorted runs
INSERT INTO places
SELECT (SELECT coalesce(max(no), 0) FROM places) + row_number() OVER (ORDER BY kind, name),
    kind, name
FROM (
    SELECT 'country' AS kind, unnest(countries) AS name FROM clusters
    WHERE cno > (SELECT cno FROM base)
    UNION
    SELECT 'city' AS kind, unnest(cities) AS name FROM clusters
    WHERE cno > (SELECT cno FROM base)
    EXCEPT
    SELECT kind, name FROM places
);
INSERT INTO place_skills
SELECT p.kind, p.no, x.cno, x.skill, x.posted, x.month, x.week, x.seniority,
    x.occupation, x.countries, x.cities
FROM (
    SELECT 'country' AS kind, unnest(countries) AS name, * FROM cluster_skills
    WHERE cno > (SELECT cno FROM base)
    UNION ALL
    SELECT 'city' AS kind, unnest(cities) AS name, * FROM cluster_skills
    WHERE cno > (SELECT cno FROM base)
) x JOIN places p ON p.kind = x.kind AND p.name = x.name
ORDER BY p.kind, x.skill;
"""
_DERIVED = ("place_skills", "places", "cluster_skills", "clusters", "skills")


class AnalyticsTable:
    """The DuckDB tables analytics reads, at ``folder`` (None: in memory)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / FILE_NAME if folder is not None else None
        self._memory: Cursor | None = None  # the in-memory database, opened on first use
        self._lock = threading.RLock()
        self._ready = False

    def built(self) -> bool:
        """True once the tables exist (a file from an earlier run counts)."""
        return self._ready if self.path is None else self.path.exists()

    # -- reading ---------------------------------------------------------------------------

    def read(self, run: Callable[[Cursor], T]) -> T:
        """``run`` over a read-only cursor (the tables exist: ``derive`` ran at least once)."""
        with self._cursor(write=False) as cursor:
            return run(cursor)

    def known(self) -> dict[str, str]:
        """Every posting id in the table, to its canonical id."""
        with self._cursor(write=False) as cursor:
            return dict(cursor.execute("SELECT id, canonical FROM postings").fetchall())

    def meta(self, key: str) -> str | None:
        with self._cursor(write=False) as cursor:
            row = cursor.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    # -- writing ---------------------------------------------------------------------------

    def update(
        self,
        *,
        add: Iterable[Fact] = (),
        remove: Iterable[str] = (),
        canonical: Mapping[str, str] | None = None,
        replace: bool = False,
        meta: Mapping[str, str] | None = None,
    ) -> int:
        """Change the facts (all of them, with ``replace``) and derive the query tables again,
        in one transaction; returns the number of facts added."""
        with self._cursor(write=True) as cursor:
            cursor.execute("BEGIN TRANSACTION")
            try:
                cursor.execute("CREATE OR REPLACE TEMP TABLE touched (canonical VARCHAR)")
                if replace:
                    for name in ("postings", *_DERIVED):
                        cursor.execute(f"DELETE FROM {name}")
                self._remove(cursor, list(remove))
                if canonical:
                    self._recanonicalize(cursor, canonical)
                added = self._add(cursor, add)
                if replace:
                    cursor.execute("INSERT INTO touched SELECT DISTINCT canonical FROM postings")
                cursor.execute(_REDERIVE)
                for key, value in (meta or {}).items():
                    cursor.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
        return added

    def _add(self, cursor: Cursor, facts: Iterable[Fact]) -> int:
        added = 0
        for chunk in _chunks(facts, INSERT_BATCH):
            batch = columns(chunk)  # noqa: F841 -- DuckDB reads the local by name
            cursor.execute(_INSERT_POSTINGS)
            cursor.execute(_INSERT_LABELS)
            cursor.execute("INSERT INTO touched SELECT DISTINCT canonical FROM batch")
            added += len(chunk)
        return added

    def _remove(self, cursor: Cursor, ids: list[str]) -> None:
        if ids:
            gone = {"id": _texts(ids)}  # noqa: F841 -- read by name
            cursor.execute(
                "INSERT INTO touched SELECT canonical FROM postings "
                "WHERE id IN (SELECT id FROM gone)"
            )
            cursor.execute("DELETE FROM postings WHERE id IN (SELECT id FROM gone)")

    def _recanonicalize(self, cursor: Cursor, canonical: Mapping[str, str]) -> None:
        moved = {  # noqa: F841 -- read by name
            "id": _texts(canonical),
            "canonical": _texts(canonical.values()),
        }
        # Both clusters change: the one left and the one joined.
        cursor.execute(
            "INSERT INTO touched SELECT p.canonical FROM postings p JOIN moved USING (id) "
            "UNION ALL SELECT canonical FROM moved"
        )
        cursor.execute(
            "UPDATE postings SET canonical = moved.canonical "
            "FROM moved WHERE postings.id = moved.id"
        )

    # -- connections -----------------------------------------------------------------------

    @contextmanager
    def _cursor(self, *, write: bool) -> Iterator[Cursor]:
        import duckdb

        with self._lock:
            try:
                if self.path is None:
                    if self._memory is None:
                        self._memory = duckdb.connect()
                    cursor = self._memory.cursor()
                else:
                    if not self.path.exists():  # someone deleted it: build it again
                        self._ready = False
                    # This process's first use may create or upgrade the tables.
                    write = write or not self._ready
                    cursor = self._open(write=write)
                try:
                    self._prepare(cursor)
                    yield cursor
                finally:
                    cursor.close()
            except duckdb.Error as exc:
                raise AnalyticsError(
                    f"the analytics table failed: {exc}",
                    hint=f"delete {self.path.parent if self.path else 'it'}; "
                    "the next query rebuilds it",
                ) from exc

    def _open(self, *, write: bool) -> Cursor:
        import duckdb

        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=not write)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise
                if time.monotonic() > deadline:
                    raise AnalyticsBusyError(
                        f"another process has the analytics table {self.path} open",
                        hint="try again when the running ingest or server is done",
                    ) from exc
                time.sleep(0.05)

    def _prepare(self, cursor: Cursor) -> None:
        """Create the tables on first use; empty them when an older jobsift made them."""
        if self._ready:
            return
        tables = {row[0] for row in cursor.execute("SHOW TABLES").fetchall()}
        if "meta" in tables:
            row = cursor.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            current = row is not None and row[0] == SCHEMA_VERSION
        else:
            current = False
        if current and "cluster_skills" in tables:
            self._ready = True
            return
        for name in (*_DERIVED, "postings", "skill_labels", "meta"):
            cursor.execute(f"DROP TABLE IF EXISTS {name}")
        cursor.execute(_DDL)
        cursor.execute("INSERT INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])
        self._ready = True


def _chunks(facts: Iterable[Fact], size: int) -> Iterator[list[Fact]]:
    it = iter(facts)
    while chunk := list(islice(it, size)):
        yield chunk


def _texts(values: Iterable[str]) -> object:
    import numpy as np

    return np.array(list(values), dtype=object)
