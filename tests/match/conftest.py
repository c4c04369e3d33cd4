"""One engine over a small generated corpus, shared by the matching tests (ingest takes seconds)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jobsift.corpus.generator import write_jsonl
from jobsift.engine import Engine
from jobsift.extract.pipeline import Extractor
from jobsift.settings import Settings

POSTINGS = 200


@pytest.fixture(scope="session")
def match_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    folder = tmp_path_factory.mktemp("match")
    corpus = folder / "postings.jsonl"
    write_jsonl(corpus, POSTINGS, seed=5, duplicate_rate=0.0)
    settings = Settings(database_url=f"sqlite:///{folder / 'match.db'}", semantic="off")
    with Engine(settings) as engine:
        engine.ingest([str(corpus)])
        yield engine


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    from jobsift.extract.defaults import default_extractor

    return default_extractor()


@pytest.fixture
def resume(tmp_path: Path) -> Path:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME, encoding="utf-8")
    return path


RESUME = """Jane Doe
Senior Software Engineer
Berlin, Germany

Skills
Python, Java, PostgreSQL, Docker, Kubernetes, AWS, Git, Kafka
"""
