"""Searching postings and reading one posting."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from starlette.concurrency import run_in_threadpool

from jobsift.api.deps import EngineDep
from jobsift.api.params import query_model, query_parameters
from jobsift.api.responses import problems
from jobsift.api.schemas import (
    ClusterMemberRead,
    ClusterRead,
    FacetsQuery,
    PostingRead,
    SearchHitRead,
    SearchPage,
    SearchQuery,
    SimilarPage,
    SourceRead,
)
from jobsift.engine import Engine
from jobsift.index.base import SearchRequest
from jobsift.model import Posting
from jobsift.search.service import Mode, SearchResult

router = APIRouter(prefix="/v1/postings", tags=["postings"])

PostingId = Annotated[
    str, Path(description="Posting id (its fingerprint), or an unambiguous start of it.")
]


@router.get(
    "/search",
    summary="Search postings",
    description="Full-text search with filters, facets and cursor pagination.  Words of `q` "
    "such as 'senior', 'remote' or a city are read as filters; `query.readings` says which.",
    responses=problems(422, 503),
    openapi_extra={"parameters": query_parameters(SearchQuery)},
)
async def search(
    engine: EngineDep, query: Annotated[SearchQuery, Depends(query_model(SearchQuery))]
) -> SearchPage:
    request = SearchRequest(
        sort=query.sort,
        limit=query.limit,
        cursor=query.cursor,
        facets=query.facet_names(),
        facet_size=query.facet_size,
    )
    # A search asked before is answered here, on the event loop; any other is searched in
    # the thread pool (tantivy lets go of the GIL, so the loop serves others meanwhile).
    found = engine.search.cached(
        query.q,
        filters=query.filters(),
        request=request,
        literal=query.literal_fields(),
        broaden=query.broaden,
        mode=query.mode,
    )
    if found is None:
        found = await run_in_threadpool(run_search, engine, query, request, mode=query.mode)
    return SearchPage.of(found)


def run_search(
    engine: Engine, query: FacetsQuery, request: SearchRequest, *, mode: Mode
) -> SearchResult:
    """The search a query's parameters ask for (shared by /search and /facets)."""
    return engine.search.search(
        query.q,
        filters=query.filters(),
        request=request,
        literal=query.literal_fields(),
        broaden=query.broaden,
        mode=mode,
    )


@router.get(
    "/{posting_id}",
    summary="Read a posting",
    description="The posting's text, declared fields and sources, with its stored extraction "
    "and, when the same job was posted elsewhere, its duplicate cluster with every source.",
    responses=problems(400, 404, 422, 503),
)
def read_posting(engine: EngineDep, posting_id: PostingId) -> PostingRead:
    posting = engine.store.get(posting_id)
    stored = engine.store.get_extraction(posting.id)
    return PostingRead.of(posting, stored, cluster_read(engine, posting))


def cluster_read(engine: Engine, posting: Posting) -> ClusterRead | None:
    """The posting's duplicate cluster with every member's sources; None when it is alone."""
    cluster = engine.store.cluster(posting.id)
    if len(cluster.members) < 2:
        return None
    members = [posting if pid == posting.id else engine.store.get(pid) for pid in cluster.members]
    return ClusterRead(
        canonical=cluster.canonical,
        members=[
            ClusterMemberRead(id=m.id, sources=[SourceRead.of(s) for s in m.sources])
            for m in members
        ],
    )


@router.get(
    "/{posting_id}/similar",
    summary="Similar postings",
    description="Postings most like this one (more-like-this over the index), best first.",
    responses=problems(400, 404, 422, 503),
)
def similar(
    engine: EngineDep,
    posting_id: PostingId,
    limit: Annotated[int, Query(ge=1, le=100, description="Hits at most.")] = 10,
) -> SimilarPage:
    posting = engine.store.get(posting_id)  # a 404 for an unknown id, not an empty list
    hits = engine.index.more_like_this(posting.id, limit=limit)
    return SimilarPage(hits=[SearchHitRead.of(hit) for hit in hits])
