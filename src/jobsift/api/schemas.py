"""What the API reads and writes: ``<Thing>Query`` (query parameters), ``<Thing>Create``
(request bodies), ``<Thing>Read`` (one thing out) and ``<Thing>Page`` (a list out).

Only shapes live here; routes convert the engine's dataclasses with the ``of`` constructors.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator

from jobsift.engine import IngestReport
from jobsift.index.base import FACET_NAMES, SUGGESTION_KINDS, Filters, SearchHit
from jobsift.model import Posting, Source
from jobsift.search.service import SearchResult
from jobsift.search.understand import READABLE
from jobsift.store.base import StoredExtraction

Span = tuple[int, int]


def split_names(value: str | None) -> tuple[str, ...]:
    """``"a, b,,c"`` -> ``("a", "b", "c")``."""
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _check_names(value: str | None, allowed: tuple[str, ...], what: str) -> str | None:
    unknown = [name for name in split_names(value) if name not in allowed]
    if unknown:
        raise ValueError(f"unknown {what} {unknown[0]!r}; choose from: {', '.join(allowed)}")
    return value


# -- queries ---------------------------------------------------------------------------------


def _many(description: str) -> Any:
    return Field(default_factory=list, description=description + " Repeat for several.")


class FacetsQuery(BaseModel):
    """The query and filters a search and its facet counts share."""

    q: str = Field(
        "",
        description="The query as typed; words such as 'senior', 'remote' or "
        "a city are read as filters (see `literal`).",
        max_length=1000,
    )
    skill: list[str] = _many("Skill id (as in the skill facet); a posting must have all.")
    occupation: list[str] = _many("Occupation URI (as in the occupation facet); any of them.")
    seniority: list[str] = _many("Seniority (junior, senior, lead ...); any of them.")
    work_mode: list[str] = _many("Work mode (remote, hybrid, onsite); any of them.")
    country: list[str] = _many("ISO 3166 country code; any of them.")
    city: list[str] = _many("City name; any of them.")
    company: list[str] = _many("Company name; any of them.")
    employment_type: list[str] = _many("Employment type (FULL_TIME, CONTRACTOR ...); any.")
    language: list[str] = _many("Language of the posting (ISO 639-1); any of them.")
    currency: list[str] = _many("Salary currency (ISO 4217); any of them.")
    salary_min: float | None = Field(
        None,
        ge=0,
        allow_inf_nan=False,
        description="Yearly salary the top of the posting's range must reach.",
    )
    salary_max: float | None = Field(
        None,
        ge=0,
        allow_inf_nan=False,
        description="Yearly salary the bottom of the posting's range must not exceed.",
    )
    posted_from: date | None = Field(None, description="Posted on or after this day.")
    posted_to: date | None = Field(None, description="Posted on or before this day.")
    facets: str | None = Field(
        None,
        description=f"Comma-separated facets to count ({', '.join(FACET_NAMES)}); "
        "absent: all, empty: none.  `salary` and `posted` count cumulatively: each value is a "
        "`salary_min` (yearly, in the postings' own currencies) or a `posted_from` day.",
    )
    facet_size: int = Field(10, ge=1, le=100, description="Values counted per facet.")
    literal: str | None = Field(
        None,
        description=f"Comma-separated fields not to read from `q` ({', '.join(READABLE)}) "
        "or `all`: those words are searched as text.",
    )
    broaden: bool = Field(
        True,
        description="When fewer than 3 postings match, give up what was read from `q`, "
        "then ask for any of the words (the response says what was given up).",
    )
    collapse: bool = Field(
        True,
        description="One result per duplicate cluster (its canonical posting, whose card says "
        "`also_posted`); false: every posting, reposts included.",
    )

    @field_validator("facets")
    @classmethod
    def _known_facets(cls, value: str | None) -> str | None:
        return _check_names(value, FACET_NAMES, "facet")

    @field_validator("literal")
    @classmethod
    def _known_literal(cls, value: str | None) -> str | None:
        return _check_names(value, (*READABLE, "all"), "field")

    def filters(self) -> Filters:
        return Filters(
            skill=tuple(self.skill), occupation=tuple(self.occupation),
            seniority=tuple(self.seniority), work_mode=tuple(self.work_mode),
            country=tuple(self.country), city=tuple(self.city), company=tuple(self.company),
            employment_type=tuple(self.employment_type), language=tuple(self.language),
            currency=tuple(self.currency), salary_min=self.salary_min,
            salary_max=self.salary_max, posted_from=self.posted_from, posted_to=self.posted_to,
            collapse=self.collapse,
        )  # fmt: skip

    def facet_names(self) -> tuple[str, ...] | None:
        return None if self.facets is None else split_names(self.facets)

    def literal_fields(self) -> tuple[str, ...]:
        return split_names(self.literal)


class SearchQuery(FacetsQuery):
    sort: Literal["relevance", "date", "salary"] = Field(
        "relevance", description="Order of the hits: best match, newest, or best paid."
    )
    limit: int = Field(20, ge=1, le=100, description="Hits per page.")
    mode: Literal["auto", "keyword", "hybrid"] = Field(
        "auto",
        description="Ranking: hybrid fuses keyword and meaning (semantic search, when the "
        "server has it), keyword uses words only, auto is hybrid whenever it can be.",
    )
    cursor: str | None = Field(
        None,
        max_length=500,
        description="`next_cursor` of the previous page, with the same query and sort.",
    )


class SuggestionsQuery(BaseModel):
    q: str = Field(..., max_length=200, description="What the user typed so far (a prefix).")
    kinds: str | None = Field(
        None, description=f"Comma-separated kinds ({', '.join(SUGGESTION_KINDS)}); absent: all."
    )
    limit: int = Field(10, ge=1, le=50, description="Suggestions at most.")

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: str | None) -> str | None:
        return _check_names(value, SUGGESTION_KINDS, "kind")

    def kind_names(self) -> tuple[str, ...]:
        return split_names(self.kinds) or SUGGESTION_KINDS


# -- search results --------------------------------------------------------------------------


class SnippetRead(BaseModel):
    text: str = Field(description="A window of the posting text.")
    highlights: list[Span] = Field(description="Matched words as [start, end) offsets in text.")


class SearchHitRead(BaseModel):
    id: str
    score: float
    card: dict[str, Any] = Field(description="What a result list shows: title, company, ...")
    snippet: SnippetRead | None

    @classmethod
    def of(cls, hit: SearchHit) -> SearchHitRead:
        snippet = hit.snippet
        return cls(
            id=hit.id,
            score=hit.score,
            card=hit.card,
            snippet=SnippetRead(text=snippet.text, highlights=list(snippet.highlights))
            if snippet
            else None,
        )


class FacetValueRead(BaseModel):
    value: str = Field(description="What to pass back as the filter parameter.")
    label: str = Field(description="What to show.")
    count: int = Field(description="Postings with this value among those that match.")


class ReadingRead(BaseModel):
    field: str
    value: str
    words: str = Field(description="The words of the query read as this filter.")
    span: Span


class QueryRead(BaseModel):
    as_typed: str
    text: str = Field(description="What was left of the query to search as text.")
    readings: list[ReadingRead]


class FiltersRead(BaseModel):
    """The filters the page was searched with: the caller's plus what was read from q."""

    skill: list[str]
    occupation: list[str]
    seniority: list[str]
    work_mode: list[str]
    country: list[str]
    city: list[str]
    company: list[str]
    employment_type: list[str]
    language: list[str]
    currency: list[str]
    salary_min: float | None
    salary_max: float | None
    posted_from: date | None
    posted_to: date | None

    @classmethod
    def of(cls, filters: Filters) -> FiltersRead:
        values: dict[str, Any] = {
            name: list(value) if isinstance(value, tuple) else value
            for name in cls.model_fields
            for value in [getattr(filters, name)]
        }
        return cls(**values)


