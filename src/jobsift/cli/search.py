"""``jobsift search``, ``jobsift reindex``, ``jobsift delete`` and ``jobsift serve``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from jobsift.cli.output import (
    DbOption,
    JsonOption,
    QuietOption,
    cli_errors,
    err_console,
    make_engine,
    out_console,
    print_json,
)
from jobsift.errors import UsageError
from jobsift.index.base import SORTS, Filters, SearchRequest, Sort
from jobsift.search.service import MODES, SearchResult


def search(
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help="What to look for, as you would type it.")
    ] = "",
    db: DbOption = None,
    skill: Annotated[
        list[str] | None, typer.Option(metavar="ID", help="Skill id (repeat: all of them).")
    ] = None,
    occupation: Annotated[
        list[str] | None, typer.Option(metavar="URI", help="ESCO occupation.")
    ] = None,
    seniority: Annotated[
        list[str] | None, typer.Option(help="intern, junior ... executive.")
    ] = None,
    work_mode: Annotated[list[str] | None, typer.Option(help="remote, hybrid or onsite.")] = None,
    country: Annotated[list[str] | None, typer.Option(metavar="CC", help="ISO 3166 code.")] = None,
    city: Annotated[list[str] | None, typer.Option(metavar="CITY", help="City name.")] = None,
    company: Annotated[list[str] | None, typer.Option(metavar="NAME", help="Employer.")] = None,
    employment_type: Annotated[
        list[str] | None, typer.Option(metavar="TYPE", help="FULL_TIME, PART_TIME ...")
    ] = None,
    language: Annotated[list[str] | None, typer.Option(metavar="CODE", help="ISO 639-1.")] = None,
    salary_min: Annotated[
        float | None, typer.Option(metavar="AMOUNT", help="Yearly salary reaching at least this.")
    ] = None,
    salary_max: Annotated[
        float | None, typer.Option(metavar="AMOUNT", help="Yearly salary starting at most this.")
    ] = None,
    posted_from: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD")] = None,
    posted_to: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD")] = None,
    sort: Annotated[str, typer.Option(help="relevance, date or salary.")] = "relevance",
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    cursor: Annotated[str | None, typer.Option(help="Next page, from a previous page.")] = None,
    literal: Annotated[
        list[str] | None,
        typer.Option(help="Do not read this from the query (city, seniority ... or all)."),
    ] = None,
    mode: Annotated[
        str, typer.Option(help="auto, keyword or hybrid (keyword and meaning fused).")
    ] = "auto",
    collapse: Annotated[
        bool,
        typer.Option(help="One result per duplicate cluster (--no-collapse: every repost)."),
    ] = True,
    json: JsonOption = False,
) -> None:
    """Search the indexed postings: words, filters, facets.

    The query is read first: "senior python remote berlin" searches "python" with
    seniority=senior, work mode remote and city Berlin, and says so.
    """
    with cli_errors(), make_engine(db) as engine:
        if sort not in SORTS:
            raise UsageError(f"unknown sort {sort!r}", hint=f"use one of {', '.join(SORTS)}")
        if mode not in MODES:
            raise UsageError(f"unknown mode {mode!r}", hint=f"use one of {', '.join(MODES)}")
        filters = Filters(
            skill=tuple(skill or ()),
            occupation=tuple(occupation or ()),
            seniority=tuple(seniority or ()),
            work_mode=tuple(work_mode or ()),
            country=tuple(code.upper() for code in country or ()),
            city=tuple(city or ()),
            company=tuple(company or ()),
            employment_type=tuple(kind.upper() for kind in employment_type or ()),
            language=tuple(language or ()),
            salary_min=salary_min,
            salary_max=salary_max,
            posted_from=_date(posted_from, "--posted-from"),
            posted_to=_date(posted_to, "--posted-to"),
            collapse=collapse,
        )
        sort_by: Sort = sort
        request = SearchRequest(sort=sort_by, limit=limit, cursor=cursor, facet_size=5)
        result = engine.search.search(
            query,
            filters=filters,
            request=request,
            literal=literal or (),
            mode=mode,
        )
    if json:
        print_json(result_dict(result))
        return
    _print_result(result)


def result_dict(result: SearchResult) -> dict[str, Any]:
    """The JSON of a search: the same shape ``GET /v1/postings/search`` answers with."""
    from jobsift.api.schemas import SearchPage

    return SearchPage.of(result).model_dump(mode="json")


def _print_result(result: SearchResult) -> None:
    console = out_console()
    readings = ", ".join(f"{r.field}={r.value}" for r in result.understood.readings)
    if readings:
        console.print(f"read as: {escape(repr(result.understood.text))} + {escape(readings)}")
    for step in result.broadened:
        console.print(f"broadened: dropped {escape(step.dropped)} -> {step.total} results")
    table = Table("id", "title", "company", "place", "mode", "also posted", box=None)
    for hit in result.page.hits:
        card = hit.card
        table.add_row(
            hit.id[:12],
            escape(card.get("title") or ""),
            escape(card.get("company") or ""),
            escape("; ".join(card.get("locations") or ())),
            card.get("work_mode") or "",
            _also_posted(card.get("also_posted") or 0),
        )
    console.print(table)
    console.print(f"{result.page.total} results")
    if result.page.next_cursor:
        console.print(f"next page: --cursor {result.page.next_cursor}")


def _also_posted(others: int) -> str:
    return f"{others} more" if others else ""


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} expects a date as YYYY-MM-DD, got {value!r}") from None


def reindex(db: DbOption = None, quiet: QuietOption = False) -> None:
    """Rebuild the search index from the store, extracting what is not yet extracted."""
    with cli_errors(), make_engine(db) as engine:
        rebuilt, synced = engine.reindex()
        total = engine.index.count()
    if not quiet:
        err_console().print(
            f"indexed {total} postings ({rebuilt} from stored extractions, "
            f"{synced.extracted} newly extracted) into {engine.index_path or 'memory'}"
        )


def delete(
    posting_id: Annotated[str, typer.Argument(metavar="ID", help="A posting id or its start.")],
    db: DbOption = None,
) -> None:
    """Delete a posting from the store and the search index."""
    with cli_errors(), make_engine(db) as engine:
        removed = engine.delete(posting_id)
    err_console().print(f"deleted {removed.id}")


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Worker processes (one per core serves most).")
    ] = 1,
) -> None:
    """Serve the REST API (and its docs at /docs) over the database."""
    from jobsift.api.server import serve as run

    with cli_errors(), make_engine(db) as engine:
        engine.index.count()  # a bad database or index fails here, with our message
        settings = engine.settings
    err_console().print(f"jobsift serving on http://{host}:{port}/  (API docs: /docs)")
    with cli_errors():
        run(settings, host=host, port=port, workers=workers)
