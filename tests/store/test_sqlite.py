from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobsift.errors import SchemaVersionError, StoreError, UsageError
from jobsift.store import SqlitePostingStore, open_store
from jobsift.store.migrations import latest_version
from jobsift.testing.factories import raw_postings
from jobsift.testing.store_conformance import PostingStoreConformance


class TestSqliteFile(PostingStoreConformance):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[SqlitePostingStore]:
        with SqlitePostingStore(tmp_path / "jobsift.db") as store:
            yield store


class TestSqliteMemory(PostingStoreConformance):
    @pytest.fixture
    def store(self) -> Iterator[SqlitePostingStore]:
        with SqlitePostingStore(":memory:") as store:
            yield store


def test_reopening_keeps_postings_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "db" / "jobsift.db"
    with SqlitePostingStore(path) as store:
        store.add(raw_postings(5))
    with SqlitePostingStore(path) as store:
        assert store.count() == 5
        assert store.schema_version == latest_version("sqlite")
    journal = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert journal == "wal"


def test_database_from_a_newer_jobsift_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    SqlitePostingStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(SchemaVersionError, match="newer than this jobsift knows"):
        SqlitePostingStore(path)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the SQLite database"):
        SqlitePostingStore(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_failed_batch_is_rolled_back_and_earlier_ones_kept(tmp_path: Path) -> None:
    with SqlitePostingStore(tmp_path / "x.db") as store:
        store.add(raw_postings(3))
        store._conn.execute(
            "CREATE TRIGGER fail BEFORE INSERT ON sources "
            "WHEN NEW.locator = 'line 2' BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )
        with pytest.raises(StoreError, match="rolled back"):
            store.add(raw_postings(4, uri="/other.txt"))
        assert store.count() == 3
        assert store.stats().sources == 3


@pytest.mark.parametrize(
    ("url", "location"),
    [
        ("sqlite://", ":memory:"),
        ("sqlite:///:memory:", ":memory:"),
    ],
)
def test_open_store_urls(url: str, location: str) -> None:
    store = open_store(url)
    assert store.location == location
    store.close()


def test_open_store_path_and_absolute_url(tmp_path: Path) -> None:
    for url in (str(tmp_path / "a.db"), f"sqlite:///{tmp_path / 'b.db'}"):
        open_store(url).close()
    assert (tmp_path / "a.db").exists()
    assert (tmp_path / "b.db").exists()


def test_open_store_unknown_scheme() -> None:
    with pytest.raises(UsageError, match="unsupported database URL scheme 'mysql'"):
        open_store("mysql://localhost/jobs")


def test_clusters_of_one_keep_no_rows(tmp_path: Path) -> None:
    with SqlitePostingStore(tmp_path / "jobsift.db") as store:
        batch = raw_postings(4)
        store.add(batch)
        store.put_clusters([(raw.id, batch[0].id) for raw in batch[:2]])
        store.put_clusters([(raw.id, batch[2].id) for raw in batch[2:]])
        store.delete(batch[1].id)  # a member: its canonical is left alone
        store.delete(batch[2].id)  # a canonical: its one other member is left alone
        assert store.connection.execute("SELECT count(*) FROM clusters").fetchone() == (0,)
