"""GET /v1/facets and /v1/autocomplete."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.api.conftest import SEED_POSTINGS


def test_facets_without_filters(client: TestClient) -> None:
    response = client.get("/v1/facets", params={"facets": "seniority,language"})
    assert response.status_code == 200
    assert response.json() == {
        "total": SEED_POSTINGS,
        "facets": {
            "seniority": [{"value": "senior", "label": "senior", "count": 5}],
            "language": [{"value": "en", "label": "en", "count": SEED_POSTINGS}],
        },
    }


def test_facets_match_the_search(client: TestClient) -> None:
    params = {"q": "engineer", "skill": "tech:java", "broaden": "false"}
    facets = client.get("/v1/facets", params=params).json()
    searched = client.get("/v1/postings/search", params=params).json()
    assert facets["total"] == searched["total"] == 2
    assert facets["facets"] == searched["facets"]


def test_facets_reject_unknown_names(client: TestClient) -> None:
    response = client.get("/v1/facets", params={"facets": "skill,mood"})
    assert response.status_code == 422
    assert "mood" in response.json()["errors"][0]["msg"]


def test_autocomplete_by_prefix(client: TestClient) -> None:
    response = client.get("/v1/autocomplete", params={"q": "senior", "kinds": "title"})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert {s["kind"] for s in suggestions} == {"title"}
    assert "Senior Backend Developer" in {s["text"] for s in suggestions}
    assert all(s["text"].casefold().startswith("senior") for s in suggestions)


def test_autocomplete_kinds_and_limit(client: TestClient) -> None:
    response = client.get("/v1/autocomplete", params={"q": "s", "limit": 2})
    suggestions = response.json()["suggestions"]
    assert len(suggestions) == 2
    assert suggestions[0] == {"kind": "skill", "text": "Software architecture", "count": 3}


def test_autocomplete_needs_a_known_kind(client: TestClient) -> None:
    response = client.get("/v1/autocomplete", params={"q": "s", "kinds": "salary"})
    assert response.status_code == 422
    assert response.json()["code"] == "E422"
