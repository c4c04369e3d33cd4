"""``jobsift list``, ``jobsift show`` and ``jobsift stats``: looking at what is stored."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from jobsift.cli.output import (
    DbOption,
    JsonOption,
    cli_errors,
    make_engine,
    out_console,
    print_json,
)
from jobsift.export import posting_to_dict
from jobsift.model import Posting

_SHORT_ID = 12


def list_postings(
    db: DbOption = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=1, max=10_000, metavar="N", help="Postings per page."),
    ] = 20,
    cursor: Annotated[
        str | None,
        typer.Option(metavar="CURSOR", help="Start after this cursor (from a previous page)."),
    ] = None,
    json: JsonOption = False,
) -> None:
    """List stored postings, oldest first, a page at a time."""
    with cli_errors(), make_engine(db) as engine:
        page = engine.store.page(limit=limit, cursor=cursor)
    if json:
        print_json(
            {
                "postings": [_summary(p) for p in page.postings],
                "next_cursor": page.next_cursor,
            }
        )
        return
    table = Table("id", "title", "company", "sources", "first seen", box=None)
    for posting in page.postings:
        table.add_row(
            posting.id[:_SHORT_ID],
            escape(_title(posting)),
            escape(posting.declared.company or ""),
            str(len(posting.sources)),
            posting.first_seen.date().isoformat(),
        )
    console = out_console()
    console.print(table)
    if page.next_cursor:
        console.print(f"next page: jobsift list --cursor {page.next_cursor}")


def show(
    posting_id: Annotated[
        str,
        typer.Argument(
            help="A posting id, or its first characters.", metavar="ID", show_default=False
        ),
    ],
    db: DbOption = None,
    json: JsonOption = False,
) -> None:
    """Show one posting: its text, what its sources declared, and every source."""
    with cli_errors(), make_engine(db) as engine:
        posting = engine.store.get(posting_id)
    if json:
        print_json(posting_to_dict(posting))
        return
    _print_posting(posting)


def stats(db: DbOption = None, json: JsonOption = False) -> None:
    """Count what is stored: postings, sources, inputs, formats."""
    with cli_errors(), make_engine(db) as engine:
        numbers = engine.store.stats()
    if json:
        print_json(asdict(numbers))
        return
    table = Table(box=None, show_header=False)
    table.add_row("database", escape(numbers.location))
    table.add_row("postings", f"{numbers.postings:,}")
    table.add_row("sources", f"{numbers.sources:,}")
    table.add_row("inputs", f"{numbers.inputs:,}")
    for fmt, count in sorted(numbers.by_format.items()):
        table.add_row(f"  from {fmt}", f"{count:,}")
    table.add_row("first seen", numbers.first_seen or "-")
    table.add_row("last seen", numbers.last_seen or "-")
    if numbers.size_bytes is not None:
        table.add_row("size", f"{numbers.size_bytes / 1e6:,.1f} MB")
    table.add_row("schema version", str(numbers.schema_version))
    out_console().print(table)


def _title(posting: Posting) -> str:
    """The declared title, else the one the text states (pasted postings declare none), else
    the text's first line."""
    if posting.declared.title:
        return posting.declared.title
    from jobsift.extract.title import extract_title

    found = extract_title(posting.text)
    if found is not None and found.basis == "stated":
        return found.value
    return posting.display_title


def _summary(posting: Posting) -> dict[str, object]:
    return {
        "id": posting.id,
        "title": _title(posting),
        "company": posting.declared.company,
        "sources": len(posting.sources),
        "first_seen": posting.first_seen.isoformat(),
    }


def _print_posting(posting: Posting) -> None:
    console = out_console()
    fields = Table(box=None, show_header=False)
    fields.add_row("id", posting.id)
    for name, value in posting.declared.to_dict().items():
        shown = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
        fields.add_row(name, escape(shown))
    fields.add_row("first seen", posting.first_seen.isoformat())
    console.print(fields)
    console.rule("text", align="left")
    console.print(escape(posting.text))
    console.rule()
    for source in posting.sources:
        url = f"  {source.url}" if source.url else ""
        console.print(f"source: {escape(source.uri)} ({source.locator}, {source.format}){url}")
