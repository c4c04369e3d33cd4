"""Invariants of clustering: the order postings arrive in and how they are batched change
nothing, assigning again changes nothing, and every posting is in exactly one cluster."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.dedupe.builders import corpus, no_extraction, stored

from jobsift.dedupe import Deduper
from jobsift.model import RawPosting
from jobsift.store import SqlitePostingStore

POOL: tuple[RawPosting, ...] = tuple(raw for raw, _ in corpus(150, seed=9))


@cache
def reference() -> dict[str, str]:
    """Clusters of the pool by the full pass, stored in generation order."""
    with SqlitePostingStore(":memory:") as store:
        stored(store, POOL)
        Deduper(store).run_full(workers=1)
        found = dict(store.canonical_ids())
    assert len(set(found.values())) < len(found) - 20, "the pool should hold reposts"
    return found


def _assign_in_batches(store: SqlitePostingStore, order: list[RawPosting], size: int) -> None:
    deduper = Deduper(store)
    for start in range(0, len(order), size):
        deduper.assign(no_extraction(stored(store, order[start : start + size])))


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(POOL), size=st.integers(min_value=1, max_value=80))
def test_clusters_do_not_depend_on_arrival_order_or_batches(
    order: list[RawPosting], size: int
) -> None:
    with SqlitePostingStore(":memory:") as store:
        _assign_in_batches(store, order, size)
        assert dict(store.canonical_ids()) == reference()


@settings(max_examples=10, deadline=None)
@given(order=st.permutations(POOL), size=st.integers(min_value=5, max_value=150))
def test_assigning_or_running_the_full_pass_again_changes_nothing(
    order: list[RawPosting], size: int
) -> None:
    with SqlitePostingStore(":memory:") as store:
        _assign_in_batches(store, order, size)
        first = dict(store.canonical_ids())
        update = Deduper(store).assign(no_extraction(stored(store, order)))
        assert update.changed == set()
        assert dict(store.canonical_ids()) == first
        Deduper(store).run_full(workers=1)
        Deduper(store).run_full(workers=1)
        assert dict(store.canonical_ids()) == first


@settings(max_examples=10, deadline=None)
@given(order=st.permutations(POOL), size=st.integers(min_value=1, max_value=150))
def test_every_posting_is_in_exactly_one_cluster(order: list[RawPosting], size: int) -> None:
    with SqlitePostingStore(":memory:") as store:
        _assign_in_batches(store, order, size)
        canonical = dict(store.canonical_ids())
        assert sorted(canonical) == sorted({raw.id for raw in POOL})
        seen: dict[str, str] = {}
        for posting_id, head in canonical.items():
            assert canonical[head] == head  # a canonical is its own canonical
            cluster = store.cluster(posting_id)
            assert cluster.canonical == head
            assert posting_id in cluster.members
            for member in cluster.members:
                assert seen.setdefault(member, head) == head
        assert set(seen) == set(canonical)
