"""``jobsift match``: postings for a resume, or (``--posting``) resumes for a posting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from jobsift.errors import UsageError
from jobsift.index.base import Filters

if TYPE_CHECKING:  # the API's shapes load pydantic models: only when a match runs
    from jobsift.api.match import MatchPage, MatchRead, ProfilesMatchPage

ResumesArgument = Annotated[
    list[Path],
    typer.Argument(
        metavar="RESUME...",
        help="A resume (.txt, .md, .pdf) or JSON profile; with --posting, several.",
    ),
]


def match(
    resumes: ResumesArgument,
    db: DbOption = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, max=100, help="Postings to show.")] = 10,
    posting: Annotated[
        str | None,
        typer.Option(metavar="ID", help="Rank the resumes for this posting instead."),
    ] = None,
    country: Annotated[list[str] | None, typer.Option(metavar="CC", help="Only here.")] = None,
    work_mode: Annotated[list[str] | None, typer.Option(help="remote, hybrid or onsite.")] = None,
    candidates: Annotated[
        int, typer.Option(min=10, max=2000, help="Postings retrieved and scored.")
    ] = 300,
    json: JsonOption = False,
) -> None:
    """Rank postings for a resume, each with why it matches and what is missing, and say
    which skills would make more postings match."""
    from jobsift.api.match import MatchPage, ProfilesMatchPage
    from jobsift.match import read_profile

    with cli_errors(), make_engine(db) as engine:
        profiles = [read_profile(path, engine.extractor) for path in resumes]
        if posting is not None:
            found = engine.store.get(posting)
            ranking = engine.match.rank_profiles(found.id, profiles)
            page: MatchPage | ProfilesMatchPage = ProfilesMatchPage.of(ranking, found.text)
        else:
            if len(profiles) > 1:
                raise UsageError("give one resume, or --posting ID to rank several")
            filters = Filters(
                country=tuple(code.upper() for code in country or ()),
                work_mode=tuple(work_mode or ()),
            )
            result = engine.match.match(
                profiles[0], filters=filters, limit=top, candidates=candidates
            )
            page = MatchPage.of(result)
    if json:
        print_json(page.model_dump(mode="json"))
    elif isinstance(page, MatchPage):
        _print_matches(page)
    else:
        _print_profiles(page)


def _print_matches(page: MatchPage) -> None:
    console = out_console()
    profile = page.profile
    skills = ", ".join(skill.label for skill in profile.skills)
    console.print(f"profile: {escape(', '.join(profile.titles) or '-')}; skills: {escape(skills)}")
    for note in page.notes:
        console.print(f"  note: {escape(note)}")
    for n, result in enumerate(page.results, 1):
        card = result.card
        where = "; ".join(card.get("locations") or ())
        console.print(
            f"\n{n}. [bold]{escape(card.get('title') or '')}[/bold]  "
            f"{escape(card.get('company') or '')}  {escape(where)}  "
            f"score {result.score:.2f}  ({result.posting_id[:12]})"
        )
        _print_explanation(result)
    gap = page.gap
    console.print(f"\nskill gap over {gap.considered} postings ({gap.matching} already match):")
    for skill in gap.skills:
        console.print(f"  learning {escape(skill.label)} would make {skill.postings} more match")


def _print_explanation(result: MatchRead) -> None:
    console = out_console()
    if result.matched:
        shown = ", ".join(f"{m.label} ({m.requirement})" for m in result.matched)
        console.print(f"   matched: {escape(shown)}")
    for r in result.related:
        console.print(
            f"   related: {escape(r.profile_skill.label)} {escape(r.phrase)} "
            f"{escape(r.posting_skill.label)} ({r.credit:.0%})"
        )
    if result.missing_required:
        console.print(f"   missing: {escape(', '.join(m.label for m in result.missing_required))}")
    if result.missing_preferred:
        shown = ", ".join(m.label for m in result.missing_preferred)
        console.print(f"   nice to have: {escape(shown)}")
    console.print("   fit: " + escape("; ".join(f.note for f in result.fit)))


def _print_profiles(page: ProfilesMatchPage) -> None:
    console = out_console()
    table = Table("#", "profile", "score", "matched", "missing", box=None)
    for n, item in enumerate(page.results, 1):
        table.add_row(
            str(n),
            escape(item.profile.name or f"profile {item.index + 1}"),
            f"{item.match.score:.2f}",
            escape(", ".join(m.label for m in item.match.matched)),
            escape(", ".join(m.label for m in item.match.missing_required)),
        )
    console.print(f"profiles for posting {page.posting_id[:12]}")
    console.print(table)
