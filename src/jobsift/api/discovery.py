"""Helping users narrow down: facet counts and autocomplete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from jobsift.api.deps import EngineDep
from jobsift.api.params import query_model, query_parameters
from jobsift.api.postings import run_search
from jobsift.api.responses import problems
from jobsift.api.schemas import (
    FacetsPage,
    FacetsQuery,
    SuggestionRead,
    SuggestionsPage,
    SuggestionsQuery,
    facets_of,
)
from jobsift.index.base import SearchRequest

router = APIRouter(prefix="/v1", tags=["discovery"])


@router.get(
    "/facets",
    summary="Facet counts",
    description="How many matching postings have each value of each facet, for the same "
    "query and filters as a search (without the hits).",
    responses=problems(422, 503),
    openapi_extra={"parameters": query_parameters(FacetsQuery)},
)
def facets(
    engine: EngineDep, query: Annotated[FacetsQuery, Depends(query_model(FacetsQuery))]
) -> FacetsPage:
    request = SearchRequest(
        limit=1, facets=query.facet_names(), facet_size=query.facet_size, snippets=False
    )
    # Keyword ranking only: facets count the keyword matches, and fusing in meaning would
    # embed the query for hits this route does not return.
    result = run_search(engine, query, request, mode="keyword")
    return FacetsPage(total=result.page.total, facets=facets_of(result))


@router.get(
    "/autocomplete",
    summary="Autocomplete",
    description="Titles, skills, companies and places that start with `q`, most common first.",
    responses=problems(422, 503),
)
def autocomplete(engine: EngineDep, query: Annotated[SuggestionsQuery, Query()]) -> SuggestionsPage:
    found = engine.index.suggest(query.q, kinds=query.kind_names(), limit=query.limit)
    return SuggestionsPage(
        suggestions=[SuggestionRead(kind=s.kind, text=s.text, count=s.count) for s in found]
    )
