"""One engine over the seed postings, shared by the read-only API tests (ingest takes seconds).

Tests that add postings build their own engine (``test_ingest.py``), so counts here stay those
of the eleven seed postings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.index.document import CARD_SKILLS
from jobsift.settings import Settings

API_KEY = "test-key"
SEED_POSTINGS = 11
#: Query parameters whose values every hit must have (any of them; skills: all of them).
LIST_FILTERS = ("skill", "occupation", "seniority", "work_mode", "country", "city", "company",
                "employment_type", "language")  # fmt: skip


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "samples" / "seed_postings.txt"


@pytest.fixture(scope="session")
def engine(seed_path: Path) -> Iterator[Engine]:
    with Engine(Settings(database_url="sqlite://", semantic="off", api_key=API_KEY)) as engine:
        report = engine.ingest([str(seed_path)])
        assert report.new_postings == SEED_POSTINGS
        yield engine


@pytest.fixture(scope="session")
def app(engine: Engine) -> FastAPI:
    return create_app(engine)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="session")
def facet_labels(client: TestClient) -> dict[str, dict[str, str]]:
    """Every facet value of the seed postings -> its label, by facet."""
    response = client.get("/v1/facets", params={"facet_size": 100})
    assert response.status_code == 200
    return {
        name: {item["value"]: item["label"] for item in values}
        for name, values in response.json()["facets"].items()
    }


HitCheck = Callable[[Mapping[str, Any], Mapping[str, Sequence[str]]], None]


@pytest.fixture(scope="session")
def assert_hit_matches(client: TestClient, facet_labels: dict[str, dict[str, str]]) -> HitCheck:
    """A check that a hit has what the filters ask for, read from its card (and, for skills
    beyond the card's first few, from the posting's extraction)."""

    def check(hit: Mapping[str, Any], filters: Mapping[str, Sequence[str]]) -> None:
        card = hit["card"]
        for name, wanted in filters.items():
            if not wanted:
                continue
            if name == "skill":
                _check_skills(client, hit["id"], card, wanted, facet_labels["skill"])
            else:
                have = _card_values(card, name, facet_labels.get(name, {}))
                assert have & set(wanted), f"{hit['id']}: {name} {have} has none of {wanted}"

    return check


def _card_values(card: Mapping[str, Any], name: str, labels: Mapping[str, str]) -> set[str]:
    """The filter values a card shows for ``name`` (facet values, not labels)."""
    places = card["locations"]
    shown: list[str | None] = {
        "occupation": [card["occupation"]],
        "seniority": [card["seniority"]],
        "work_mode": [card["work_mode"]],
        "company": [card["company"]],
        "language": [card["language"]],
        "employment_type": list(card["employment_types"]),
        "city": [place.split(",")[0].strip() for place in places if "," in place],
        "country": [place.rsplit(",", 1)[-1].strip() for place in places],
    }[name]
    by_label = {label: value for value, label in labels.items()}
    return {by_label.get(item, item) for item in shown if item}


def _check_skills(
    client: TestClient,
    posting_id: str,
    card: Mapping[str, Any],
    wanted: Sequence[str],
    labels: Mapping[str, str],
) -> None:
    on_card = set(card["skills"])
    missing = [skill for skill in wanted if labels[skill] not in on_card]
    if not missing:
        return
    # The card shows the first CARD_SKILLS skills only; the rest are in the extraction.
    assert len(on_card) == CARD_SKILLS, f"{posting_id}: skills {missing} not on its card"
    extraction = client.get(f"/v1/postings/{posting_id}").json()["extraction"]
    ids = {item["value"]["id"] for item in extraction["skills"]}
    assert set(missing) <= ids, f"{posting_id}: lacks skills {set(missing) - ids}"
