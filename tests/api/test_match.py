"""POST /v1/match and /v1/match/profiles through the app, over the seed postings."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from tests.match.pdf import minimal_pdf

from jobsift.api import create_app
from jobsift.engine import Engine

RESUME = (
    "Senior Software Engineer\nBerlin, Germany\n\nSkills: Python, Kotlin, PostgreSQL, AWS, Kafka\n"
)


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(engine)) as client:
        yield client


def test_a_resume_gets_ranked_postings_explained(client: TestClient) -> None:
    response = client.post("/v1/match", json={"resume": RESUME, "limit": 3})
    assert response.status_code == 200, response.text
    page = response.json()
    assert set(page) == {"profile", "results", "gap", "candidates", "semantic", "notes"}
    assert "tech:python" in {s["id"] for s in page["profile"]["skills"]}
    assert 0 < len(page["results"]) <= 3
    scores = [r["score"] for r in page["results"]]
    assert scores == sorted(scores, reverse=True)
    top = page["results"][0]
    assert set(top["parts"]) >= {"skills", "occupation", "seniority", "place", "work_mode"}
    assert {f["part"] for f in top["fit"]} >= {"seniority", "place", "work_mode"}
    profile_skills = {s["id"] for s in page["profile"]["skills"]}
    for skill in top["matched"]:
        assert skill["id"] in profile_skills
        assert skill["evidence"]
    assert page["gap"]["definition"]


def test_a_json_profile_and_filters(client: TestClient) -> None:
    body = {"profile": {"skills": ["Python"], "places": ["DE"]}, "filters": {"country": ["de"]}}
    response = client.post("/v1/match", json=body)
    assert response.status_code == 200, response.text
    for result in response.json()["results"]:
        assert any(place.endswith("DE") for place in result["card"]["locations"])


def test_a_pdf_resume(client: TestClient) -> None:
    encoded = base64.b64encode(minimal_pdf(RESUME.splitlines())).decode()
    response = client.post("/v1/match", json={"resume_pdf": encoded})
    assert response.status_code == 200, response.text
    assert "tech:kotlin" in {s["id"] for s in response.json()["profile"]["skills"]}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"resume": ""}, "E800"),
        ({"resume_pdf": base64.b64encode(b"%PDF-1.4 broken").decode()}, "E801"),
        ({"resume_pdf": "not base64!"}, "E801"),
        ({"profile": {"seniority": "guru", "skills": ["Python"]}}, "E802"),
        ({"resume": RESUME, "profile": {"skills": ["Python"]}}, "E422"),
        ({}, "E422"),
    ],
)
def test_bad_input_is_a_problem(client: TestClient, body: dict[str, object], code: str) -> None:
    response = client.post("/v1/match", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == code


def test_profiles_are_ranked_for_a_posting(client: TestClient, engine: Engine) -> None:
    posting = next(p for p, s in engine.store.iter_extracted() if b"tech:python" in s.data)
    body = {
        "posting_id": posting.id,
        "profiles": [
            {"name": "nurse", "profile": {"skills": ["wound care"], "titles": ["Nurse"]}},
            {"name": "dev", "resume": RESUME},
        ],
    }
    response = client.post("/v1/match/profiles", json=body)
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["posting_id"] == posting.id
    assert [r["profile"]["name"] for r in page["results"]] == ["dev", "nurse"]
    assert [r["index"] for r in page["results"]] == [1, 0]
    assert (
        client.post("/v1/match/profiles", json={**body, "posting_id": "ffffffffff"}).status_code
        == 404
    )