class BroadeningRead(BaseModel):
    dropped: str = Field(description="What was given up to find more.")
    total: int = Field(description="How many postings matched after that.")


def facets_of(result: SearchResult) -> dict[str, list[FacetValueRead]]:
    return {
        name: [FacetValueRead(value=v.value, label=v.label, count=v.count) for v in values]
        for name, values in result.page.facets.items()
    }


class SearchPage(BaseModel):
    total: int = Field(description="Postings that match (over all pages).")
    hits: list[SearchHitRead]
    facets: dict[str, list[FacetValueRead]]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null: last.")
    query: QueryRead
    filters: FiltersRead
    broadened: list[BroadeningRead]
    any_words: bool = Field(description="True when any of the words sufficed (broadened).")
    semantic: str = Field(description="Whether semantic search took part, and why not.")

    @classmethod
    def of(cls, result: SearchResult) -> SearchPage:
        understood = result.understood
        readings = [
            ReadingRead(field=r.field, value=r.value, words=r.words, span=r.span)
            for r in understood.readings
        ]
        return cls(
            total=result.page.total,
            hits=[SearchHitRead.of(hit) for hit in result.page.hits],
            facets=facets_of(result),
            next_cursor=result.page.next_cursor,
            query=QueryRead(as_typed=understood.query, text=understood.text, readings=readings),
            filters=FiltersRead.of(result.filters),
            broadened=[BroadeningRead(dropped=b.dropped, total=b.total) for b in result.broadened],
            any_words=result.any_words,
            semantic=result.semantic,
        )


