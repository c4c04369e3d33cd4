"""From sketches to clusters: LSH candidates, the duplicate rule, connected components and a
canonical posting per component.

A cluster is a connected component of the "is a duplicate of" graph, so clusters do not
depend on the order postings arrive in, and the incremental path (``Deduper.assign``) and
the full pass find the same ones.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

from jobsift.dedupe.features import Sketches
from jobsift.dedupe.match import PairKeys, duplicates
from jobsift.dedupe.sketch import Keys, band_keys, similarity

#: Within one band bucket, each posting is paired with this many neighbours (sorted by title
#: and place, so look-alikes sit together).  Buckets are small but for boilerplate that many
#: postings share: pairing everyone there would cost n² for nothing.
WINDOW: Final = 24
#: Pairs verified at once (bounds the memory of the signature comparison).
VERIFY_CHUNK: Final = 200_000
#: Most candidates are far from alike: the first ``QUICK`` values of their signatures tell,
#: and only pairs estimated at ``QUICK_BAR`` or more are compared in full.  A pair as alike as
#: ``ALIKE`` falls below the bar once in a thousand (32 values: standard deviation 0.088).
QUICK: Final = 32
QUICK_BAR: Final = 0.18

Ints = npt.NDArray[np.int64]
Pairs = tuple[Ints, Ints]


def keys_of(sketches: Sketches) -> Keys:
    """Band keys (an empty text's share buckets with every other empty text, but the
    duplicate rule refuses empty texts)."""
    return band_keys(sketches.signatures, sketches.place)


def candidate_pairs(keys: Keys, sketches: Sketches, id_order: Ints) -> Pairs:
    """Distinct pairs (i < j) that share a band key (``id_order``: ``Sketches.id_order``)."""
    found: list[Ints] = []
    count = len(sketches)
    # Within a bucket, by title, place, then id (not the input order: which neighbours meet
    # in a crowded bucket must not depend on the order postings were stored in).  One stable
    # radix sort of 32-bit keys per band then keeps that order inside each bucket.
    base = np.lexsort((id_order, sketches.place, sketches.title))
    for band in range(keys.shape[1]):
        order = base[np.argsort(keys[base, band], kind="stable")]
        ordered = keys[order, band]
        # Only postings that share their bucket with another take part in the windows.
        shared = np.flatnonzero(ordered[1:] == ordered[:-1])
        if not len(shared):
            continue
        inside = np.zeros(count, dtype=np.bool_)
        inside[shared] = True
        inside[shared + 1] = True
        members, buckets = order[inside], ordered[inside]
        for step in range(1, min(WINDOW, len(members) - 1) + 1):
            same = np.flatnonzero(buckets[step:] == buckets[:-step])
            if not len(same):
                break
            left, right = members[same], members[same + step]
            found.append(np.minimum(left, right) * count + np.maximum(left, right))
    if not found:
        none = np.zeros(0, dtype=np.int64)
        return none, none
    codes = np.concatenate(found)
    # Sorting and dropping repeats: numpy's own unique (hash-based) took eight times longer.
    codes.sort()
    distinct = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
    return distinct // count, distinct % count


def verify(left: Sketches, right: Sketches, pairs: Pairs) -> Pairs:
    """The pairs (row of ``left``, row of ``right``) that are duplicates."""
    lefts, rights = pairs
    kept_left: list[Ints] = []
    kept_right: list[Ints] = []
    for start in range(0, len(lefts), VERIFY_CHUNK):
        i = lefts[start : start + VERIFY_CHUNK]
        j = rights[start : start + VERIFY_CHUNK]
        near = similarity(left.signatures[i, :QUICK], right.signatures[j, :QUICK]) >= QUICK_BAR
        i, j = i[near], j[near]
        keys = PairKeys(
            similarity(left.signatures[i], right.signatures[j]),
            (left.title[i], right.title[j]),
            (left.company[i], right.company[j]),
            (left.place[i], right.place[j]),
        )
        same = duplicates(keys) & left.nonempty[i] & right.nonempty[j]
        kept_left.append(i[same])
        kept_right.append(j[same])
    if not kept_left:
        none = np.zeros(0, dtype=np.int64)
        return none, none
    return np.concatenate(kept_left), np.concatenate(kept_right)


def components(count: int, edges: Pairs) -> Ints:
    """A component label per node (the smallest node index in its component)."""
    labels = np.arange(count, dtype=np.int64)
    left, right = edges
    if not len(left):
        return labels
    while True:
        low = np.minimum(labels[left], labels[right])
        before = labels.copy()
        np.minimum.at(labels, left, low)
        np.minimum.at(labels, right, low)
        # Pointer jumping: follow labels to their roots, so long chains settle in a few rounds.
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        if np.array_equal(labels, before):
            return labels


def canonicals(labels: Ints, sketches: Sketches, id_order: Ints) -> Ints:
    """For each node, the node that is its component's canonical: the highest rank, ties to
    the smallest id (ids are content fingerprints, so the choice is order-free)."""
    if not len(labels):
        return labels
    order = np.lexsort((id_order, -sketches.rank, labels))
    sorted_labels = labels[order]
    first = np.ones(len(order), dtype=np.bool_)
    first[1:] = sorted_labels[1:] != sorted_labels[:-1]
    best_of_label = np.empty(len(labels), dtype=np.int64)
    best_of_label[sorted_labels[first]] = order[first]
    return best_of_label[labels]


def cluster(sketches: Sketches) -> Ints:
    """The canonical node of every node: the whole clustering of one set of postings."""
    keys = keys_of(sketches)
    id_order = sketches.id_order
    pairs = verify(sketches, sketches, candidate_pairs(keys, sketches, id_order))
    return canonicals(components(len(sketches), pairs), sketches, id_order)
