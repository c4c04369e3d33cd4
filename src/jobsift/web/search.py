"""The search page: the API's search, shown.  Its parameters are the API's (``SearchQuery``),
so a page's URL and the JSON it shows are one query string apart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, get_origin

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from jobsift.api.deps import EngineDep
from jobsift.api.postings import run_search
from jobsift.api.schemas import SearchQuery
from jobsift.engine import Engine
from jobsift.errors import JobsiftError
from jobsift.index.base import FACET_NAMES, FACETS, FacetValue, SearchHit, SearchRequest
from jobsift.search.service import SearchResult
from jobsift.web.labels import field_label, salary_text
from jobsift.web.marks import Piece, highlighted
from jobsift.web.templating import render
from jobsift.web.urls import Params

router = APIRouter(include_in_schema=False)

PATH = "/"
#: Parameters that say how to show results, not which: a new query or filter drops them.
_PAGING = ("cursor",)
#: Parameters that are filters a chip can take away (one chip per value).
_FILTERS = (*FACETS, "currency", "salary_min", "salary_max", "posted_from", "posted_to")
SORTS = (("relevance", "Best match"), ("date", "Newest"), ("salary", "Best paid"))
#: Range facets -> the one parameter each of their values sets (a step, not one of many).
_RANGE_PARAMS = {"salary": "salary_min", "posted": "posted_from"}
_RANGE_FACET_OF = {param: facet for facet, param in _RANGE_PARAMS.items()}
#: Parameters that may repeat (``?skill=a&skill=b``).
_LISTS = frozenset(
    name for name, info in SearchQuery.model_fields.items() if get_origin(info.annotation) is list
)


@dataclass(frozen=True, slots=True)
class Chip:
    """A filter in force, with the link that takes it away."""

    field: str
    value: str
    remove: str
    read_from: str = ""  # the words of the query it was read from, for a reading
    dropped: bool = False  # a reading given up to find more (broadening)


@dataclass(frozen=True, slots=True)
class FacetLink:
    label: str
    count: int
    href: str
    selected: bool


@dataclass(frozen=True, slots=True)
class FacetView:
    name: str
    label: str
    values: list[FacetLink]


@dataclass(frozen=True, slots=True)
class HitView:
    id: str
    title: str
    company: str
    badges: list[tuple[str, str]]  # (kind, text)
    skills: list[str]
    salary: str
    posted: str
    also_posted: int
    snippet: list[Piece[bool]] = field(default_factory=list)


@router.get("/", response_class=HTMLResponse, name="web_search")
def search_page(request: Request, engine: EngineDep) -> HTMLResponse:
    params = Params.of(request.query_params.multi_items())
    try:
        query = SearchQuery.model_validate(_raw(params))
    except ValidationError as error:
        message = "; ".join(_problem(e) for e in error.errors(include_url=False))
        return render(request, "search.html", 422, params=params, error=message, **_empty())
    try:
        result = _search(engine, query)
    except JobsiftError as error:
        return render(request, "search.html", error.status, params=params, error=str(error),
                      **_empty())  # fmt: skip
    return render(request, "search.html", params=params, error="", **view(result, params))


def _raw(params: Params) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for key, value in params.pairs:
        if key in _LISTS:
            raw.setdefault(key, []).append(value)
        else:
            raw[key] = value
    return raw


def _problem(error: Any) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}"


def _search(engine: Engine, query: SearchQuery) -> SearchResult:
    request = SearchRequest(
        sort=query.sort, limit=query.limit, cursor=query.cursor,
        facets=query.facet_names(), facet_size=query.facet_size,
    )  # fmt: skip
    return run_search(engine, query, request, mode=query.mode)


def _empty() -> dict[str, Any]:
    return {"total": 0, "hits": [], "facets": [], "chips": [], "broadened": [], "next": "",
            "first": "", "sorts": [], "hidden": [], "q": ""}  # fmt: skip


def view(result: SearchResult, params: Params) -> dict[str, Any]:
    """What the template shows of a search ``result`` found for ``params``."""
    labels = _facet_labels(result)
    chips = _chips(result, params, labels)
    page = result.page
    return {
        "q": params.get("q") or "",
        "total": page.total,
        "hits": [hit_view(hit) for hit in page.hits],
        "facets": _facets(result, params, chips),
        "chips": chips,
        "broadened": [f"{b.dropped} ({b.total} found)" for b in result.broadened],
        "next": params.setting("cursor", page.next_cursor).href(PATH) if page.next_cursor else "",
        "first": params.without("cursor").href(PATH) if params.get("cursor") else "",
        "sorts": [
            (value, text, (params.get("sort") or "relevance") == value) for value, text in SORTS
        ],
        # The search form keeps the filters chosen (facets), not what was read from the old q.
        "hidden": [pair for pair in params.pairs if pair[0] in _FILTERS],
    }


def _facet_labels(result: SearchResult) -> dict[tuple[str, str], str]:
    return {(name, v.value): v.label for name, values in result.page.facets.items()
            for v in values}  # fmt: skip


def _chips(result: SearchResult, params: Params, labels: dict[tuple[str, str], str]) -> list[Chip]:
    base = params.without(*_PAGING)
    literal = [name for name in (params.get("literal") or "").split(",") if name]
    dropped = {b.dropped for b in result.broadened}
    chips = [
        Chip(r.field, r.value, base.setting("literal", ",".join([*literal, r.field])).href(PATH),
             read_from=r.words, dropped=f"{r.field}={r.value}" in dropped)
        for r in result.understood.readings
    ]  # fmt: skip
    for key, value in params.pairs:
        if key in _FILTERS:
            label = labels.get((_RANGE_FACET_OF.get(key, key), value), value)
            chips.append(Chip(key, label, base.removing(key, value).href(PATH)))
    return chips


def _facets(result: SearchResult, params: Params, chips: list[Chip]) -> list[FacetView]:
    base = params.without(*_PAGING)
    undo = {(c.field, c.value): c.remove for c in chips if c.read_from}
    views = []
    for name in FACET_NAMES:
        values = result.page.facets.get(name) or []
        if values:
            links = [_facet_link(name, v, base, result, undo) for v in values]
            views.append(FacetView(name, field_label(name), links))
    return views


def _facet_link(
    name: str, value: FacetValue, base: Params, result: SearchResult,
    undo: dict[tuple[str, str], str],
) -> FacetLink:  # fmt: skip
    param = _RANGE_PARAMS.get(name)
    if param is not None:  # one step at a time: choosing another replaces it
        selected = base.get(param) == value.value
        href = base.setting(param, None if selected else value.value).href(PATH)
        return FacetLink(value.label, value.count, href, selected)
    selected = value.value in result.filters.values(name)
    href = undo.get((name, value.value)) or base.toggling(name, value.value).href(PATH)
    return FacetLink(value.label, value.count, href, selected)


def hit_view(hit: SearchHit) -> HitView:
    """What a result shows of a hit's card (also the posting page's similar postings)."""
    card = hit.card
    badges = [("place", place) for place in card.get("locations") or () if place]
    badges += [(kind, str(card[kind])) for kind in ("work_mode", "seniority") if card.get(kind)]
    snippet = highlighted(hit.snippet.text, hit.snippet.highlights) if hit.snippet else []
    return HitView(
        id=hit.id,
        title=str(card.get("title") or "(untitled)"),
        company=str(card.get("company") or ""),
        badges=badges,
        skills=[str(skill) for skill in card.get("skills") or ()],
        salary=salary_text(card.get("salary")),
        posted=str(card.get("posted") or ""),
        also_posted=int(card.get("also_posted") or 0),
        snippet=snippet,
    )
