"""POST /v1/extract."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.api.conftest import SEED_POSTINGS

TEXT = (
    "Senior Python developer, remote, Berlin, Germany. Full-time. "
    "Salary 70,000-90,000 EUR. Skills: Django, PostgreSQL."
)


def test_extract_returns_fields_with_evidence(client: TestClient) -> None:
    response = client.post("/v1/extract", json={"text": TEXT})
    assert response.status_code == 200
    found = response.json()
    assert found["seniority"]["value"] == "senior"
    assert found["work_mode"]["value"] == "remote"
    assert found["locations"][0]["value"]["city"] == "Berlin"
    assert found["salary"]["value"]["currency"] == "EUR"
    skills = {item["value"]["id"] for item in found["skills"]}
    assert {"tech:python", "tech:django", "tech:postgresql"} <= skills
    start, end = found["seniority"]["spans"][0]
    assert TEXT[start:end] == "Senior"


def test_extract_stores_nothing(client: TestClient) -> None:
    client.post("/v1/extract", json={"text": TEXT, "lang": "en"})
    assert client.get("/readyz").json()["postings"] == SEED_POSTINGS


def test_extract_needs_text(client: TestClient) -> None:
    response = client.post("/v1/extract", json={"lang": "en"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "text"]
