from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
import pytest

from jobsift.index import SearchRequest
from jobsift.index.sync import rebuild_index, sync_index
from jobsift.index.tantivyindex import TantivySearchIndex
from jobsift.model import Posting
from jobsift.store import open_store
from jobsift.testing.factories import raw_postings


class CountingExtractor:
    """Extractions that name the posting in the title, counting the calls."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, postings: Sequence[Posting]) -> list[dict[str, Any]]:
        self.seen += [p.id for p in postings]
        return [
            {"title": {"value": f"Title {p.id[:6]}"}, "language": {"value": "en"}} for p in postings
        ]


def test_sync_indexes_each_pending_posting_once_and_stores_its_extraction() -> None:
    store, index, extract = open_store("sqlite://"), TantivySearchIndex(None), CountingExtractor()
    batch = raw_postings(7)
    store.add(batch)
    report = sync_index(store, index, extract, "p.v1", batch=3)
    assert (report.extracted, report.indexed) == (7, 7)
    assert index.count() == 7
    assert sorted(extract.seen) == sorted(raw.id for raw in batch)
    stored = store.get_extraction(batch[0].id)
    assert stored is not None
    assert orjson.loads(stored.data)["title"]["value"].startswith("Title")
    assert sync_index(store, index, extract, "p.v1").indexed == 0  # nothing left
    assert sync_index(store, index, extract, "p.v2").indexed == 7  # a newer pipeline redoes all
    assert index.count() == 7  # upserts, not doubles


def test_a_failed_extraction_leaves_the_postings_pending() -> None:
    store, index = open_store("sqlite://"), TantivySearchIndex(None)
    store.add(raw_postings(3))

    def broken(postings: Sequence[Posting]) -> list[dict[str, Any]]:
        raise RuntimeError("extractor crashed")

    with pytest.raises(RuntimeError):
        sync_index(store, index, broken, "p.v1")
    assert len(store.pending_extraction("p.v1", limit=10)) == 3
    assert sync_index(store, index, CountingExtractor(), "p.v1").indexed == 3


def test_rebuild_reads_stored_extractions_without_extracting() -> None:
    store, index, extract = open_store("sqlite://"), TantivySearchIndex(None), CountingExtractor()
    store.add(raw_postings(5))
    sync_index(store, index, extract, "p.v1")
    fresh = TantivySearchIndex(None)
    assert rebuild_index(store, fresh, batch=2) == 5
    assert fresh.count() == 5
    assert len(extract.seen) == 5  # only the first sync extracted
    assert fresh.search(SearchRequest(text="Title")).total == 5
