"""Components, the duplicate rule and the canonical choice, on hand-made arrays."""

from __future__ import annotations

import numpy as np

from jobsift.dedupe.features import Sketches
from jobsift.dedupe.graph import canonicals, components
from jobsift.dedupe.match import PairKeys, duplicates
from jobsift.dedupe.sketch import NUM_PERM


def _ints(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def test_components_label_each_node_by_the_smallest_node_it_reaches() -> None:
    labels = components(6, (_ints(4, 1, 2), _ints(5, 2, 0)))
    assert labels.tolist() == [0, 0, 0, 3, 4, 4]
    assert components(3, (_ints(), _ints())).tolist() == [0, 1, 2]


def test_a_long_chain_settles_in_one_component() -> None:
    count = 500
    chain = np.arange(count - 1, dtype=np.int64)
    assert (components(count, (chain[::-1], chain[::-1] + 1)) == 0).all()


def _sketches(ids: list[str], ranks: list[int]) -> Sketches:
    zeros = np.zeros(len(ids), dtype=np.int64)
    return Sketches(
        ids,
        np.zeros((len(ids), NUM_PERM), dtype=np.uint16),
        np.ones(len(ids), dtype=np.bool_),
        zeros,
        zeros,
        zeros,
        np.array(ranks, dtype=np.int64),
    )


def test_the_canonical_is_the_highest_rank_then_the_lowest_id() -> None:
    sketches = _sketches(["c", "a", "b", "d"], [5, 1, 5, 9])
    labels = _ints(0, 0, 0, 3)
    canonical = canonicals(labels, sketches, sketches.id_order)
    assert canonical.tolist() == [2, 2, 2, 3]  # "b" and "c" tie on rank: "b" has the lower id


def _pair(similarity: float, *, title: int = 1, company: int = 1, place: int = 1) -> bool:
    keys = PairKeys(
        np.array([similarity], dtype=np.float32),
        (_ints(1), _ints(title)),
        (_ints(1), _ints(company)),
        (_ints(1), _ints(place)),
    )
    return bool(duplicates(keys)[0])


def test_the_duplicate_rule() -> None:
    assert _pair(0.5)
    assert not _pair(0.4)
    assert not _pair(0.5, title=2)  # alike texts, other title: another job
    assert _pair(0.95, title=2)  # the same text whatever the title field says
    assert not _pair(0.5, company=2)  # two named employers need more alike texts
    assert _pair(0.65, company=2)
    assert _pair(0.5, company=0)  # an unknown employer agrees with any
    assert not _pair(1.0, place=2)  # the same text for two cities is two jobs
    assert _pair(0.5, place=0)


def test_posting_ids_sort_as_numbers_the_way_they_sort_as_text() -> None:
    ids = ["f" * 32, "0" * 31 + "a", "a" + "0" * 31, "0" * 31 + "9", "9" * 32]
    fast = _sketches(ids, [0] * len(ids)).id_order
    slow = np.argsort(np.argsort(np.array(ids, dtype=object)))
    assert fast.tolist() == slow.tolist()
