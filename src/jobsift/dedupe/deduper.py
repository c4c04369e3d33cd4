"""``Deduper``: near-duplicate clusters kept up to date as postings arrive, and rebuilt by a
full pass (``jobsift dedupe``).

New postings are compared with the stored ones through an in-memory LSH index of their band
keys, loaded from the store on first use (a few seconds at a million postings) and topped
up from it before each batch, so postings another process stored meanwhile are seen too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np

from jobsift.dedupe import graph
from jobsift.dedupe.features import Sketches, concat, fields, sketch
from jobsift.dedupe.full import FullReport, run_full
from jobsift.dedupe.sketch import BANDS, VERSION, Keys
from jobsift.dedupe.state import Rows, SqliteDedupeState
from jobsift.errors import DedupeStoreError, StaleDedupeStateError
from jobsift.model import Posting
from jobsift.store.base import PostingStore

#: A band bucket with more stored postings than this is boilerplate many postings share
#: (an empty text, a one-line template): asking it for candidates finds nothing worth its
#: cost, and the full pass pairs such buckets by neighbourhood only.
BUCKET_CAP: Final = 256


@dataclass(slots=True)
class ClusterUpdate:
    """What ``assign`` changed.

    ``canonical``: every given posting's canonical id (itself when alone).  ``changed``: ids of
    older postings whose index document must be rewritten (their canonical changed, or they
    are a canonical whose cluster grew).  ``sizes``: each touched cluster's member count, by
    canonical id ("also posted at N places").
    """

    canonical: dict[str, str] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    sizes: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Removal:
    """A posting removed from its cluster: the cluster's canonical now (None when the
    posting was alone) and the other members, whose documents show the new count."""

    posting: Posting
    canonical: str | None
    members: tuple[str, ...]


class BandIndex:
    """The band keys of stored postings, sorted for binary search, plus what was stored
    since they were sorted.  Rows are kept in 32 bits (a store has fewer than four billion
    postings): at a million postings the index takes 240 MB."""

    def __init__(self) -> None:
        self._keys = np.zeros(0, dtype=np.uint32)
        self._rows = np.zeros(0, dtype=np.uint32)
        self._recent: dict[int, list[int]] = {}
        self._last_row = 0

    def refresh(self, state: SqliteDedupeState) -> None:
        rows, keys = state.bands_after(self._last_row)
        if not len(rows):
            return
        self._last_row = int(rows[-1])
        if not len(self._keys) or len(rows) > len(self._keys) // 4:
            self._merge(rows, keys)
            return
        for row, row_keys in zip(rows.tolist(), keys.tolist(), strict=True):
            for key in row_keys:
                self._recent.setdefault(key, []).append(row)

    def _merge(self, rows: Rows, keys: Keys) -> None:
        recent_keys = np.array(list(self._recent), dtype=np.uint32)
        counts = [len(found) for found in self._recent.values()]
        all_keys = np.concatenate([self._keys, keys.ravel(), np.repeat(recent_keys, counts)])
        recent_rows = [row for found in self._recent.values() for row in found]
        all_rows = np.concatenate(
            [self._rows, np.repeat(rows, BANDS), np.array(recent_rows, dtype=np.int64)]
        ).astype(np.uint32)
        order = np.argsort(all_keys, kind="stable")
        self._keys, self._rows, self._recent = all_keys[order], all_rows[order], {}

    def lookup(self, keys: Keys) -> tuple[Rows, Rows]:
        """Pairs (query number, stored row) sharing a band key (crowded buckets skipped)."""
        flat = keys.ravel()
        low = np.searchsorted(self._keys, flat, side="left")
        high = np.searchsorted(self._keys, flat, side="right")
        counts = high - low
        counts[counts > BUCKET_CAP] = 0
        starts = np.repeat(low - np.cumsum(counts) + counts, counts)
        picked = self._rows[starts + np.arange(int(counts.sum()))].astype(np.int64)
        owners = np.repeat(np.arange(len(flat)) // keys.shape[1], counts)
        extra_owners: list[int] = []
        extra_rows: list[int] = []
        for at, key in enumerate(flat.tolist()):
            for row in self._recent.get(key, ())[:BUCKET_CAP]:
                extra_owners.append(at // keys.shape[1])
                extra_rows.append(row)
        owners = np.concatenate([owners, np.array(extra_owners, dtype=np.int64)])
        picked = np.concatenate([picked, np.array(extra_rows, dtype=np.int64)])
        return owners, picked


class Deduper:
    """Clusters of near-duplicate postings in a SQLite store (see ``jobsift.dedupe``)."""

    def __init__(self, store: PostingStore) -> None:
        connection = getattr(store, "connection", None)
        if connection is None:
            raise DedupeStoreError(
                f"near-duplicate clustering needs a SQLite store, not {type(store).__name__}",
                hint="use a sqlite:/// database URL",
            )
        self.store = store
        self.state = SqliteDedupeState(connection, getattr(store, "location", ""))
        self._index: BandIndex | None = None

    # -- incremental -----------------------------------------------------------------------

    def assign(self, items: Sequence[tuple[Posting, dict[str, Any]]]) -> ClusterUpdate:
        """Cluster newly stored postings (with their extractions) among the stored ones."""
        self._check_version()
        entries = [(p.id, p.text, fields(p.declared.to_dict(), e)) for p, e in items]
        update = ClusterUpdate(canonical={entry[0]: entry[0] for entry in entries})
        row_of = self.state.rows_of([entry[0] for entry in entries])
        stored = [entry for entry in entries if entry[0] in row_of]
        if not stored:
            return update
        fresh = sketch(stored)
        fresh_rows = np.array([row_of[posting_id] for posting_id in fresh.ids], dtype=np.int64)
        keys = graph.keys_of(fresh)
        context_rows, context, edges = self._neighbourhood(fresh, fresh_rows, keys)
        nodes = concat([fresh, context])
        node_rows = np.concatenate([fresh_rows, context_rows])
        id_order = nodes.id_order
        canonical = graph.canonicals(graph.components(len(nodes), edges), nodes, id_order)
        self.state.put(fresh_rows, fresh, keys)
        self._write(update, nodes, node_rows, canonical, len(fresh))
        return update

    def _neighbourhood(
        self, fresh: Sketches, fresh_rows: Rows, keys: Keys
    ) -> tuple[Rows, Sketches, graph.Pairs]:
        """The stored postings the fresh ones join, with everyone in those postings'
        clusters and in the fresh ones' own earlier clusters (the context); and the graph's
        edges over the nodes fresh + context."""
        within = graph.verify(fresh, fresh, graph.candidate_pairs(keys, fresh, fresh.id_order))
        matched_fresh, matched_rows = self._stored_matches(fresh, fresh_rows, keys)
        canonical_of = self.state.canonical_rows([*matched_rows.tolist(), *fresh_rows.tolist()])
        members = self.state.members_of(list(canonical_of.values()))
        wanted = set(matched_rows.tolist()) | {m for found in members.values() for m in found}
        context_rows, context = self.state.sketches_at(sorted(wanted - set(fresh_rows.tolist())))
        node_of = {row: n for n, row in enumerate(fresh_rows.tolist())}
        node_of.update({row: len(fresh) + n for n, row in enumerate(context_rows.tolist())})
        left = [*within[0].tolist(), *matched_fresh.tolist()]
        right = [*within[1].tolist(), *(node_of[row] for row in matched_rows.tolist())]
        # Earlier clusters hold together: each member is joined to its canonical.
        for member, canonical in canonical_of.items():
            for row in members.get(canonical, [member]):
                if row in node_of and canonical in node_of:
                    left.append(node_of[row])
                    right.append(node_of[canonical])
        edges = (np.array(left, dtype=np.int64), np.array(right, dtype=np.int64))
        return context_rows, context, edges

    def _stored_matches(self, fresh: Sketches, fresh_rows: Rows, keys: Keys) -> tuple[Rows, Rows]:
        """Duplicate pairs between fresh postings and stored ones: (fresh node, stored row)."""
        owners, rows = self._band_index().lookup(keys)
        outside = ~np.isin(rows, fresh_rows)
        owners, rows = owners[outside], rows[outside]
        near_rows, near = self.state.sketches_at(np.unique(rows).tolist())
        position = {row: at for at, row in enumerate(near_rows.tolist())}
        # Rows deleted since the band index saw them are gone from ``near``.
        known = np.array([row in position for row in rows.tolist()], dtype=np.bool_)
        owners, rows = owners[known], rows[known]
        at = np.array([position[row] for row in rows.tolist()], dtype=np.int64)
        matched_fresh, matched_near = graph.verify(fresh, near, (owners, at))
        return matched_fresh, near_rows[matched_near]

    def _write(
        self,
        update: ClusterUpdate,
        nodes: Sketches,
        node_rows: Rows,
        canonical: Rows,
        fresh_count: int,
    ) -> None:
        sizes = np.bincount(canonical, minlength=len(canonical))
        before = self.state.canonical_rows(node_rows[fresh_count:].tolist())
        old_sizes = {c: len(m) for c, m in self.state.members_of(list(before.values())).items()}
        assignments = []
        for node in range(len(nodes)):
            head = int(canonical[node])
            posting_id, canonical_id = nodes.ids[node], nodes.ids[head]
            if sizes[head] >= 2:
                assignments.append((posting_id, canonical_id))
            update.sizes[canonical_id] = int(sizes[head])
            if node < fresh_count:
                update.canonical[posting_id] = canonical_id
                continue
            row = int(node_rows[node])
            old_canonical = before.get(row, row)
            grew = node == head and sizes[head] > old_sizes.get(row, 1)
            if old_canonical != int(node_rows[head]) or grew:
                update.changed.add(posting_id)
        self.store.put_clusters(assignments)

    def _band_index(self) -> BandIndex:
        if self._index is None:
            self._index = BandIndex()
        self._index.refresh(self.state)
        return self._index

    def _check_version(self) -> None:
        version = self.state.version()
        if version is not None and version != VERSION:
            raise StaleDedupeStateError(
                f"the stored duplicate sketches are {version}; this jobsift makes {VERSION}",
                hint="run `jobsift dedupe` once to make them again",
            )

    # -- removal and the full pass ---------------------------------------------------------

    def remove(self, posting_id: str) -> Removal:
        """Delete a posting (``store.delete``, which promotes the next best member when the
        canonical goes) and say what its cluster looks like now."""
        before = self.store.cluster(posting_id)
        posting = self.store.delete(posting_id)
        others = [member for member in before.members if member != posting.id]
        if not others:
            return Removal(posting, None, ())
        after = self.store.cluster(others[0])
        return Removal(posting, after.canonical, after.members)

    def run_full(self, *, workers: int = 2) -> FullReport:
        """Recompute every cluster from scratch (``jobsift dedupe``) and write them."""
        report = run_full(self.state, workers=workers)
        self._index = None  # the sketches were all written again
        return report
