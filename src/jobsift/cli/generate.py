"""``jobsift generate``: the seeded sample corpus (written here, not scraped) for demos."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jobsift.cli.output import QuietOption, cli_errors, err_console
from jobsift.errors import UsageError

_FORMATS = ("jsonl", "text")


def generate(
    output: Annotated[
        Path, typer.Argument(help="File to write.", metavar="OUTPUT", show_default=False)
    ],
    count: Annotated[
        int, typer.Option("--count", "-n", min=1, metavar="N", help="How many postings.")
    ] = 5000,
    seed: Annotated[
        int, typer.Option(metavar="N", help="Same seed, same corpus, on every machine.")
    ] = 0,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="jsonl or text.")
    ] = "jsonl",
    truth: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Also write the ground truth (fields, duplicate clusters) as JSON Lines.",
        ),
    ] = None,
    quiet: QuietOption = False,
) -> None:
    """Generate realistic postings in eight languages, with reposts of the same job."""
    from jobsift.corpus.generator import write_jsonl, write_text

    with cli_errors():
        if format not in _FORMATS:
            raise UsageError(f"unknown format {format!r}", hint="choose jsonl or text")
        if format == "text" and truth is not None:
            raise UsageError("--truth goes with --format jsonl")
        output.parent.mkdir(parents=True, exist_ok=True)
        if format == "jsonl":
            write_jsonl(output, count, seed=seed, truth_path=truth)
        else:
            write_text(output, count, seed=seed)
    if not quiet:
        err_console().print(f"wrote {count:,} postings to {output}")
