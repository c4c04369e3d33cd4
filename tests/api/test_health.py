"""/healthz and /readyz."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.api.conftest import SEED_POSTINGS

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.errors import StoreError
from jobsift.settings import Settings


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_counts(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ready",
        "postings": SEED_POSTINGS,
        "indexed": SEED_POSTINGS,
    }


class _BrokenStore:
    def count(self) -> int:
        raise StoreError("database is locked", hint="is another jobsift writing?")


def test_readyz_is_503_when_the_store_fails() -> None:
    engine = Engine(Settings(database_url="sqlite://"))
    engine._store = _BrokenStore()  # type: ignore[assignment]
    response = TestClient(create_app(engine)).get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "E300"
    assert response.json()["detail"] == "database is locked"
    # Liveness does not depend on the store.
    assert TestClient(create_app(engine)).get("/healthz").status_code == 200
