"""``jobsift skills`` and ``jobsift occupations``: rank taxonomy concepts for free text."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from jobsift.cli.output import cli_errors, out_console, print_json
from jobsift.errors import UsageError
from jobsift.extract.types import Candidate

TopOption = Annotated[
    int, typer.Option("--top", "-k", metavar="N", min=1, max=100, help="How many to list (1-100).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="CODE",
        help="The title's language: en (the default), de, fr, es, pt, pl, it, nl.",
    ),
]
LANGUAGES = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")


def skills(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="A sentence or phrase.")],
    top: TopOption = 10,
    json: JsonOption = False,
) -> None:
    """Rank ESCO skills for a free sentence, even when no skill name occurs in it."""
    from jobsift.extract.defaults import link_skills

    with cli_errors():
        _show(link_skills(text, k=top), json=json, title="ESCO skills")


SemanticOption = Annotated[
    bool | None,
    typer.Option(
        "--semantic/--words-only",
        help="Fuse the sentence encoder's reading with the word match (the default when the "
        "semantic extra is installed; its first use in a language embeds the labels, 10-35 s, "
        "kept in the cache folder), or rank by words alone.",
        show_default=False,
    ),
]


def occupations(
    title: Annotated[str, typer.Argument(metavar="TITLE", help="A job title as written.")],
    lang: LangOption = None,
    top: TopOption = 10,
    json: JsonOption = False,
    semantic: SemanticOption = None,
) -> None:
    """Rank ESCO occupations for a job title in one of eight languages."""
    from jobsift.extract.defaults import link_occupation

    with cli_errors():
        if lang is not None and lang not in LANGUAGES:
            raise UsageError(
                f"unknown language {lang!r}", hint=f"use one of {', '.join(LANGUAGES)}"
            )
        found = link_occupation(title, lang=lang, k=top, semantic=semantic)
        _show(found, json=json, title="ESCO occupations")


def _show(candidates: list[Candidate], *, json: bool, title: str) -> None:
    if json:
        print_json([candidate._asdict() for candidate in candidates])
        return
    table = Table(title=title)
    for column in ("score", "label", "uri"):
        table.add_column(column, justify="right" if column == "score" else "left")
    for candidate in candidates:
        table.add_row(f"{candidate.score:.3f}", candidate.label, candidate.uri)
    out_console().print(table)
