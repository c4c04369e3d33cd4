"""``jobsift dedupe``: recompute every near-duplicate cluster from the stored postings."""

from __future__ import annotations

from typing import Annotated

import typer

from jobsift.cli.output import (
    DbOption,
    JsonOption,
    QuietOption,
    cli_errors,
    err_console,
    make_engine,
    print_json,
)


def dedupe(
    db: DbOption = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, max=64, help="Worker processes (default: one a core)."),
    ] = None,
    json: JsonOption = False,
    quiet: QuietOption = False,
) -> None:
    """Find near-duplicate postings again, from scratch: reposts with edits, agency reposts,
    the same job on other boards.  New postings join clusters as they are indexed; run this
    after changing jobsift, or to start clean."""
    with cli_errors(), make_engine(db) as engine:
        report = engine.dedupe(workers=jobs)
    if json:
        print_json(report.to_dict())
    elif not quiet:
        err_console().print(
            f"{report.postings} postings: {report.clusters} clusters of duplicates holding "
            f"{report.clustered} postings ({report.duplicates} reposts), largest "
            f"{report.largest}; {report.seconds:.1f} s"
        )
