"""Keeping the search index in step with the store.

A posting becomes searchable in three steps, in this order: it is extracted, its document is
committed to the index, and its extraction is stored.  So a stored extraction means an indexed
posting; a crash between the last two steps only means the posting is extracted and indexed
again next time (an upsert: no double).  Postings whose extraction an older pipeline made are
pending too, so upgrading jobsift re-extracts them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
) -> SyncReport:
    """Extract and index every posting without an extraction by ``pipeline`` (and embed it,
    when ``semantic`` is given)."""
    report = SyncReport()
    while pending := store.pending_extraction(pipeline, limit=batch):
        extractions = extract_many(pending)
        docs = [index_doc(p, e) for p, e in zip(pending, extractions, strict=True)]
        index.upsert(docs)
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
    for posting, stored in store.iter_extracted(chunk=batch):
        docs.append(index_doc(posting, orjson.loads(stored.data)))
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
