"""The analytics routes through the app, over postings with hand-made extractions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.analytics.builders import Job, store_jobs

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.settings import Settings

YEARLY, MONTHLY = (60000.0, 80000.0, "EUR", "YEAR"), (5000.0, None, "EUR", "MONTH")
JOBS = [
    Job(("tech:python", "tech:sql"), posted="2025-02-05", salary=YEARLY),
    Job(("tech:python", "esco:skill/1a2b"), posted="2025-03-05", salary=MONTHLY),
    Job(("tech:python",), country="FR", city="Paris", posted="2025-03-06", seniority="junior"),
    Job(("tech:sql",), posted="2025-02-07", occupation="http://data.europa.eu/esco/occupation/x"),
]  # fmt: skip


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder: Path = tmp_path_factory.mktemp("analytics-api")
    settings = Settings(database_url=str(folder / "jobs.db"), semantic="off")
    with Engine(settings) as engine:
        store_jobs(engine.store, JOBS)
        # No ``with``: the lifespan would load the extractor, which these routes never need.
        yield TestClient(create_app(engine))


def test_skill_demand(client: TestClient) -> None:
    body = client.get("/v1/analytics/skills").json()
    assert body["clusters"] == 4
    first = body["rows"][0]
    assert first == {
        "group": None, "group_label": None, "skill_id": "tech:python", "label": "TECH:PYTHON",
        "clusters": 3, "group_clusters": 4, "share": 0.75,
    }  # fmt: skip


def test_skill_demand_by_month_in_a_country(client: TestClient) -> None:
    response = client.get(
        "/v1/analytics/skills", params={"by": "month", "country": "DE", "skill": "tech:python"}
    )
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert [(r["group"], r["clusters"], r["group_clusters"]) for r in rows] == [
        ("2025-02", 1, 2),
        ("2025-03", 1, 1),
    ]


def test_cooccurring_takes_a_skill_id_with_slashes(client: TestClient) -> None:
    body = client.get(
        "/v1/analytics/skills/cooccurring", params={"skill": "esco:skill/1a2b"}
    ).json()
    assert (body["skill_id"], body["clusters"], body["total"]) == ("esco:skill/1a2b", 1, 4)
    assert [(r["skill_id"], r["clusters"], r["lift"]) for r in body["rows"]] == [
        ("tech:python", 1, pytest.approx(4 / 3, abs=1e-4))
    ]


def test_rising(client: TestClient) -> None:
    body = client.get("/v1/analytics/skills/rising", params={"min_count": 1}).json()
    assert (body["current"], body["previous"], body["clusters"]) == ("2025-03", "2025-02", 2)
    # python 2/2 against 1/2 and 1a2b 1/2 against 0/2: both z = 0.5 / 0.433013 = 1.1547.
    assert {(r["skill_id"], r["z"]) for r in body["rows"]} == {
        ("tech:python", 1.1547), ("esco:skill/1a2b", 1.1547),
    }  # fmt: skip
    assert all(0.2 < r["p_value"] < 0.3 and not r["significant"] for r in body["rows"])


def test_salaries(client: TestClient) -> None:
    body = client.get("/v1/analytics/salaries", params={"skill": "tech:python"}).json()
    rows = body["rows"]
    # 70,000 (middle of 60-80k a year) and 60,000 (5,000 a month): median 65,000.
    assert [(r["group"], r["currency"], r["clusters"], r["median"]) for r in rows] == [
        ("tech:python", "EUR", 2, 65000.0)
    ]
    assert "yearly" in body["basis"]


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        ("/v1/analytics/skills", {"by": "year"}, 422, "E422"),
        ("/v1/analytics/skills", {"limit": "0"}, 422, "E422"),
        ("/v1/analytics/skills", {"since": "2025-04-01", "until": "2025-01-01"}, 422, "E903"),
        ("/v1/analytics/skills/cooccurring", {}, 422, "E422"),
        ("/v1/analytics/skills/cooccurring", {"skill": "tech:cobol"}, 404, "E902"),
        ("/v1/analytics/skills/rising", {"current": "March"}, 422, "E903"),
        ("/v1/analytics/skills/rising", {"alpha": "2"}, 422, "E422"),
        ("/v1/analytics/salaries", {"by": "city"}, 422, "E422"),
    ],
)
def test_bad_parameters_are_problems(
    client: TestClient, path: str, params: dict[str, str], status: int, code: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == code


def test_the_routes_are_in_the_openapi_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/analytics/skills", "/v1/analytics/skills/cooccurring",
                 "/v1/analytics/skills/rising", "/v1/analytics/salaries"):  # fmt: skip
        operation = paths[path]["get"]
        assert operation["parameters"], path
        assert all(p.get("description") for p in operation["parameters"]), path
        assert {"200", "422"} <= set(operation["responses"])
