"""Near-duplicate clusters: the same job reposted with edits, through agencies, on other
boards, found by MinHash LSH over word shingles and confirmed by title, employer and place.

``Deduper(store).assign(items)`` clusters new postings as they are indexed;
``Deduper(store).run_full()`` recomputes every cluster (``jobsift dedupe``).
"""

from __future__ import annotations

from jobsift.dedupe.deduper import BandIndex, ClusterUpdate, Deduper, Removal
from jobsift.dedupe.full import FullReport

__all__ = ["BandIndex", "ClusterUpdate", "Deduper", "FullReport", "Removal"]
