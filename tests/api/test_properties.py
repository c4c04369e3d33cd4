"""Invariants over random filter combinations drawn from the seed's facet values."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.api.conftest import LIST_FILTERS, SEED_POSTINGS, HitCheck

# Fixed here (not read from the API) so hypothesis can build its strategies at import time;
# test_facet_values_are_known checks they are still the seed's.
SEED_FACETS: dict[str, list[str]] = {
    "skill": ["tech:cloud-computing", "tech:software-architecture", "tech:dotnet", "tech:java",
              "tech:python", "tech:agile"],
    "occupation": ["http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
                   "http://data.europa.eu/esco/occupation/8c3f536e-ba66-4321-ba40-363dc39f129b"],
    "seniority": ["senior"],
    "work_mode": ["hybrid"],
    "country": ["BR", "CH", "PL"],
    "city": ["Goiânia", "Łódź"],
    "company": ["Spotify", "Trissential", "Commerzbank", "Latitude AI"],
    "language": ["en"],
}  # fmt: skip

filter_sets = st.fixed_dictionaries(
    {},
    optional={
        name: st.lists(st.sampled_from(values), min_size=1, max_size=2, unique=True)
        for name, values in SEED_FACETS.items()
    },
)


def test_facet_values_are_known(facet_labels: dict[str, dict[str, str]]) -> None:
    for name, values in SEED_FACETS.items():
        assert set(values) <= set(facet_labels[name]), name


@settings(max_examples=30, deadline=None)
@given(filters=filter_sets, q=st.sampled_from(["", "engineer", "developer", "senior"]))
def test_hits_satisfy_filters_and_facets_stay_within_total(
    client: TestClient,
    assert_hit_matches: HitCheck,
    filters: dict[str, list[str]],
    q: str,
) -> None:
    params: dict[str, Any] = {**filters, "q": q, "limit": 100, "facet_size": 100,
                              "broaden": False}  # fmt: skip
    response = client.get("/v1/postings/search", params=params)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == len(body["hits"]) <= SEED_POSTINGS
    for hit in body["hits"]:
        assert_hit_matches(hit, filters)
    for name, values in body["facets"].items():
        assert name in (*LIST_FILTERS, "salary", "posted")
        for item in values:
            assert 0 < item["count"] <= body["total"], (name, item)
    # The filters asked for are among those applied (q may add readings, never drop ours).
    for name, wanted in filters.items():
        assert set(wanted) <= set(body["filters"][name])
