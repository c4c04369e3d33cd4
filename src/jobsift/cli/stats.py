"""``jobsift stats``: what is stored (no subcommand), and skill-demand analytics
(``skills``, ``cooccurring``, ``rising``, ``salaries``) as a table, CSV, JSON or Parquet.

The JSON is the API's response (``GET /v1/analytics/...``); the other formats hold its rows.
Options are checked by the API's query models, so both sides accept the same values.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from jobsift.api.analytics import (
    CooccurringQuery,
    RisingQuery,
    SalariesQuery,
    SkillDemandQuery,
    SliceQuery,
)
from jobsift.cli import browse
from jobsift.cli.output import (
    DbOption,
    JsonOption,
    cli_errors,
    err_console,
    make_engine,
    out_console,
)
from jobsift.engine import Engine
from jobsift.errors import UsageError

Q = TypeVar("Q", bound=SliceQuery)
FORMATS = ("table", "csv", "json", "parquet")

app = typer.Typer(
    name="stats",
    invoke_without_command=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

CountryOption = Annotated[
    list[str] | None, typer.Option("--country", metavar="CC", help="ISO 3166 code (repeat: any).")
]
CityOption = Annotated[
    list[str] | None, typer.Option("--city", metavar="CITY", help="City name (repeat: any).")
]
OccupationOption = Annotated[
    list[str] | None, typer.Option("--occupation", metavar="URI", help="ESCO occupation URI.")
]
SeniorityOption = Annotated[
    list[str] | None,
    typer.Option("--seniority", metavar="LEVEL", help="intern, junior ... executive."),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", metavar="YYYY-MM-DD", help="First posted on or after.")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", metavar="YYYY-MM-DD", help="First posted on or before.")
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format", "-f", metavar="FORMAT", help="table, csv, json or parquet (needs --output)."
    ),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write here, not stdout.")
]
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", metavar="N", help="Rows at most (per group).")
]


@app.callback()
def stats(ctx: typer.Context, db: DbOption = None, json: JsonOption = False) -> None:
    """Count what is stored: postings, sources, inputs, formats.

    Subcommands count skill demand, once per duplicate cluster: skills, cooccurring, rising,
    salaries (see `jobsift stats skills --help`).
    """
    if ctx.invoked_subcommand is None:
        browse.stats(db=db, json=json)


@app.command("skills")
def skills(
    db: DbOption = None,
    by: Annotated[
        str,
        typer.Option(
            metavar="GROUP", help="month, week, country, city, occupation, seniority, none."
        ),
    ] = "none",
    skill: Annotated[
        list[str] | None, typer.Option(metavar="ID", help="Only this skill (repeat).")
    ] = None,
    country: CountryOption = None,
    city: CityOption = None,
    occupation: OccupationOption = None,
    seniority: SeniorityOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    format: FormatOption = "table",
    output: OutputOption = None,
) -> None:
    """Skill demand: the most asked-for skills, counted once per duplicate cluster, with their
    share of the group's postings (e.g. --by month --country DE)."""
    fields = _slice(country, city, occupation, seniority, since, until)

    def run(engine: Engine) -> BaseModel:
        query = _query(SkillDemandQuery, by=by, skill=skill or [], limit=limit, **fields)
        return query.page(engine)

    _report(db, run, format, output)


@app.command("cooccurring")
def cooccurring(
    skill_id: Annotated[str, typer.Argument(metavar="SKILL_ID", help="e.g. tech:python.")],
    db: DbOption = None,
    order: Annotated[
        str, typer.Option(metavar="ORDER", help="count or lift (most above chance).")
    ] = "count",
    min_count: Annotated[int, typer.Option(metavar="N", help="Postings together at least.")] = 1,
    country: CountryOption = None,
    city: CityOption = None,
    occupation: OccupationOption = None,
    seniority: SeniorityOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    format: FormatOption = "table",
    output: OutputOption = None,
) -> None:
    """Skills most often asked for together with SKILL_ID, with share and lift."""
    fields = _slice(country, city, occupation, seniority, since, until)

    def run(engine: Engine) -> BaseModel:
        query = _query(CooccurringQuery, skill=skill_id, order=order, min_count=min_count,
                       limit=limit, **fields)  # fmt: skip
        return query.page(engine)

    _report(db, run, format, output)


@app.command("rising")
def rising(
    db: DbOption = None,
    period: Annotated[str, typer.Option(metavar="PERIOD", help="month or week.")] = "month",
    current: Annotated[
        str | None,
        typer.Option(metavar="PERIOD", help="2025-03 or 2025-W11; default: the latest."),
    ] = None,
    alpha: Annotated[
        float, typer.Option(metavar="P", help="Significance level of the z-test.")
    ] = 0.05,
    min_count: Annotated[int, typer.Option(metavar="N", help="Postings this period at least.")] = 5,
    significant_only: Annotated[
        bool, typer.Option("--significant-only", help="Only significant rises.")
    ] = False,
    country: CountryOption = None,
    city: CityOption = None,
    occupation: OccupationOption = None,
    seniority: SeniorityOption = None,
    limit: LimitOption = 20,
    format: FormatOption = "table",
    output: OutputOption = None,
) -> None:
    """Rising skills: share this period against the one before, by a two-proportion z-test."""
    fields = _slice(country, city, occupation, seniority, None, None)

    def run(engine: Engine) -> BaseModel:
        query = _query(RisingQuery, period=period, current=current, alpha=alpha,
                       min_count=min_count, significant_only=significant_only, limit=limit,
                       **fields)  # fmt: skip
        return query.page(engine)

    _report(db, run, format, output)


