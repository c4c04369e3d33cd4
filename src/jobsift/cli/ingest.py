"""``jobsift ingest`` and ``jobsift extract``: reading inputs, with or without storing them."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)

from jobsift.cli.output import (
    EXIT_OK,
    EXIT_REJECTED,
    DbOption,
    JsonOption,
    QuietOption,
    cli_errors,
    err_console,
    make_engine,
    parse_mapping,
    print_json,
    print_jsonl,
)
from jobsift.engine import IngestReport
from jobsift.extract.extraction import Extraction
from jobsift.ingest import FORMATS, InputProgress, ReadProblem
from jobsift.ingest.sources import input_bytes
from jobsift.model import RawPosting
from jobsift.store import AddResult

#: Inputs from this size on (about 3,000 postings) are extracted on every core by default.
_PARALLEL_BYTES = 4 * 2**20
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Worker processes (default: every core, up to 4, for inputs over 4 MB; else 1).",
    ),
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders (read recursively), .gz files, or - for standard input.",
        metavar="PATH",
        show_default=False,
    ),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"Read every input as this format ({', '.join(FORMATS)}); default: detect.",
        show_default=False,
    ),
]
MapOption = Annotated[
    list[str] | None,
    typer.Option(
        "--map",
        metavar="FIELD=COLUMN",
        help="FIELD=COLUMN: read a field from a differently named column or key (repeatable).",
        show_default=False,
    ),
]
_SHOWN_PROBLEMS = 20


def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    format: FormatOption = None,
    map: MapOption = None,
    json: JsonOption = False,
    quiet: QuietOption = False,
    index: Annotated[
        bool,
        typer.Option(
            "--index/--no-index",
            help="Extract and index new postings before returning, so they are searchable "
            "(default: $JOBSIFT_INDEX_ON_INGEST, on); --no-index leaves it to `jobsift reindex`.",
            show_default=False,
        ),
    ] = True,
) -> None:
    """Read postings and store them; re-reading the same input adds nothing.

    New postings are then extracted and indexed, so they are searchable when it returns.
    Exit code 0 when every record was read, 1 when some were rejected (the rest are kept).
    """
    with cli_errors(), make_engine(db, index_on_ingest=None if index else False) as engine:
        mapping = _mapping(map)
        engine.read(paths, format=format, mapping=mapping)  # checks paths and format up front
        with _progress_bar(paths, quiet) as on_progress:
            report = engine.ingest(paths, format=format, mapping=mapping, on_progress=on_progress)
    _report(report, json=json, quiet=quiet)
    raise typer.Exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def extract(
    paths: PathsArgument,
    format: FormatOption = None,
    map: MapOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Print each posting with every extracted field as one JSON line; store nothing.

    Each field has its value, evidence spans (character offsets into the text), confidence
    and basis.  Problems go to stderr; exit code 1 when some records were rejected.
    """
    rejected = 0
    with cli_errors(), make_engine(None) as engine:
        workers = _workers(jobs, paths)
        for item in engine.extract(paths, format=format, mapping=_mapping(map), jobs=workers):
            if isinstance(item, ReadProblem):
                rejected += item.severity == "error"
                if not quiet or item.severity == "error":
                    err_console().print(f"{item.severity}: {escape(str(item))}")
                continue
            print_jsonl(extracted_dict(*item))
    raise typer.Exit(EXIT_REJECTED if rejected else EXIT_OK)


def _workers(jobs: int | None, paths: list[str]) -> int:
    """``--jobs``, else every core for inputs big enough to repay loading an extractor per
    worker (a second or two each), else one."""
    if jobs is not None:
        return jobs
    size = input_bytes(paths) or 0
    return min(os.cpu_count() or 1, 4) if size >= _PARALLEL_BYTES else 1


def extracted_dict(raw: RawPosting, extraction: Extraction) -> dict[str, object]:
    """The JSON shape ``jobsift extract`` prints for one posting."""
    source = raw.source
    return {
        "id": raw.id,
        "source": {
            "uri": source.uri,
            "locator": source.locator,
            "format": source.format,
            "url": source.url,
        },
        "declared": raw.declared.to_dict(),
        "text": raw.text,
        "extraction": extraction.to_dict(),
    }


def _mapping(pairs: list[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = parse_mapping(pairs)
    from jobsift.ingest.records import validate_mapping

    validate_mapping(mapping)
    return mapping


class _ProgressBar:
    """A rich progress bar over input bytes, when a person is watching stderr."""

    def __init__(self, total: int | None) -> None:
        columns = (
            (SpinnerColumn(), TextColumn("{task.description}"))
            if total is None
            else (TextColumn("{task.description}"), BarColumn(), DownloadColumn())
        )
        self._progress = Progress(
            *columns,
            TransferSpeedColumn(),
            TimeElapsedColumn(),
            console=err_console(),
            transient=True,
        )
        self._task = self._progress.add_task("reading", total=total)
        self._postings = 0

    def __call__(self, progress: InputProgress, result: AddResult) -> None:
        self._postings += result.received
        self._progress.update(
            self._task,
            completed=progress.bytes_read,
            description=f"{self._postings:,} postings",
        )

    def __enter__(self) -> _ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress_bar(paths: list[str], quiet: bool) -> _ProgressBar | _NoProgress:
    if quiet or not sys.stderr.isatty():
        return _NoProgress()
    return _ProgressBar(input_bytes(paths))


def _report(report: IngestReport, *, json: bool, quiet: bool) -> None:
    if json:
        print_json(report.to_dict())
        return
    console = err_console()
    for problem in report.problems[:_SHOWN_PROBLEMS]:
        if problem.severity == "error" or not quiet:
            console.print(f"{problem.severity}: {escape(str(problem))}")
    hidden = report.rejected + report.warnings - min(len(report.problems), _SHOWN_PROBLEMS)
    if hidden > 0 and not quiet:
        console.print(f"... and {hidden:,} more problems (use --json to see up to 1,000)")
    if not quiet:
        rate = report.read / report.seconds if report.seconds else 0.0
        console.print(
            f"read {report.read:,} postings in {report.seconds:.1f}s ({rate:,.0f}/s): "
            f"{report.new_postings:,} new, {report.new_sources - report.new_postings:,} new "
            f"sources of known postings, {report.already_stored:,} already stored; "
            f"{report.rejected:,} rejected, {report.warnings:,} warnings"
            + (f"; {report.indexed:,} indexed" if report.indexed else "")
        )
