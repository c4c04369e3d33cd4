"""Search as users ask for it: read the query, run it, and broaden it when it finds too little.

Broadening only ever gives up what jobsift itself read into the query (a city, a seniority ...),
one reading at a time, then asks for any of the words instead of all of them; filters the user
set explicitly are kept.  The response says what was given up, so the user can see why a result
does not match every word typed.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

from jobsift.errors import BadQueryError
from jobsift.geo import Gazetteer
from jobsift.index.base import Filters, SearchHit, SearchIndex, SearchPage, SearchRequest
from jobsift.search.understand import READABLE, Reading, Understood, add_readings, understand

if TYPE_CHECKING:
    from jobsift.search.cache import ResultCache
    from jobsift.semantic.postings import SemanticIndex

#: Fewer results than this and the query is broadened (unless the caller says not to).
SPARSE = 3
#: Candidates each side brings to hybrid ranking; pages go this deep.
HYBRID_DEPTH = 200
Mode = Literal["auto", "keyword", "hybrid"]
MODES: tuple[Mode, ...] = ("auto", "keyword", "hybrid")
_OFF = "off: install the `semantic` extra (pip install 'jobsift[semantic]')"


@dataclass(frozen=True, slots=True)
class Broadening:
    """One step taken to find more: what was given up, and how many results that gave."""

    dropped: str
    total: int


@dataclass(frozen=True, slots=True)
class _Asked:
    """A search as asked, before reading: the cache's key (with the index's generation)."""

    query: str
    filters: Filters
    request: SearchRequest
    literal: tuple[str, ...]
    broaden: bool
    mode: Mode


@dataclass(frozen=True, slots=True)
class SearchResult:
    page: SearchPage
    understood: Understood
    filters: Filters  # what the page was searched with: the user's and the query's readings
    broadened: tuple[Broadening, ...] = ()
    any_words: bool = False
    semantic: str = _OFF


class SearchService:
    def __init__(
        self,
        index: SearchIndex,
        gazetteer: Gazetteer,
        *,
        semantic: SemanticIndex | None = None,
        cache: ResultCache | None = None,
    ) -> None:
        self.index = index
        self.gazetteer = gazetteer
        self.semantic = semantic
        self.cache = cache

    def search(
        self,
        query: str = "",
        *,
        filters: Filters | None = None,
        request: SearchRequest | None = None,
        literal: Sequence[str] = (),
        broaden: bool = True,
        mode: Mode = "auto",
    ) -> SearchResult:
        """``query`` as typed, ``filters`` as chosen (facets), ``request`` for sort, page size,
        cursor and facets; ``literal`` names readings to leave as words ("all": no reading).

        ``mode`` "hybrid" ranks by keywords and meaning together (reciprocal rank fusion of
        both rankings), "keyword" by keywords only, "auto" hybrid whenever semantic search is
        on and the query has words to mean something, sorted by relevance.

        Keyword searches are answered from ``cache`` when the same one was asked since the
        index last changed."""
        template = request or SearchRequest()
        asked = _Asked(query, filters or Filters(), template, tuple(literal), broaden, mode)
        hybrid = self._hybrid(mode, template)
        if self.cache is None or hybrid:  # vectors change apart from the index: not cached
            return self._search(asked, hybrid)
        key = self._cache_key(asked)
        found = self.cache.get(key)
        if found is None:
            found = self._search(asked, hybrid)
            self.cache.put(key, found)
        return found

    def cached(
        self,
        query: str = "",
        *,
        filters: Filters | None = None,
        request: SearchRequest | None = None,
        literal: Sequence[str] = (),
        broaden: bool = True,
        mode: Mode = "auto",
    ) -> SearchResult | None:
        """What ``search`` with the same arguments would answer from the cache, or None; it
        never searches, so an event loop can ask it without waiting."""
        template = request or SearchRequest()
        if self.cache is None or mode == "hybrid" or self._hybrid(mode, template):
            return None
        asked = _Asked(query, filters or Filters(), template, tuple(literal), broaden, mode)
        return self.cache.get(self._cache_key(asked))

    def _cache_key(self, asked: _Asked) -> Hashable:
        # The generation first: asking for it makes searches see at least that commit.  The
        # day too: the "posted" facet counts from today.
        return (self.index.generation(), datetime.now(UTC).date(), asked)

    def _search(self, question: _Asked, hybrid: bool) -> SearchResult:
        query, base, template = question.query, question.filters, question.request
        literal, broaden, mode = question.literal, question.broaden, question.mode
        if hybrid:  # its cursor is an offset into the fused ranking, not the index's
            offset, template = _hybrid_offset(template), replace(template, cursor=None)
        understood = understand(query, self.gazetteer, literal=literal)
        readings = list(understood.readings)
        asked = replace(template, text=understood.text, filters=add_readings(base, readings))
        page = self.index.search(asked)
        if broaden and page.total < SPARSE and (hybrid or template.cursor is None):
            result = self._broadened(page, understood, base, asked)
        else:
            result = SearchResult(page, understood, asked.filters)
        if not hybrid:
            return replace(result, semantic=self._why_keyword(mode))
        return self._fused(result, replace(asked, filters=result.filters), offset)

    def _hybrid(self, mode: Mode, request: SearchRequest) -> bool:
        if mode == "keyword":
            return False
        if self.semantic is None:
            if mode == "hybrid":
                raise BadQueryError("semantic search is off", hint=_OFF)
            return False
        return request.sort == "relevance"

    def _why_keyword(self, mode: Mode) -> str:
        if self.semantic is None:
            return _OFF
        return (
            "keyword only: asked for"
            if mode == "keyword"
            else "keyword only: not sorted by relevance"
        )

    def _fused(self, result: SearchResult, asked: SearchRequest, offset: int) -> SearchResult:
        """The page at ``offset`` of keyword and vector rankings fused; total and facets stay
        the keyword search's."""
        from jobsift.semantic.fusion import reciprocal_rank_fusion

        assert self.semantic is not None
        text = result.understood.text
        if not text.strip():
            return replace(result, semantic="keyword only: no words to compare meanings")
        deep = replace(asked, limit=HYBRID_DEPTH, cursor=None, facets=(), snippets=False)
        keyword = self.index.search(deep).hits
        nearest = [posting for posting, _ in self.semantic.search(text, HYBRID_DEPTH)]
        allowed = self.index.lookup(nearest, asked.filters)
        meaning = [posting for posting in nearest if posting in allowed]
        fused = reciprocal_rank_fusion([[hit.id for hit in keyword], meaning])
        window = [posting for posting, _ in fused[offset : offset + asked.limit]]
        known: dict[str, SearchHit] = {hit.id: hit for hit in result.page.hits}
        known.update((hit.id, hit) for hit in keyword if hit.id not in known)
        hits = [known.get(posting) or allowed[posting] for posting in window]
        scores = dict(fused)
        hits = [replace(hit, score=scores[hit.id]) for hit in hits]
        following = offset + asked.limit
        page = replace(
            result.page,
            hits=hits,
            total=max(result.page.total, len(fused)),
            next_cursor=f"h{following}" if following < len(fused) else None,
        )
        return replace(result, page=page, semantic="on: keyword and meaning fused (RRF)")

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


def _hybrid_offset(request: SearchRequest) -> int:
    cursor = request.cursor
    if cursor is None:
        return 0
    if cursor.startswith("h") and cursor[1:].isdigit():
        return int(cursor[1:])
    raise BadQueryError(
        f"invalid cursor {cursor[:40]!r} for a hybrid search",
        hint="use the next_cursor of the previous page, with the same query and mode",
    )


def _in_giving_up_order(readings: Sequence[Reading]) -> list[Reading]:
    return sorted(readings, key=lambda r: READABLE.index(r.field))