@app.command("salaries")
def salaries(
    db: DbOption = None,
    by: Annotated[str, typer.Option(metavar="GROUP", help="skill, occupation or none.")] = "skill",
    skill: Annotated[
        list[str] | None, typer.Option(metavar="ID", help="Only postings with this skill.")
    ] = None,
    currency: Annotated[str | None, typer.Option(metavar="CODE", help="ISO 4217.")] = None,
    min_count: Annotated[
        int, typer.Option(metavar="N", help="Salaried postings per group at least.")
    ] = 1,
    country: CountryOption = None,
    city: CityOption = None,
    occupation: OccupationOption = None,
    seniority: SeniorityOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    format: FormatOption = "table",
    output: OutputOption = None,
) -> None:
    """Yearly salary distribution (quartiles) per skill or occupation, by currency."""
    fields = _slice(country, city, occupation, seniority, since, until)

    def run(engine: Engine) -> BaseModel:
        query = _query(SalariesQuery, by=by, skill=skill or [], currency=currency,
                       min_count=min_count, limit=limit, **fields)  # fmt: skip
        return query.page(engine)

    _report(db, run, format, output)


# -- shared ---------------------------------------------------------------------------------


def _slice(
    country: list[str] | None,
    city: list[str] | None,
    occupation: list[str] | None,
    seniority: list[str] | None,
    since: str | None,
    until: str | None,
) -> dict[str, Any]:
    return {
        "country": country or [], "city": city or [], "occupation": occupation or [],
        "seniority": seniority or [], "since": since, "until": until,
    }  # fmt: skip


def _query(model: type[Q], **values: Any) -> Q:
    """The API's query model, so the CLI accepts exactly what the API does."""
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        name = "--" + str(error["loc"][0]).replace("_", "-") if error["loc"] else "an option"
        raise UsageError(f"{name}: {error['msg']}") from None


def _report(
    db: str | None, run: Callable[[Engine], BaseModel], format: str, output: Path | None
) -> None:
    with cli_errors():
        if format not in FORMATS:
            raise UsageError(f"unknown format {format!r}", hint=f"use one of {', '.join(FORMATS)}")
        if format == "parquet" and output is None:
            raise UsageError("parquet output needs a file", hint="add --output FILE.parquet")
        with make_engine(db) as engine:
            page = run(engine)
        _write(page, format, output)


def _write(page: BaseModel, format: str, output: Path | None) -> None:
    body = page.model_dump(mode="json")
    rows: list[dict[str, Any]] = body["rows"]
    if format == "parquet":
        assert output is not None
        _write_parquet(rows, output)
        return
    if format == "json":
        import orjson

        text = orjson.dumps(body, option=orjson.OPT_INDENT_2).decode() + "\n"
    elif format == "csv":
        text = _csv(rows)
    else:
        text = _table(rows, terminal=output is None and sys.stdout.isatty())
        # What the rows are of (the periods compared, the clusters counted) goes to stderr.
        about = ", ".join(f"{key} {value}" for key, value in body.items() if key != "rows")
        err_console().print(escape(about))
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, "utf-8")


def _csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def _table(rows: list[dict[str, Any]], *, terminal: bool) -> str:
    """Rows as aligned columns: as wide as the terminal, else (a file, a pipe) as wide as the
    values need."""
    if not rows:
        return "no postings match\n"
    names = [name for name in rows[0] if not _repeats_group(rows, name)]
    table = Table(box=None)
    for name in names:
        # fold, never crop: a cut skill id cannot be used in the next command
        table.add_column(name, justify="right" if _numeric(rows, name) else "left",
                         overflow="fold")  # fmt: skip
    for row in rows:
        table.add_row(*(escape(_cell(row[name])) for name in names))
    console = out_console()
    if not terminal:
        console = Console(width=10_000, highlight=False)
    with console.capture() as captured:
        console.print(table, crop=False)
    return captured.get()


def _repeats_group(rows: list[dict[str, Any]], name: str) -> bool:
    """A group label that only repeats the group (months, countries) is left out of tables."""
    return name == "group_label" and all(row["group_label"] == row["group"] for row in rows)


def _numeric(rows: list[dict[str, Any]], name: str) -> bool:
    return all(isinstance(row[name], int | float) for row in rows)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    return str(value)


def _write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    """Rows to a Parquet file through DuckDB (already a dependency; pyarrow is not)."""
    import duckdb

    names = list(rows[0]) if rows else ["empty"]
    types = [_duck_type(rows, name) for name in names]
    with duckdb.connect() as con:
        columns = ", ".join(f'"{n}" {t}' for n, t in zip(names, types, strict=True))
        con.execute(f"CREATE TABLE out ({columns})")
        if rows:
            marks = ", ".join("?" * len(names))
            con.executemany(f"INSERT INTO out VALUES ({marks})", [list(r.values()) for r in rows])
        con.execute("COPY out TO ? (FORMAT parquet)", [str(path)])


def _duck_type(rows: list[dict[str, Any]], name: str) -> str:
    values = [row[name] for row in rows if row[name] is not None]
    if values and all(isinstance(v, bool) for v in values):
        return "BOOLEAN"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "BIGINT"
    if values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "DOUBLE"
    return "VARCHAR"
