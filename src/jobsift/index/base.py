"""The ``SearchIndex`` interface and the plain data that crosses it.

The index holds what search needs from each posting (its text by language, the extracted fields
to filter and facet on, a card to show in a result list) and answers structured requests: text,
filters, sort, a page.  Reading a query typed by a person is not its job (``jobsift.search``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

from jobsift.index.document import IndexDoc

Sort = Literal["relevance", "date", "salary"]
SORTS: tuple[Sort, ...] = ("relevance", "date", "salary")

#: Fields a search can be filtered and faceted on, in the order facets are shown.
FACETS: tuple[str, ...] = (
    "skill",
    "occupation",
    "seniority",
    "work_mode",
    "country",
    "city",
    "company",
    "employment_type",
    "language",
)
#: Facets over ranges, cumulative so that each value is one filter: "salary" counts postings
#: whose yearly top of range reaches each step (the value is a ``salary_min``), "posted" those
#: posted within the last N days (the value is a ``posted_from`` day).
RANGE_FACETS: tuple[str, ...] = ("salary", "posted")
FACET_NAMES: tuple[str, ...] = (*FACETS, *RANGE_FACETS)
#: Yearly amounts the salary facet counts from (in each posting's own currency: filter one
#: currency to compare like with like).
SALARY_STEPS: tuple[int, ...] = (20_000, 30_000, 40_000, 50_000, 60_000, 80_000, 100_000, 150_000)
#: Days back the posted facet counts from today.
POSTED_WITHIN: tuple[int, ...] = (1, 7, 30, 90, 365)
#: Kinds of autocomplete suggestions.
SUGGESTION_KINDS: tuple[str, ...] = ("title", "skill", "company", "place")


@dataclass(frozen=True, slots=True)
class Filters:
    """What every result must have.  Several values of one field mean any of them, except
    skills: a posting must have every skill asked for (users add skills to narrow down).

    ``salary_min`` keeps postings whose top of range (yearly) reaches it; ``salary_max`` those
    whose bottom of range does not exceed it; both only among postings that state a salary.
    """

    skill: tuple[str, ...] = ()
    occupation: tuple[str, ...] = ()
    seniority: tuple[str, ...] = ()
    work_mode: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    city: tuple[str, ...] = ()
    company: tuple[str, ...] = ()
    employment_type: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    currency: tuple[str, ...] = ()
    salary_min: float | None = None
    salary_max: float | None = None
    posted_from: date | None = None
    posted_to: date | None = None
    #: One result per duplicate cluster, its canonical posting (False: every posting).
    collapse: bool = True

    def values(self, name: str) -> tuple[str, ...]:
        found: tuple[str, ...] = getattr(self, name)
        return found


@dataclass(frozen=True, slots=True)
class SearchRequest:
    text: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: Sort = "relevance"
    limit: int = 20
    cursor: str | None = None
    #: Which facets to count (None: all of ``FACET_NAMES``); ``facet_size`` values each.
    facets: tuple[str, ...] | None = None
    facet_size: int = 10
    #: Spelling tolerance for longer words (one edit from 5 letters, two from 9).
    fuzzy: bool = True
    #: Any of the words instead of all of them (what broadening falls back to).
    any_words: bool = False
    snippets: bool = True


@dataclass(frozen=True, slots=True)
class Snippet:
    """A window of the posting text with the matched words as [start, end) offsets into it."""

    text: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    score: float
    card: dict[str, Any]
    snippet: Snippet | None = None


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchPage:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: str
    text: str
    count: int


class SearchIndex(Protocol):
    """Postings made searchable.  Writes become visible to searches at ``commit``.

    Implementations translate their engine's exceptions into ``jobsift.errors.SearchIndexError``.
    """

    def upsert(self, docs: Sequence[IndexDoc]) -> None:
        """Add documents, replacing any with the same posting id."""
        ...

    def delete(self, posting_ids: Sequence[str]) -> None: ...

    def clear(self) -> None: ...

    def commit(self) -> None: ...

    def count(self) -> int: ...

    def generation(self) -> str:
        """A token that changes whenever what searches find may have changed (a commit, here
        or by another process); searches after the call see at least that state."""
        ...

    def search(self, request: SearchRequest) -> SearchPage: ...

    def suggest(
        self, prefix: str, *, kinds: Sequence[str] = SUGGESTION_KINDS, limit: int = 10
    ) -> list[Suggestion]:
        """Titles, skills, companies and places in the corpus that start with ``prefix``."""
        ...

    def more_like_this(self, posting_id: str, *, limit: int = 10) -> list[SearchHit]: ...

    def lookup(self, posting_ids: Sequence[str], filters: Filters) -> dict[str, SearchHit]:
        """The hits of those postings that satisfy ``filters`` (semantic candidates)."""
        ...

    def close(self) -> None: ...
