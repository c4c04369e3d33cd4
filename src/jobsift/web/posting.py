"""The posting page: the original text with every extracted field's evidence highlighted in
place, the fields beside it, its sources and duplicate cluster, and export links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from jobsift.api.deps import EngineDep
from jobsift.api.postings import cluster_read
from jobsift.api.schemas import ClusterRead, SourceRead
from jobsift.engine import Engine
from jobsift.errors import JobsiftError
from jobsift.export import to_schemaorg
from jobsift.model import Posting, Source
from jobsift.web.evidence import evidence, safe_url
from jobsift.web.labels import field_label
from jobsift.web.search import HitView, hit_view
from jobsift.web.templating import render, security_headers

router = APIRouter(include_in_schema=False)

#: Similar postings shown under a posting.
SIMILAR = 5


@dataclass(frozen=True, slots=True)
class SourceView:
    uri: str
    locator: str
    format: str
    url: str | None  # only http(s): a link
    seen_at: str


@dataclass(frozen=True, slots=True)
class MemberView:
    id: str
    canonical: bool
    current: bool
    sources: list[SourceView]


@router.get("/postings/{posting_id}", response_class=HTMLResponse, name="web_posting")
def posting_page(request: Request, engine: EngineDep, posting_id: str) -> HTMLResponse:
    try:
        posting = engine.store.get(posting_id)
        stored = engine.store.get_extraction(posting.id)
        cluster = cluster_read(engine, posting)
    except JobsiftError as error:
        return render(request, "error.html", error.status, error=error)
    extraction = orjson.loads(stored.data) if stored else None
    return render(request, "posting.html", similar=_similar(engine, posting),
                  **view(posting, extraction, cluster))  # fmt: skip


def _similar(engine: Engine, posting: Posting) -> list[HitView]:
    """Postings most like this one; none when the index cannot say (not indexed yet)."""
    try:
        return [hit_view(hit) for hit in engine.index.more_like_this(posting.id, limit=SIMILAR)]
    except JobsiftError:
        return []


def view(
    posting: Posting, extraction: dict[str, Any] | None, cluster: ClusterRead | None
) -> dict[str, Any]:
    found = evidence(posting.text, extraction)
    declared = [(field_label(k), _declared_text(v)) for k, v in posting.declared.to_dict().items()
                if v not in (None, "", [], ())]  # fmt: skip
    return {
        "posting": posting,
        "title": posting.display_title,
        "evidence": found,
        "extracted": extraction is not None,
        "declared": declared,
        "sources": [_source(s) for s in posting.sources],
        "members": _members(posting, cluster),
    }


def _declared_text(value: Any) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)


def _source(source: Source | SourceRead) -> SourceView:
    return SourceView(source.uri, source.locator, source.format, safe_url(source.url),
                      source.seen_at.isoformat(timespec="seconds"))  # fmt: skip


def _members(posting: Posting, cluster: ClusterRead | None) -> list[MemberView]:
    if cluster is None:
        return []
    return [
        MemberView(
            id=member.id,
            canonical=member.id == cluster.canonical,
            current=member.id == posting.id,
            sources=[_source(s) for s in member.sources],
        )
        for member in cluster.members
    ]


@router.get("/postings/{posting_id}/jobposting.json", name="web_posting_schemaorg")
def posting_schemaorg(request: Request, engine: EngineDep, posting_id: str) -> Response:
    """The posting as a schema.org ``JobPosting`` (JSON-LD), as ``jobsift export`` writes it."""
    try:
        posting = engine.store.get(posting_id)
    except JobsiftError as error:
        return render(request, "error.html", error.status, error=error)
    body = orjson.dumps(to_schemaorg(posting), option=orjson.OPT_INDENT_2)
    headers = {**security_headers(),
               "Content-Disposition": f'attachment; filename="{posting.id}.jsonld"'}  # fmt: skip
    return Response(body, media_type="application/ld+json", headers=headers)
