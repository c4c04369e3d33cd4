"""Measuring extraction quality against public gold data (``jobsift eval``).

Each evaluation is a module with ``run(data: Path) -> EvalResult``, imported only when asked
for: some load large files or models that other commands never need.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from jobsift.errors import UsageError
from jobsift.evaluation.base import EvalDataError, EvalResult, Metric

#: Evaluation name -> (module, what its --data folder holds).
EVALUATIONS: dict[str, tuple[str, str]] = {
    "seed": ("jobsift.evaluation.seed", "the samples folder (seed_postings.txt, seed_gold.jsonl)"),
    "skillspan": ("jobsift.evaluation.skillspan", "the shared data folder (skillspan/)"),
    "green": ("jobsift.evaluation.green", "the shared data folder (green-2022/)"),
    "jobbert-titles": ("jobsift.evaluation.jobbert", "the shared data folder (jobbert-titles/)"),
    "melo": ("jobsift.evaluation.melo", "the shared data folder (melo/)"),
    "avature": ("jobsift.evaluation.avature", "the shared data folder (avature-title-similarity/)"),
    "match": (
        "jobsift.evaluation.matching",
        "any folder: the corpus is generated and the hand-written profiles ship with jobsift",
    ),
}


def run_evaluation(name: str, data: Path) -> EvalResult:
    """Runs the evaluation ``name`` on the gold data under ``data``."""
    if name not in EVALUATIONS:
        raise UsageError(
            f"no evaluation named {name!r}", hint=f"choose one of: {', '.join(EVALUATIONS)}"
        )
    if not data.is_dir():
        raise EvalDataError(f"{data} is not a folder", hint=f"{name} reads {EVALUATIONS[name][1]}")
    module = importlib.import_module(EVALUATIONS[name][0])
    result: EvalResult = module.run(data)
    return result


__all__ = ["EVALUATIONS", "EvalDataError", "EvalResult", "Metric", "run_evaluation"]
