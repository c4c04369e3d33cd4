"""Search as users ask for it: read the query, run it, and broaden it when it finds too little.

Broadening only ever gives up what jobsift itself read into the query (a city, a seniority ...),
one reading at a time, then asks for any of the words instead of all of them; filters the user
set explicitly are kept.  The response says what was given up, so the user can see why a result
does not match every word typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from jobsift.geo import Gazetteer
from jobsift.index.base import Filters, SearchIndex, SearchPage, SearchRequest
from jobsift.search.understand import READABLE, Reading, Understood, add_readings, understand

#: Fewer results than this and the query is broadened (unless the caller says not to).
SPARSE = 3


@dataclass(frozen=True, slots=True)
class Broadening:
    """One step taken to find more: what was given up, and how many results that gave."""

    dropped: str
    total: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    page: SearchPage
    understood: Understood
    filters: Filters  # what the page was searched with: the user's and the query's readings
    broadened: tuple[Broadening, ...] = ()
    any_words: bool = False
    semantic: str = "off: install the `semantic` extra"
    notes: tuple[str, ...] = field(default_factory=tuple)


class SearchService:
    def __init__(self, index: SearchIndex, gazetteer: Gazetteer) -> None:
        self.index = index
        self.gazetteer = gazetteer

    def search(
        self,
        query: str = "",
        *,
        filters: Filters | None = None,
        request: SearchRequest | None = None,
        literal: Sequence[str] = (),
        broaden: bool = True,
    ) -> SearchResult:
        """``query`` as typed, ``filters`` as chosen (facets), ``request`` for sort, page size,
        cursor and facets; ``literal`` names readings to leave as words ("all": no reading)."""
        base = filters or Filters()
        template = request or SearchRequest()
        understood = understand(query, self.gazetteer, literal=literal)
        readings = list(understood.readings)
        asked = replace(template, text=understood.text, filters=add_readings(base, readings))
        page = self.index.search(asked)
        if not broaden or page.total >= SPARSE or template.cursor is not None:
            return SearchResult(page, understood, asked.filters)
        return self._broadened(page, understood, base, asked)

    def _broadened(
        self, page: SearchPage, understood: Understood, base: Filters, asked: SearchRequest
    ) -> SearchResult:
        readings = list(understood.readings)
        steps: list[Broadening] = []
        any_words = False
        for reading in _in_giving_up_order(readings):
            readings.remove(reading)
            asked = replace(asked, filters=add_readings(base, readings))
            page = self.index.search(asked)
            steps.append(Broadening(f"{reading.field}={reading.value}", page.total))
            if page.total >= SPARSE:
                return SearchResult(page, understood, asked.filters, tuple(steps))
        if len(asked.text.split()) > 1:
            asked = replace(asked, any_words=True)
            page = self.index.search(asked)
            steps.append(Broadening("all words (any of them now)", page.total))
            any_words = True
        return SearchResult(page, understood, asked.filters, tuple(steps), any_words)


def _in_giving_up_order(readings: Sequence[Reading]) -> list[Reading]:
    return sorted(readings, key=lambda r: READABLE.index(r.field))
