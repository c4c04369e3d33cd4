"""``jobsift export``: every stored posting as JSON Lines, CSV or schema.org JSON-LD."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from jobsift.cli.output import DbOption, QuietOption, cli_errors, err_console, make_engine
from jobsift.errors import UsageError
from jobsift.export import EXPORT_FORMATS, ExportReport, export_postings


def export(
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help=f"One of: {', '.join(EXPORT_FORMATS)}."
        ),
    ] = "jsonl",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here instead of stdout."),
    ] = None,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Write every stored posting out.

    schemaorg writes one JSON-LD JobPosting per line, with the properties Google for Jobs
    requires where the posting states them.
    """
    with cli_errors(), make_engine(db) as engine:
        if format not in EXPORT_FORMATS:
            raise UsageError(
                f"unknown export format {format!r}",
                hint=f"choose one of {', '.join(EXPORT_FORMATS)}",
            )
        postings = engine.store.iter_postings()
        if output is None:
            report = export_postings(postings, sys.stdout, format)
        else:
            with _open_output(output) as out:
                report = export_postings(postings, out, format)
    if not quiet:
        _summary(report, output)


def _open_output(path: Path) -> TextIO:
    try:
        return path.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc


def _summary(report: ExportReport, output: Path | None) -> None:
    console = err_console()
    where = f" to {output}" if output else ""
    console.print(f"exported {report.written:,} postings{where}")
    for name, count in sorted(report.missing.items()):
        console.print(
            f"note: {count:,} postings lack {name}, which Google for Jobs requires "
            "(their sources did not state it)"
        )
