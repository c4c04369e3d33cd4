"""What an evaluation reports: metrics, each beside the published baselines it compares with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from jobsift.errors import UsageError


class EvalDataError(UsageError):
    """An evaluation's data folder is missing or not in the expected shape: the ``--data``
    argument names the wrong folder, so the CLI exits with the usage code."""

    code = "E700"
    status = 400


@dataclass(frozen=True, slots=True)
class Metric:
    """One score: ``name`` ("MRR", "loose F1"), on ``subset`` (a MELO set; None for the whole)."""

    name: str
    value: float
    subset: str | None = None
    #: Published scores for the same metric and subset, by system name.
    baselines: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EvalResult:
    name: str
    metrics: tuple[Metric, ...]
    #: How many items (queries, sentences, postings) were scored.
    count: int
    seconds: float
    notes: tuple[str, ...] = ()


class Evaluation(Protocol):
    """``run(data)`` reads its gold data under ``data`` (the ``../shared/data`` folder, or for
    ``seed`` the samples folder) and scores jobsift against it."""

    def __call__(self, data: Path) -> EvalResult: ...
