"""The behaviour every ``PostingStore`` must show.

Subclass ``PostingStoreConformance`` in a test module and provide a ``store`` fixture that
yields an empty store of your backend; every test here then runs against it.
"""

from __future__ import annotations

import pytest

from jobsift.errors import AmbiguousIdError, PostingNotFoundError
from jobsift.model import Declared
from jobsift.store.base import PostingStore
from jobsift.testing.factories import raw_posting, raw_postings


class PostingStoreConformance:
    def test_add_then_get(self, store: PostingStore) -> None:
        raw = raw_posting(declared=Declared(title="Backend Engineer", locations=("Lisbon, PT",)))
        result = store.add([raw])
        assert (result.new_postings, result.new_sources, result.received) == (1, 1, 1)
        posting = store.get(raw.id)
        assert posting.text == raw.text
        assert posting.declared == raw.declared
        assert [(s.uri, s.locator, s.format) for s in posting.sources] == [
            ("/data/postings.txt", "line 1", "text")
        ]

    def test_adding_the_same_batch_again_changes_nothing(self, store: PostingStore) -> None:
        batch = raw_postings(20)
        store.add(batch)
        again = store.add(batch)
        assert (again.new_postings, again.new_sources) == (0, 0)
        assert store.count() == 20
        assert store.stats().sources == 20

    def test_same_content_from_a_second_source_gains_a_source(self, store: PostingStore) -> None:
        first = raw_posting(uri="/a.txt", locator="line 3")
        second = raw_posting(uri="/b.jsonl", locator="record 9", fmt="json", url="https://x.test/9")
        store.add([first])
        result = store.add([second])
        assert (result.new_postings, result.new_sources) == (0, 1)
        posting = store.get(first.id)
        assert {(s.uri, s.url) for s in posting.sources} == {
            ("/a.txt", None),
            ("/b.jsonl", "https://x.test/9"),
        }

    def test_duplicates_inside_one_batch_are_stored_once(self, store: PostingStore) -> None:
        batch = [raw_posting(locator="line 1"), raw_posting(locator="line 2")]
        result = store.add(batch)
        assert (result.new_postings, result.new_sources) == (1, 2)

    def test_get_by_unique_prefix(self, store: PostingStore) -> None:
        raw = raw_posting()
        store.add([raw])
        assert store.get(raw.id[:6]).id == raw.id
        assert store.get(raw.id.upper()).id == raw.id

    def test_get_unknown_and_invalid_ids(self, store: PostingStore) -> None:
        with pytest.raises(PostingNotFoundError):
            store.get("0" * 32)
        with pytest.raises(PostingNotFoundError, match="not a posting id"):
            store.get("not-hex!")

    def test_ambiguous_prefix(self, store: PostingStore) -> None:
        store.add(raw_postings(300))
        with pytest.raises(AmbiguousIdError):
            store.get("a")

    def test_pages_cover_everything_once_in_order(self, store: PostingStore) -> None:
        batch = raw_postings(57)
        store.add(batch)
        seen: list[str] = []
        cursor = None
        while True:
            page = store.page(limit=10, cursor=cursor)
            seen += [p.id for p in page.postings]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        assert seen == [raw.id for raw in batch]
        assert [p.id for p in store.iter_postings()] == seen

    def test_stats(self, store: PostingStore) -> None:
        store.add(raw_postings(3, uri="/one.txt") + raw_postings(2, uri="/two.txt"))
        numbers = store.stats()
        assert (numbers.postings, numbers.sources, numbers.inputs) == (3, 5, 2)
        assert numbers.by_format == {"text": 5}

    def test_empty_store(self, store: PostingStore) -> None:
        assert store.count() == 0
        assert store.page().postings == []
        assert store.add([]).received == 0

    def test_postings_wait_for_extraction_by_pipeline_version(self, store: PostingStore) -> None:
        batch = raw_postings(4)
        store.add(batch)
        assert [p.id for p in store.pending_extraction("extract.v1", limit=10)] == [
            raw.id for raw in batch
        ]
        store.put_extractions([(batch[0].id, b'{"a": 1}'), (batch[2].id, b"{}")], "extract.v1")
        pending = store.pending_extraction("extract.v1", limit=10)
        assert [p.id for p in pending] == [batch[1].id, batch[3].id]
        assert len(store.pending_extraction("extract.v1", limit=1)) == 1
        # A newer pipeline wants everything again; storing replaces the older extraction.
        assert len(store.pending_extraction("extract.v2", limit=10)) == 4
        store.put_extractions([(batch[0].id, b'{"a": 2}')], "extract.v2")
        stored = store.get_extraction(batch[0].id)
        assert stored is not None
        assert (stored.pipeline, stored.data) == ("extract.v2", b'{"a": 2}')
        assert store.get_extraction(batch[1].id) is None

    def test_extracted_postings_come_with_their_extraction(self, store: PostingStore) -> None:
        batch = raw_postings(7)
        store.add(batch)
        store.put_extractions([(raw.id, raw.id.encode()) for raw in batch[1:]], "v")
        pairs = list(store.iter_extracted(chunk=2))
        assert [posting.id for posting, _ in pairs] == [raw.id for raw in batch[1:]]
        assert all(stored.data == posting.id.encode() for posting, stored in pairs)

    def test_extraction_of_a_posting_deleted_meanwhile_is_skipped(
        self, store: PostingStore
    ) -> None:
        raw = raw_posting()
        store.add([raw])
        store.delete(raw.id)
        store.put_extractions([(raw.id, b"{}")], "v")
        assert list(store.iter_extracted()) == []

    def test_delete_removes_the_posting_its_sources_and_extraction(
        self, store: PostingStore
    ) -> None:
        batch = raw_postings(3)
        store.add(batch)
        store.put_extractions([(batch[1].id, b"{}")], "v")
        removed = store.delete(batch[1].id[:10])
        assert removed.id == batch[1].id
        assert store.count() == 2
        assert store.stats().sources == 2
        assert list(store.iter_extracted()) == []
        with pytest.raises(PostingNotFoundError):
            store.get(batch[1].id)
        with pytest.raises(PostingNotFoundError):
            store.delete(batch[1].id)

    # -- duplicate clusters ----------------------------------------------------------------

    def test_a_posting_without_a_cluster_row_is_a_cluster_of_one(self, store: PostingStore) -> None:
        batch = raw_postings(3)
        store.add(batch)
        alone = store.cluster(batch[0].id[:12])
        assert (alone.canonical, alone.members) == (batch[0].id, (batch[0].id,))
        assert dict(store.canonical_ids(chunk=2)) == {raw.id: raw.id for raw in batch}

    def test_put_clusters_lists_the_canonical_first_then_members_by_id(
        self, store: PostingStore
    ) -> None:
        batch = raw_postings(4)
        store.add(batch)
        head = batch[2].id
        store.put_clusters([(raw.id, head) for raw in batch[1:]])
        cluster = store.cluster(batch[1].id)
        assert cluster.canonical == head
        assert cluster.members == (head, *sorted(raw.id for raw in (batch[1], batch[3])))
        assert store.cluster(head) == cluster
        canonical = dict(store.canonical_ids())
        assert canonical == {batch[0].id: batch[0].id, **{raw.id: head for raw in batch[1:]}}

    def test_put_clusters_replaces_rows_and_a_lone_canonical_is_alone(
        self, store: PostingStore
    ) -> None:
        batch = raw_postings(3)
        store.add(batch)
        store.put_clusters([(batch[0].id, batch[0].id), (batch[1].id, batch[0].id)])
        store.put_clusters([(raw.id, raw.id) for raw in batch])
        assert all(store.cluster(raw.id).members == (raw.id,) for raw in batch)
        store.put_clusters([(batch[2].id, batch[1].id), (batch[1].id, batch[1].id)])
        store.put_clusters([(batch[0].id, batch[0].id)], replace_all=True)
        assert dict(store.canonical_ids()) == {raw.id: raw.id for raw in batch}

    def test_deleting_a_canonical_promotes_another_member(self, store: PostingStore) -> None:
        batch = raw_postings(3)
        store.add(batch)
        store.put_clusters([(raw.id, batch[0].id) for raw in batch])
        store.delete(batch[0].id)
        survivor = store.cluster(batch[1].id)
        assert survivor.canonical == min(batch[1].id, batch[2].id)  # no ranks: lowest id
        assert set(survivor.members) == {batch[1].id, batch[2].id}
        assert dict(store.canonical_ids()) == {
            batch[1].id: survivor.canonical,
            batch[2].id: survivor.canonical,
        }

    def test_a_cluster_left_with_one_member_is_dissolved(self, store: PostingStore) -> None:
        batch = raw_postings(2)
        store.add(batch)
        store.put_clusters([(raw.id, batch[1].id) for raw in batch])
        store.delete(batch[0].id)
        assert store.cluster(batch[1].id).members == (batch[1].id,)
        store.put_clusters([(raw.id, batch[1].id) for raw in batch[1:]])
        assert store.cluster(batch[1].id).members == (batch[1].id,)
