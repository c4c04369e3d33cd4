"""``jobsift eval``: extraction quality on public gold data, beside published baselines."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from jobsift.cli.output import cli_errors, out_console, print_json
from jobsift.evaluation import EVALUATIONS, EvalResult, run_evaluation

NameArgument = Annotated[
    str, typer.Argument(metavar="NAME", help=f"One of: {', '.join(EVALUATIONS)}.")
]
DataOption = Annotated[
    Path,
    typer.Option(
        "--data",
        metavar="DIR",
        help="The gold data: the samples folder for seed, the shared data folder for the rest.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


def evaluate(name: NameArgument, data: DataOption, json: JsonOption = False) -> None:
    """Score extraction against a gold data set and print it beside published baselines."""
    with cli_errors():
        result = run_evaluation(name, data)
    if json:
        print_json(dataclasses.asdict(result))
        return
    _print(result)


def _print(result: EvalResult) -> None:
    systems = sorted({system for metric in result.metrics for system in metric.baselines})
    table = Table(title=f"{result.name}: {result.count} items in {result.seconds:.1f} s")
    for column in ("metric", "subset", "jobsift", *systems):
        table.add_column(column, justify="left" if column in ("metric", "subset") else "right")
    for metric in result.metrics:
        published = [_number(metric.baselines.get(system)) for system in systems]
        table.add_row(metric.name, metric.subset or "", f"{metric.value:.3f}", *published)
    console = out_console()
    console.print(table)
    for note in result.notes:
        console.print(f"  {note}", markup=False, highlight=False)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"
