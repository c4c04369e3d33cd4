"""Analytics over a posting store: the DuckDB table kept in step with the store, and the
queries run on it.

Keeping in step: ``refresh`` compares the store's (posting id, canonical id) pairs with the
table's and reads only the extractions of postings new to it; deletions and cluster changes
(dedupe) touch only the table.  The engine refreshes after indexing; every query first checks
a cheap signature (the store's posting count) and refreshes when it moved, so a delete or an
ingest by another process shows up too.  A full dedupe pass changes no count: whoever runs it
calls ``refresh_if_built()``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from jobsift.analytics import queries
from jobsift.analytics.facts import Fact, fact_of, facts_of
from jobsift.analytics.table import AnalyticsTable
from jobsift.errors import AnalyticsBusyError
from jobsift.store.base import PostingStore

T = TypeVar("T")
logger = logging.getLogger(__name__)
#: Past this share of the store new to the table, one pass over every extraction beats
#: fetching the new ones by id.
_FULL_PASS_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class RefreshReport:
    added: int = 0
    removed: int = 0
    moved: int = 0  # postings whose cluster changed
    full: bool = False


def canonical_pairs(store: PostingStore) -> Iterator[tuple[str, str]]:
    """Every stored posting's (id, canonical id of its duplicate cluster).

    Stores that keep duplicate clusters answer ``canonical_ids()``; for others each posting is
    its own cluster."""
    method: Callable[[], Iterable[tuple[str, str]]] | None = getattr(store, "canonical_ids", None)
    if method is not None:
        yield from method()
        return
    for posting in store.iter_postings():
        yield posting.id, posting.id


class Analytics:
    """Skill demand, co-occurrence, rising skills and salaries over ``store``."""

    def __init__(self, store: PostingStore, folder: Path | None) -> None:
        self.store = store
        self.table = AnalyticsTable(folder)
        self._lock = threading.Lock()
        self._fresh_for: str | None = None

    # -- keeping in step -------------------------------------------------------------------

    def refresh(self, *, extracted: int | None = None) -> RefreshReport:
        """Bring the table in step with the store.  ``extracted``: how many postings the
        caller just extracted; more than are new to the table means some were re-extracted
        (a newer pipeline), and then every fact is read again."""
        with self._lock:
            signature = self._signature()
            report = self._refresh(extracted)
            self._fresh_for = signature
            return report

    def after_extraction(self, extracted: int) -> None:
        """The engine's hook after indexing: refresh a table someone has built; one never
        queried is built by its first query instead (analytics costs nothing unused)."""
        if extracted and self.table.built():
            try:
                self.refresh(extracted=extracted)
            except AnalyticsBusyError as exc:
                # The ingest succeeded; the table's posting count is now behind the store's,
                # so the next query refreshes it.
                logger.warning("analytics not refreshed: %s", exc)

    def refresh_if_built(self) -> RefreshReport | None:
        """For changes the posting count does not show (a dedupe pass): refresh a table that
        exists; one never built will read the current clusters when first queried."""
        return self.refresh() if self.table.built() else None

    def ensure_fresh(self) -> None:
        """Refresh when the store changed since the table was last brought in step."""
        signature = self._signature()
        if signature == self._fresh_for:
            return
        with self._lock:  # requests arriving together refresh once
            if self._fresh_for == signature:
                return
            stored = self.table.path is not None and self.table.path.exists()
            if stored and self.table.meta("signature") == signature:  # another process did
                self._fresh_for = signature
                return
            self._refresh(None)
            self._fresh_for = signature

    def _signature(self) -> str:
        return str(self.store.count())

    def _refresh(self, extracted: int | None) -> RefreshReport:
        mapping = dict(canonical_pairs(self.store))
        known = self.table.known()
        added = [i for i in mapping if i not in known]
        removed = [i for i in known if i not in mapping]
        moved = {i: c for i, c in mapping.items() if i in known and known[i] != c}
        meta = {"signature": str(len(mapping))}
        full = (
            not known
            or len(added) > max(1000, int(len(mapping) * _FULL_PASS_SHARE))
            or (extracted is not None and extracted > len(added))
        )
        if full:
            facts = facts_of(self.store.iter_extracted(), mapping)
            count = self.table.update(add=facts, replace=True, meta=meta)
            return RefreshReport(added=count, removed=len(removed), moved=len(moved), full=True)
        if not (added or removed or moved):
            return RefreshReport()
        count = self.table.update(
            add=self._facts(added, mapping), remove=removed, canonical=moved, meta=meta
        )
        return RefreshReport(added=count, removed=len(removed), moved=len(moved))

    def _facts(self, ids: list[str], mapping: dict[str, str]) -> Iterator[Fact]:
        """Facts of the extracted postings among ``ids`` (the rest wait for extraction)."""
        for posting_id in ids:
            stored = self.store.get_extraction(posting_id)
            if stored is not None:
                yield fact_of(self.store.get(posting_id), stored, mapping[posting_id])

    # -- queries ---------------------------------------------------------------------------

    def demand(self, where: queries.Slice, **options: Any) -> queries.Demand:
        return self._read(lambda cursor: queries.demand(cursor, where, **options))

    def cooccurring(
        self, skill_id: str, where: queries.Slice, **options: Any
    ) -> queries.Cooccurring:
        return self._read(lambda cursor: queries.cooccurring(cursor, skill_id, where, **options))

    def rising(self, where: queries.Slice, **options: Any) -> queries.Rising:
        return self._read(lambda cursor: queries.rising(cursor, where, **options))

    def salaries(self, where: queries.Slice, **options: Any) -> queries.Salaries:
        return self._read(lambda cursor: queries.salaries(cursor, where, **options))

    def _read(self, run: Callable[[Any], T]) -> T:
        self.ensure_fresh()
        return self.table.read(run)
