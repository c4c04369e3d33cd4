"""Every error is an RFC 9457 problem with a stable code."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.errors import IndexBusyError
from jobsift.settings import Settings

DOCS = "https://github.com/jobsift/jobsift/blob/main/docs/errors.md"


def test_unknown_route_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {
        "type": f"{DOCS}#e404",
        "title": "Not found",
        "status": 404,
        "detail": "Not Found",
        "code": "E404",
    }


def test_wrong_method_is_a_405_problem(client: TestClient) -> None:
    response = client.delete("/v1/postings/search")
    assert response.status_code == 405
    assert response.json()["code"] == "E405"
    assert "GET" in response.headers["allow"]


def test_validation_errors_list_the_fields(client: TestClient) -> None:
    response = client.get("/v1/postings/search", params={"posted_from": "yesterday"})
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "E422"
    assert problem["type"] == f"{DOCS}#e422"
    assert problem["errors"][0]["loc"] == ["query", "posted_from"]
    assert "posted_from" in problem["detail"]


def _failing_app(error: Exception) -> FastAPI:
    app = create_app(Engine(Settings(database_url="sqlite://")))

    @app.get("/boom")
    def boom() -> None:
        raise error

    return app


def test_unexpected_errors_are_500_without_internals() -> None:
    app = _failing_app(RuntimeError("password=hunter2 in /etc/secret"))
    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "E000"
    assert "hunter2" not in response.text
    assert "secret" not in response.text


def test_jobsift_errors_keep_their_code_status_and_hint() -> None:
    app = _failing_app(IndexBusyError("the index is locked", hint="wait for the ingest"))
    response = TestClient(app).get("/boom")
    assert response.status_code == 503
    assert response.json() == {
        "type": f"{DOCS}#e501",
        "title": "Search index busy",
        "status": 503,
        "detail": "the index is locked",
        "code": "E501",
        "hint": "wait for the ingest",
    }
