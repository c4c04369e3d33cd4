from __future__ import annotations

from pathlib import Path

from jobsift.engine import Engine
from jobsift.ingest import ReadProblem
from jobsift.settings import Settings

POSTINGS = [
    "Senior Data Engineer in Berlin. Python, Spark and Airflow; hybrid, full-time.",
    "Enfermera de UCI en Sevilla, contrato indefinido, turnos rotativos.",
    "Kelner w restauracji w Krakowie, umowa zlecenie.",
    "Junior Frontend Developer (m/w/d) in München, React und TypeScript.",
] * 40


def test_workers_give_what_one_process_gives_in_order(tmp_path: Path) -> None:
    lines = [*POSTINGS[:70], "{not json", *POSTINGS[70:]]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(
            "{not json" if text == "{not json" else f'{{"description": "{text}"}}' for text in lines
        )
        + "\n"
    )
    with Engine(Settings(database_url="sqlite://")) as engine:
        here = list(engine.extract([str(path)]))
        there = list(engine.extract([str(path)], jobs=2))
    assert len(here) == len(POSTINGS) + 1
    assert isinstance(here[70], ReadProblem)
    assert isinstance(there[70], ReadProblem)
    pairs = [item for item in here if not isinstance(item, ReadProblem)]
    parallel = [item for item in there if not isinstance(item, ReadProblem)]
    assert [raw.id for raw, _ in parallel] == [raw.id for raw, _ in pairs]
    assert [found for _, found in parallel] == [found for _, found in pairs]
