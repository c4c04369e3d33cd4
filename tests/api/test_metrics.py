"""/metrics: request counters and latency by route template, stored and indexed gauges."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from tests.api.conftest import SEED_POSTINGS


def _sample(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if not line.startswith(name + "{") and not line.startswith(name + " "):
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', line.rsplit("}", 1)[0]))
        if found == labels:
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no sample {name}{labels}")


def test_requests_are_counted_by_route_template(client: TestClient) -> None:
    before = client.get("/metrics").text
    route = {"route": "/v1/postings/{posting_id}", "method": "GET", "status": "404"}
    try:
        start = _sample(before, "jobsift_http_requests_total", **route)
    except AssertionError:
        start = 0.0
    for posting_id in ("aaaa0000", "bbbb1111"):
        assert client.get(f"/v1/postings/{posting_id}").status_code == 404
    text = client.get("/metrics").text
    assert _sample(text, "jobsift_http_requests_total", **route) == start + 2
    assert "bbbb1111" not in text, "paths are not labels"
    count = _sample(
        text, "jobsift_http_request_duration_seconds_count", route="/v1/postings/{posting_id}"
    )
    assert count >= 2


def test_gauges_count_postings_and_documents(client: TestClient) -> None:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert _sample(response.text, "jobsift_postings") == SEED_POSTINGS
    assert _sample(response.text, "jobsift_indexed_documents") == SEED_POSTINGS


def test_unmatched_paths_share_one_label(client: TestClient) -> None:
    client.get("/wp-admin/setup.php")
    text = client.get("/metrics").text
    assert (
        _sample(
            text, "jobsift_http_requests_total", route="<unmatched>", method="GET", status="404"
        )
        >= 1
    )
    assert "wp-admin" not in text


def test_search_cache_lookups_are_counted(client: TestClient) -> None:
    def lookups() -> tuple[float, float]:
        text = client.get("/metrics").text
        name = "jobsift_search_cache_lookups_total"
        return _sample(text, name, outcome="hit"), _sample(text, name, outcome="miss")

    hits, misses = lookups()
    for _ in range(3):
        assert client.get("/v1/postings/search?q=metrics-cache-word").status_code == 200
    assert lookups() == (hits + 2, misses + 1)
