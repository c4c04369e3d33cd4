"""POST /v1/postings: the key check, the three body types, problems and the size limit.

This module adds postings, so it has an engine of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import API_KEY

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.settings import Settings

MAX_BYTES = 5_000
KEY = {"X-API-Key": API_KEY}
RUST_POSTING = {
    "text": "Senior Rust Engineer at Ferrous Labs. Build our storage engine in Rust and Kafka. "
    "Remote within Germany, full-time.",
    "title": "Senior Rust Engineer",
    "company": "Ferrous Labs",
    "url": "https://example.com/jobs/rust",
    "date_posted": "2026-11-01",
}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    settings = Settings(
        database_url="sqlite://", semantic="off", api_key=API_KEY, max_request_bytes=MAX_BYTES
    )
    with Engine(settings) as engine, TestClient(create_app(engine)) as client:
        yield client


def post(client: TestClient, body: Any, **headers: str) -> Any:
    return client.post("/v1/postings", json=body, headers={**KEY, **headers})


def test_without_key_is_401(client: TestClient) -> None:
    response = client.post("/v1/postings", json={"postings": [RUST_POSTING]})
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "E401"
    assert "X-API-Key" in response.json()["hint"]


def test_wrong_key_is_401(client: TestClient) -> None:
    response = post(client, {"postings": [RUST_POSTING]}, **{"X-API-Key": "guess"})
    assert response.status_code == 401
    assert (
        client.get("/v1/postings/search", params={"company": "Ferrous Labs"}).json()["total"] == 0
    )


def test_server_without_key_is_403_with_a_hint() -> None:
    with Engine(Settings(database_url="sqlite://")) as engine:
        response = TestClient(create_app(engine)).post(
            "/v1/postings", json={"postings": [RUST_POSTING]}, headers=KEY
        )
    assert response.status_code == 403
    assert response.json()["code"] == "E403"
    assert "JOBSIFT_API_KEY" in response.json()["hint"]


def test_posted_postings_are_searchable(client: TestClient) -> None:
    response = post(client, {"postings": [RUST_POSTING]})
    assert response.status_code == 201, response.text
    report = response.json()
    assert (report["read"], report["new_postings"], report["indexed"]) == (1, 1, 1)
    found = client.get("/v1/postings/search", params={"q": "rust", "broaden": False}).json()
    assert found["total"] == 1
    hit = found["hits"][0]
    assert hit["card"]["company"] == "Ferrous Labs"
    posting = client.get(f"/v1/postings/{hit['id']}").json()
    assert posting["declared"]["url"] == "https://example.com/jobs/rust"
    assert posting["declared"]["title"] == "Senior Rust Engineer"
    assert posting["sources"][0]["format"] == "json"
    assert posting["sources"][0]["uri"] == "api:POST /v1/postings"


def test_posting_the_same_again_adds_nothing(client: TestClient) -> None:
    report = post(client, [RUST_POSTING]).json()
    # The same record under the same source, as re-reading a file: nothing new.
    assert (report["read"], report["new_postings"], report["new_sources"]) == (1, 0, 0)
    assert client.get("/v1/postings/search", params={"q": "rust"}).json()["total"] == 1


def test_rejected_records_come_back_as_problems(client: TestClient) -> None:
    good = {"text": "Data Engineer at Quarry Co. Spark, Airflow and dbt. Hybrid in Lisbon."}
    response = post(client, [good, {"text": ""}, 42])
    assert response.status_code == 201
    report = response.json()
    assert report["new_postings"] == 1
    assert report["rejected"] == 2
    assert {p["input"] for p in report["problems"]} == {"request body"}
    assert all(p["severity"] == "error" for p in report["problems"])


def test_plain_text_body(client: TestClient) -> None:
    text = "Site Reliability Engineer at Gantry. Kubernetes, Terraform and Go. Remote.\n"
    response = client.post(
        "/v1/postings", content=text.encode(), headers={**KEY, "Content-Type": "text/plain"}
    )
    assert response.status_code == 201
    assert response.json()["new_postings"] == 1
    found = client.get("/v1/postings/search", params={"q": "gantry", "broaden": False}).json()
    assert found["total"] == 1


def test_ndjson_body(client: TestClient) -> None:
    lines = [
        {"text": "QA Engineer at Plumbline. Cypress and Playwright.", "title": "QA Engineer"},
        {"text": "Mobile Developer at Plumbline. Kotlin and Swift.", "title": "Mobile Developer"},
    ]
    body = b"".join(orjson.dumps(line) + b"\n" for line in lines)
    headers = {**KEY, "Content-Type": "application/x-ndjson"}
    response = client.post("/v1/postings", content=body, headers=headers)
    assert response.status_code == 201
    assert response.json()["new_postings"] == 2


def test_other_media_types_are_415(client: TestClient) -> None:
    response = client.post(
        "/v1/postings", content=b"<jobs/>", headers={**KEY, "Content-Type": "application/xml"}
    )
    assert response.status_code == 415
    assert response.json()["code"] == "E415"


@pytest.mark.parametrize("body", [b"{not json", b'{"jobs": 3}', b'"text"'])
def test_unreadable_json_is_422(client: TestClient, body: bytes) -> None:
    headers = {**KEY, "Content-Type": "application/json"}
    response = client.post("/v1/postings", content=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["code"] == "E200"


def test_oversized_body_is_413(client: TestClient) -> None:
    big = {"postings": [{"text": "Engineer " * MAX_BYTES}]}
    response = post(client, big)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "E413"


def test_oversized_stream_without_length_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"Engineer " * 100

    headers = {**KEY, "Content-Type": "text/plain"}
    response = client.post("/v1/postings", content=chunks(), headers=headers)
    assert response.status_code == 413
    assert response.json()["code"] == "E413"
    assert client.get("/v1/postings/search", params={"q": "engineer"}).status_code == 200


def test_body_under_the_limit_streams_through(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"Payroll Specialist at Tally & Sons. "
        yield b"SAP payroll, German labour law. Onsite in Hamburg.\n"

    headers = {**KEY, "Content-Type": "text/plain"}
    response = client.post("/v1/postings", content=chunks(), headers=headers)
    assert response.status_code == 201
    assert response.json()["new_postings"] == 1
