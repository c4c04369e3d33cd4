"""The OpenAPI schema: documented, and the app keeps to it (schemathesis)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from tests.api.conftest import API_KEY, SEED_POSTINGS

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.settings import Settings

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="session")
def openapi(app: FastAPI) -> dict[str, Any]:
    schema: dict[str, Any] = app.openapi()
    return schema


def _operations(openapi: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in openapi["paths"].items()
        for method, operation in item.items()
    ]


def test_every_route_and_parameter_is_described(openapi: dict[str, Any]) -> None:
    operations = _operations(openapi)
    assert len(operations) == 16  # the web pages are not API operations
    for path, method, operation in operations:
        assert operation.get("summary"), (method, path)
        assert operation.get("description"), (method, path)
        for parameter in operation.get("parameters", []):
            assert parameter.get("description"), (method, path, parameter["name"])


def test_errors_are_documented_as_problems(openapi: dict[str, Any]) -> None:
    for path, method, operation in _operations(openapi):
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                assert list(response["content"]) == ["application/problem+json"], (path, method)
    search = openapi["paths"]["/v1/postings/search"]["get"]["responses"]
    assert {"200", "422", "500", "503"} <= set(search)


# Schemathesis needs the schema at import time, so this module builds its own app then (cheap:
# the engine opens nothing until used) and fills it with the seed postings before its tests.
# (``schemathesis.pytest.from_fixture`` would share the session app but fails on this pytest.)
ENGINE = Engine(Settings(database_url="sqlite://", semantic="off", api_key=API_KEY))
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(ENGINE))


@schemathesis.serializer("application/x-ndjson")
def _ndjson(_: schemathesis.SerializationContext, value: Any) -> bytes:
    # The schema says "a string" (JSON Lines text); send it as it is.
    return value.encode() if isinstance(value, str) else json.dumps(value).encode() + b"\n"


@pytest.fixture(scope="module")
def seeded_engine(seed_path: Path) -> Iterator[Engine]:
    with ENGINE:
        assert ENGINE.ingest([str(seed_path)]).new_postings == SEED_POSTINGS
        yield ENGINE


@pytest.mark.usefixtures("seeded_engine")
@schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_app_keeps_to_its_schema(case: Any) -> None:
    case.call_and_validate(checks=CHECKS)
