from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from jobsift.errors import StoreError
from jobsift.store import SqlitePostingStore
from jobsift.store.base import to_row
from jobsift.store.writer import ProcessWriter, ThreadWriter
from jobsift.testing.factories import raw_postings


def batches() -> list[list[tuple[str, str, str, str, str, str, str | None]]]:
    rows = [to_row(raw) for raw in raw_postings(35)]
    return [rows[:10], rows[10:20], rows[20:30], rows[30:]]


def test_process_writer_writes_every_batch_in_order(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    SqlitePostingStore(tmp_path / "w.db").close()
    writer = ProcessWriter(url, depth=2)
    results = []
    for batch in batches():
        results += writer.put(batch)
    results += writer.finish()
    assert [r.received for r in results] == [10, 10, 10, 5]
    assert sum(r.new_postings for r in results) == 35
    with SqlitePostingStore(tmp_path / "w.db") as store:
        assert store.count() == 35


def test_thread_writer_matches(tmp_path: Path) -> None:
    with SqlitePostingStore(tmp_path / "t.db") as store:
        writer = ThreadWriter(store)
        results = [r for batch in batches() for r in writer.put(batch)] + writer.finish()
        assert [r.received for r in results] == [10, 10, 10, 5]
        assert store.count() == 35


def test_process_writer_reports_a_store_it_cannot_open(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"plain text, not sqlite " * 50)
    with pytest.raises(StoreError, match="cannot open the SQLite database"):
        ProcessWriter(f"sqlite:///{bad}")


def test_errors_keep_their_hint_across_processes() -> None:
    error = StoreError("disk full", hint="free some space")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is StoreError
    assert str(copy) == "disk full (free some space)"
