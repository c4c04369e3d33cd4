"""How rare each skill is in the corpus: its document frequency, from the index's skill facet.

A rare skill a posting asks for says more about the job than a common one ("Kafka" against
"communication"), so it weighs more: the weight is a smoothed inverse document frequency,
``1 + ln((N + 1) / (df + 1))``, at least 1 (a skill every posting names still counts).

The counts come from one facet aggregation over the whole index (about a second at a million
postings) and are kept until the index has grown or shrunk by ``REFRESH_SHARE``: a few more
postings hardly move a logarithm.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from jobsift.index.base import SearchIndex, SearchRequest

#: Skill values the facet returns at most (the taxonomy and catalog hold about 18,000).
FACET_SIZE: Final = 65_000
#: Recount when the index size changed by this share since the last count.
REFRESH_SHARE: Final = 0.05


@dataclass(frozen=True, slots=True)
class SkillRarity:
    """Document frequencies of skills over ``total`` postings."""

    total: int
    counts: Mapping[str, int]

    def count(self, skill_id: str) -> int:
        return self.counts.get(skill_id, 0)

    def weight(self, skill_id: str) -> float:
        """The skill's rarity weight, 1 for a skill in every posting, more the rarer it is."""
        df = min(self.count(skill_id), self.total)
        return 1.0 + math.log((self.total + 1) / (df + 1))

    def share(self, skill_id: str) -> float:
        """The share of postings naming the skill (0 in an empty corpus)."""
        return self.count(skill_id) / self.total if self.total else 0.0


def count_skills(index: SearchIndex) -> SkillRarity:
    """Document frequency of every skill in the index, from its skill facet."""
    request = SearchRequest(
        facets=("skill",), facet_size=FACET_SIZE, limit=1, snippets=False, fuzzy=False
    )
    page = index.search(request)
    return SkillRarity(page.total, {value.value: value.count for value in page.facets["skill"]})


class RarityCache:
    """``count_skills`` of an index, recounted only when its size has moved enough (or the
    engine opened another index: a reindex replaces it)."""

    def __init__(self) -> None:
        self._counted: tuple[SearchIndex, SkillRarity] | None = None
        self._lock = threading.Lock()

    def get(self, index: SearchIndex) -> SkillRarity:
        size = index.count()
        with self._lock:  # one count at a time: a second caller waits and reuses it
            counted = self._counted
            if counted is None or counted[0] is not index or _moved(counted[1].total, size):
                counted = self._counted = (index, count_skills(index))
            return counted[1]


def _moved(counted: int, size: int) -> bool:
    return abs(size - counted) > REFRESH_SHARE * max(counted, 1)
