"""The ``jobsift`` command line: one Typer app, one module per command group."""

from __future__ import annotations

from typing import Annotated

import typer

from jobsift import __version__
from jobsift.cli import (
    browse,
    dedupe,
    evaluate,
    export,
    generate,
    ingest,
    link,
    match,
    search,
    stats,
)

app = typer.Typer(
    name="jobsift",
    help="Turn messy job postings into structured, evidence-backed, searchable data.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

app.command("ingest")(ingest.ingest)
app.command("extract")(ingest.extract)
app.command("list")(browse.list_postings)
app.command("show")(browse.show)
app.command("export")(export.export)
app.add_typer(stats.app, name="stats")
app.command("generate")(generate.generate)
app.command("skills")(link.skills)
app.command("occupations")(link.occupations)
app.command("eval")(evaluate.evaluate)
app.command("search")(search.search)
app.command("reindex")(search.reindex)
app.command("delete")(search.delete)
app.command("serve")(search.serve)
app.command("match")(match.match)
app.command("dedupe")(dedupe.dedupe)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jobsift {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Turn messy job postings into structured, evidence-backed, searchable data."""


def main() -> None:
    app()