class FacetsPage(BaseModel):
    total: int
    facets: dict[str, list[FacetValueRead]]


class SimilarPage(BaseModel):
    hits: list[SearchHitRead]


class SuggestionRead(BaseModel):
    kind: str
    text: str
    count: int = Field(description="Postings that have it.")


class SuggestionsPage(BaseModel):
    suggestions: list[SuggestionRead]


# -- postings --------------------------------------------------------------------------------


class SourceRead(BaseModel):
    uri: str
    locator: str
    format: str
    url: str | None
    seen_at: datetime

    @classmethod
    def of(cls, source: Source) -> SourceRead:
        return cls(
            uri=source.uri,
            locator=source.locator,
            format=source.format,
            url=source.url,
            seen_at=source.seen_at,
        )


class ClusterMemberRead(BaseModel):
    id: str
    sources: list[SourceRead]


class ClusterRead(BaseModel):
    """The same job posted in several places: every posting of it, with all their sources."""

    canonical: str = Field(description="The posting shown for the cluster in search results.")
    members: list[ClusterMemberRead] = Field(description="Every posting, the canonical first.")


class PostingRead(BaseModel):
    id: str
    text: str
    declared: dict[str, Any] = Field(description="What the sources stated outright.")
    first_seen: datetime
    sources: list[SourceRead]
    extraction: dict[str, Any] | None = Field(description="Extracted fields; null: not yet.")
    pipeline: str | None = Field(description="Version of the pipeline that made the extraction.")
    cluster: ClusterRead | None = Field(
        None, description="Its duplicate cluster, when other postings are the same job."
    )

    @classmethod
    def of(
        cls,
        posting: Posting,
        stored: StoredExtraction | None,
        cluster: ClusterRead | None = None,
    ) -> PostingRead:
        return cls(
            id=posting.id,
            text=posting.text,
            declared=posting.declared.to_dict(),
            first_seen=posting.first_seen,
            sources=[SourceRead.of(source) for source in posting.sources],
            extraction=orjson.loads(stored.data) if stored else None,
            pipeline=stored.pipeline if stored else None,
            cluster=cluster,
        )


class PostingCreate(BaseModel):
    """One posting: its text, and what its source states.  Other keys are kept as extra."""

    model_config = ConfigDict(extra="allow")

    text: str = Field(description="The posting text (or HTML).")
    title: str | None = None
    company: str | None = None
    location: str | None = None
    url: str | None = None
    date_posted: str | None = Field(None, description="As the source wrote it (ISO 8601 best).")
    employment_type: str | None = None
    salary: str | None = None
    work_mode: str | None = None
    identifier: str | None = None


class PostingsCreate(BaseModel):
    postings: list[PostingCreate]


class IngestProblemRead(BaseModel):
    input: str
    where: str | None
    severity: str
    message: str


class IngestReportRead(BaseModel):
    read: int
    new_postings: int
    new_sources: int
    already_stored: int
    rejected: int
    warnings: int
    indexed: int
    seconds: float
    problems: list[IngestProblemRead] = Field(description="Rejected records and warnings.")

    @classmethod
    def of(cls, report: IngestReport, *, input_name: str) -> IngestReportRead:
        data = report.to_dict()
        # The body went through a temporary file; its path means nothing to the caller.
        data["problems"] = [
            IngestProblemRead(
                input=input_name, where=p.where, severity=p.severity, message=p.message
            )
            for p in report.problems
        ]
        return cls.model_validate(data)


class ExtractionCreate(BaseModel):
    text: str = Field(min_length=1, description="A posting text; nothing is stored.")
    lang: str | None = Field(
        None, min_length=2, max_length=3, description="Its language (ISO 639-1), if known."
    )


# -- operations ------------------------------------------------------------------------------


class HealthRead(BaseModel):
    status: Literal["ok"] = "ok"


class ReadinessRead(BaseModel):
    status: Literal["ready"] = "ready"
    postings: int = Field(description="Postings in the store.")
    indexed: int = Field(description="Documents in the search index.")


class FieldErrorRead(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ProblemRead(BaseModel):
    """An RFC 9457 problem: ``code`` is stable, ``type`` links to its documentation."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    hint: str | None = None
    errors: list[FieldErrorRead] | None = None
