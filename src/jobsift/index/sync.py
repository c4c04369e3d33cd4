"""Keeping the search index in step with the store.

A posting becomes searchable in three steps, in this order: it is extracted, its document is
committed to the index, and its extraction is stored.  So a stored extraction means an indexed
posting; a crash between the last two steps only means the posting is extracted and indexed
again next time (an upsert: no double).  Postings whose extraction an older pipeline made are
pending too, so upgrading jobsift re-extracts them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from jobsift.index.base import SearchIndex
from jobsift.index.document import IndexDoc, index_doc
from jobsift.model import Posting
from jobsift.store.base import PostingStore

if TYPE_CHECKING:
    from jobsift.semantic.postings import SemanticIndex

#: Postings extracted and committed together: a commit costs tens of milliseconds.
BATCH = 1000

ExtractMany = Callable[[Sequence[Posting]], list[dict[str, Any]]]
Progress = Callable[[int], None]


class Assignment(Protocol):
    """Where new postings went among the duplicate clusters (``jobsift.dedupe``)."""

    @property
    def canonical(self) -> Mapping[str, str]:
        """Each new posting's cluster canonical (its own id when it is one)."""
        ...

    @property
    def changed(self) -> Iterable[str]:
        """Older postings whose index document must be written again."""
        ...

    @property
    def sizes(self) -> Mapping[str, int]:
        """Postings in each cluster touched, by canonical id."""
        ...


class Deduping(Protocol):
    def assign(self, items: Sequence[tuple[Posting, dict[str, Any]]]) -> Assignment: ...


@dataclass(slots=True)
class SyncReport:
    extracted: int = 0
    indexed: int = 0


def sync_index(
    store: PostingStore,
    index: SearchIndex,
    extract_many: ExtractMany,
    pipeline: str,
    *,
    batch: int = BATCH,
    on_progress: Progress | None = None,
    semantic: SemanticIndex | None = None,
    dedupe: Deduping | None = None,
) -> SyncReport:
    """Extract and index every posting without an extraction by ``pipeline`` (and embed it,
    when ``semantic`` is given; place it among the duplicate clusters when ``dedupe`` is)."""
    report = SyncReport()
    while pending := store.pending_extraction(pipeline, limit=batch):
        extractions = extract_many(pending)
        items = list(zip(pending, extractions, strict=True))
        assigned = dedupe.assign(items) if dedupe is not None else None
        docs = [_clustered_doc(p, e, assigned) for p, e in items]
        index.upsert(docs)
        if assigned is not None:
            index.upsert(list(rewrite_docs(store, assigned.changed, {p.id for p in pending})))
        if semantic is not None:
            semantic.upsert(docs)
            semantic.commit()
        index.commit()
        store.put_extractions(
            [(p.id, orjson.dumps(e)) for p, e in zip(pending, extractions, strict=True)], pipeline
        )
        report.extracted += len(pending)
        report.indexed += len(pending)
        if on_progress is not None:
            on_progress(report.indexed)
    return report


def _clustered_doc(
    posting: Posting, extraction: dict[str, Any], assigned: Assignment | None
) -> IndexDoc:
    if assigned is None:
        return index_doc(posting, extraction)
    canonical = assigned.canonical.get(posting.id, posting.id)
    others = assigned.sizes.get(canonical, 1) - 1
    return index_doc(posting, extraction, canonical=canonical, duplicates=others)


def rewrite_docs(
    store: PostingStore, ids: Iterable[str], skip: frozenset[str] | set[str] = frozenset()
) -> Iterable[IndexDoc]:
    """Index documents of stored postings whose place among the clusters changed."""
    for posting_id in ids:
        stored = store.get_extraction(posting_id) if posting_id not in skip else None
        if stored is None:  # one of this batch, or not extracted yet: indexed in its turn
            continue
        cluster = store.cluster(posting_id)
        posting = store.get(posting_id)
        yield index_doc(
            posting,
            orjson.loads(stored.data),
            canonical=cluster.canonical,
            duplicates=len(cluster.members) - 1,
        )


def cluster_view(store: PostingStore) -> tuple[dict[str, str], Counter[str]]:
    """Every posting that is not its cluster's canonical, with that canonical; and how many
    such postings each canonical has (what a whole-index rebuild needs to know)."""
    canonical = {pid: canon for pid, canon in store.canonical_ids() if pid != canon}
    return canonical, Counter(canonical.values())


def rebuild_index(
    store: PostingStore,
    index: SearchIndex,
    *,
    batch: int = BATCH,
    on_progress: Progress | None = None,
    semantic: SemanticIndex | None = None,
) -> int:
    """Empty the index and fill it again from the stored extractions; returns how many.

    Vectors are kept and only made for postings whose text changed or that have none (embedding
    is the slowest step by far); those of postings no longer stored are dropped."""
    index.clear()
    done = 0
    ids: set[str] = set()
    docs: list[IndexDoc] = []
    canonical, others = cluster_view(store)
    for posting, stored in store.iter_extracted(chunk=batch):
        cluster = canonical.get(posting.id, posting.id)
        docs.append(
            index_doc(
                posting, orjson.loads(stored.data), canonical=cluster, duplicates=others[cluster]
            )
        )
        if len(docs) >= batch:
            _add(index, semantic, docs, ids)
            done += len(docs)
            docs = []
            if on_progress is not None:
                on_progress(done)
    _add(index, semantic, docs, ids)
    if semantic is not None:
        semantic.retain(ids)
        semantic.commit()
    index.commit()
    return done + len(docs)


def _add(
    index: SearchIndex, semantic: SemanticIndex | None, docs: list[IndexDoc], ids: set[str]
) -> None:
    index.upsert(docs)
    if semantic is not None:
        semantic.upsert(docs)
        ids.update(doc.id for doc in docs)
