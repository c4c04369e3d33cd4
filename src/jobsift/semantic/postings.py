"""Posting vectors kept beside the search index: ``SemanticIndex`` embeds index documents and
answers a query typed by a person with the most similar postings.

Each vector is tagged with a hash of the text it was made from, so upserting a document whose
embedded text has not changed costs nothing: a rebuild of the keyword index can upsert every
document again and only new or changed postings are embedded (about 100 a second per core).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from pathlib import Path

from jobsift.index.document import IndexDoc
from jobsift.semantic.embedder import Embedder, default_embedder
from jobsift.semantic.text import posting_text
from jobsift.semantic.vectors import VectorIndex


class SemanticIndex:
    """Vectors of index documents, in ``path`` (a folder; None: in memory).

    Writes are searchable at once and durable at ``commit``.  ``stale`` is True when ``path``
    held vectors of another model: they were dropped and every posting needs upserting again.
    """

    def __init__(self, path: Path | None, embedder: Embedder | None = None) -> None:
        self.embedder = embedder if embedder is not None else default_embedder()
        self.vectors = VectorIndex(path, self.embedder.dim, model=self.embedder.name)

    @property
    def stale(self) -> bool:
        return self.vectors.stale

    def upsert(self, docs: Sequence[IndexDoc]) -> int:
        """Embed the documents whose embedded text is new or changed; returns how many."""
        todo: dict[str, tuple[str, str]] = {}
        for doc in docs:
            text = posting_text(doc.title, doc.text)
            tag = _fingerprint(text)
            if self.vectors.tag(doc.id) != tag:
                todo[doc.id] = (text, tag)
            else:
                todo.pop(doc.id, None)  # a later copy in this batch is the one that counts
        if todo:
            texts = [text for text, _ in todo.values()]
            tags = [tag for _, tag in todo.values()]
            self.vectors.upsert(list(todo), self.embedder.embed(texts), tags)
        return len(todo)

    def delete(self, posting_ids: Sequence[str]) -> None:
        self.vectors.delete(posting_ids)

    def retain(self, posting_ids: Collection[str]) -> int:
        """Drop the vectors of postings not in ``posting_ids``; returns how many."""
        return self.vectors.retain(posting_ids)

    def clear(self) -> None:
        self.vectors.clear()

    def commit(self) -> None:
        self.vectors.commit()

    def count(self) -> int:
        return len(self.vectors)

    def search(
        self, query: str, k: int, allowed: Collection[str] | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` postings closest in meaning to ``query``, best first, as (id, cosine);
        only among ``allowed`` ids when given.  An empty query finds nothing."""
        if not query.strip() or k <= 0:
            return []
        return self.vectors.search(self.embedder.embed([query])[0], k, allowed)


def _fingerprint(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()
