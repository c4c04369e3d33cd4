"""Search results kept for repeated queries.

A job board asks the same searches all day (its front page, the popular titles and places); a
result with facet counts over a million postings costs tens of milliseconds to compute and
nothing to reuse.  Keys start with the index's generation (``SearchIndex.generation``), which a
commit by any process changes, so an entry can never outlive the postings it counted: older
entries are simply never asked for again and age out of the LRU.  Results are immutable and
shared by every request that asks for them.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable

from cachetools import LRUCache

from jobsift.search.service import SearchResult


class ResultCache:
    """At most ``size`` results, least recently used out first; safe across threads."""

    def __init__(self, size: int) -> None:
        self._entries: LRUCache[Hashable, SearchResult] = LRUCache(maxsize=max(1, size))
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> SearchResult | None:
        with self._lock:
            found = self._entries.get(key)
            self.hits += found is not None
            return found

    def put(self, key: Hashable, result: SearchResult) -> None:
        """Keep a result that was not found: a miss (counted here, where it is sure, for a
        caller may look twice before searching)."""
        with self._lock:
            self._entries[key] = result
            self.misses += 1

    def __len__(self) -> int:
        return len(self._entries)
