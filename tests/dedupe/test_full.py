"""The full pass writes only the sketches that changed."""

from __future__ import annotations

from pathlib import Path

from tests.dedupe.builders import corpus, stored

from jobsift.dedupe import Deduper
from jobsift.store import SqlitePostingStore


def test_a_second_full_pass_writes_no_sketch_and_the_same_clusters(tmp_path: Path) -> None:
    with SqlitePostingStore(tmp_path / "jobsift.db") as store:
        stored(store, [raw for raw, _ in corpus(400)])
        first = Deduper(store).run_full(workers=1)
        clusters = dict(store.canonical_ids())
        assert first.sketches_written == first.postings == store.count()
        second = Deduper(store).run_full(workers=1)
        assert second.sketches_written == 0
        assert dict(store.canonical_ids()) == clusters
        store.put_extractions([(next(iter(clusters)), b'{"salary": {"value": {}}}')], "v")
        assert Deduper(store).run_full(workers=1).sketches_written == 1  # its rank changed
