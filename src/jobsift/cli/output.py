"""How the CLI talks: data to stdout, messages and progress to stderr, errors with exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import orjson
import typer
from rich.console import Console

from jobsift.engine import Engine
from jobsift.errors import JobsiftError, UsageError
from jobsift.settings import Settings

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help="Database: sqlite:///PATH or a file path. Default: $JOBSIFT_DATABASE_URL, "
        "else jobsift.db in your user data folder.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; errors only.")
]


def err_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def out_console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def make_engine(db: str | None, **overrides: Any) -> Engine:
    """An engine over ``--db`` (else the settings' database); ``overrides`` that are not None
    replace settings."""
    given = {name: value for name, value in overrides.items() if value is not None}
    if db:
        given["database_url"] = db
    return Engine(Settings(**given))


def print_json(value: Any) -> None:
    sys.stdout.write(orjson.dumps(value, option=orjson.OPT_INDENT_2).decode() + "\n")


def print_jsonl(value: Any) -> None:
    sys.stdout.write(orjson.dumps(value).decode() + "\n")


@contextmanager
def cli_errors() -> Iterator[None]:
    """Our errors become one clear line on stderr and an exit code: 2 for usage, else 1."""
    try:
        yield
    except UsageError as exc:
        err_console().print(f"[bold red]error:[/] {exc}", markup=True)
        raise typer.Exit(EXIT_USAGE) from None
    except JobsiftError as exc:
        err_console().print(f"[bold red]error:[/] {exc}", markup=True)
        raise typer.Exit(EXIT_REJECTED) from None


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``["title=Job Name", "description=Body"]`` -> ``{"title": "Job Name", ...}``."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise UsageError(f"--map expects FIELD=COLUMN, got {pair!r}")
        mapping[field.strip()] = column.strip()
    return mapping
