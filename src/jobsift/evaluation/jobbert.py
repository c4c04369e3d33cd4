"""``jobsift eval jobbert-titles``: accuracy@1 and MRR of English vacancy title -> ESCO occupation.

The JobBERT evaluation set (Decorte et al., 2021; ``jobbert-titles/``) has two CSV files,
``titles.csv`` and ``titles.test.csv`` (columns: row number, ``vacancyTitle``, ``conceptUri``),
each title labelled with an ESCO v1.0.5 occupation URI.  jobsift ships ESCO v1.1.1: a label whose
URI v1.1.1 no longer has cannot be found, and counts as a miss; the notes say how many.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

from jobsift.evaluation.base import EvalDataError, EvalResult, Metric
from jobsift.occupations import OccupationLinker
from jobsift.taxonomy import Taxonomy, load_taxonomy

FILES = ("titles.csv", "titles.test.csv")
CUTOFF = 100


def run(data: Path) -> EvalResult:
    """Accuracy@1 and MRR per file under ``data/jobbert-titles``."""
    started = time.perf_counter()
    folder = data / "jobbert-titles"
    sets = {name: read_titles(folder / name) for name in FILES}
    taxonomy = load_taxonomy()
    linker = OccupationLinker.from_taxonomy(taxonomy)
    metrics: list[Metric] = []
    for name, rows in sets.items():
        ranks = [rank_of(linker, title, uri) for title, uri in rows]
        metrics.append(Metric("accuracy@1", _mean(r == 1 for r in ranks), subset=name))
        metrics.append(Metric("MRR", _mean(1 / r if r else 0.0 for r in ranks), subset=name))
    return EvalResult(
        name="jobbert-titles",
        metrics=tuple(metrics),
        count=sum(len(rows) for rows in sets.values()),
        seconds=time.perf_counter() - started,
        notes=_notes(taxonomy, sets),
    )


def rank_of(linker: OccupationLinker, title: str, uri: str) -> int | None:
    """The 1-based rank of ``uri`` among the linker's candidates for ``title``."""
    for position, candidate in enumerate(linker.link(title, "en", CUTOFF), 1):
        if candidate.uri == uri:
            return position
    return None


def _mean(values: object) -> float:
    items = [float(value) for value in values]  # type: ignore[attr-defined]
    return sum(items) / len(items) if items else 0.0


def _notes(taxonomy: Taxonomy, sets: dict[str, list[tuple[str, str]]]) -> tuple[str, ...]:
    notes = ["labels are ESCO v1.0.5 URIs; jobsift links to ESCO v1.1.1"]
    for name, rows in sets.items():
        missing = {uri for _, uri in rows if taxonomy.occupation(uri) is None}
        affected = sum(uri in missing for _, uri in rows)
        notes.append(
            f"{name}: {len(missing)} of {len({uri for _, uri in rows})} gold URIs do not exist "
            f"in ESCO v1.1.1; their {affected} of {len(rows)} titles count as misses"
        )
    return tuple(notes)


def read_titles(path: Path) -> list[tuple[str, str]]:
    """``(title, ESCO URI)`` rows of one JobBERT CSV file."""
    if not path.is_file():
        raise EvalDataError(
            f"JobBERT titles file {path} is missing",
            hint="pass the shared data folder, which holds jobbert-titles/ with "
            + " and ".join(FILES),
        )
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if not {"vacancyTitle", "conceptUri"} <= set(reader.fieldnames or ()):
            raise EvalDataError(
                f"{path} has columns {reader.fieldnames}", hint="expected vacancyTitle, conceptUri"
            )
        return [(row["vacancyTitle"], row["conceptUri"]) for row in reader]
