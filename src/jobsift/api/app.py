"""The app factory: routes, problem handlers, body limit and metrics over one engine.

The engine is the caller's (the CLI's ``serve``, a test fixture): the app warms it up but
never closes it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from starlette.concurrency import run_in_threadpool

from jobsift.api import (
    analytics,
    discovery,
    extraction,
    health,
    ingest,
    match,
    metrics,
    postings,
)
from jobsift.api.limits import BodyLimitMiddleware
from jobsift.api.metrics import ApiMetrics, MetricsMiddleware
from jobsift.api.problems import PROBLEM_MEDIA_TYPE, install_problem_handlers
from jobsift.api.schemas import PostingsCreate
from jobsift.engine import Engine

DESCRIPTION = (
    "Search, read and add job postings.  Errors are RFC 9457 problems with a stable `code` "
    "(see docs/errors.md)."
)


def create_app(engine: Engine, *, server: bool = False) -> FastAPI:
    """The API and the pages over ``engine``; ``server``: this process serves only this app
    (``jobsift serve``), so what it loads at start may be frozen out of the collector."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(_warm, engine)
        if server:
            _freeze()
        yield

    app = FastAPI(title="jobsift", version=_version(), description=DESCRIPTION, lifespan=lifespan)
    app.state.engine = engine
    app.state.metrics = ApiMetrics(engine)
    app.state.ingest_lock = threading.Lock()
    for module in (postings, ingest, extraction, match, analytics, discovery, health, metrics):
        app.include_router(module.router)
    from jobsift.web import install as install_web  # imported here: the pages use the API's

    install_web(app)  # the pages: /, /postings/{id}, /match, /analytics, /ingest
    install_problem_handlers(app)
    # Added last, so it runs first: a body over the limit is refused before any route sees it,
    # and the metrics still count the 413.
    app.add_middleware(BodyLimitMiddleware, max_bytes=engine.settings.max_request_bytes)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _warm(engine: Engine) -> None:
    """Open the store and index and load the extractor now, not on the first request."""
    engine.store.count()
    engine.index.count()
    _ = engine.search


def _freeze() -> None:
    """What was loaded at start (gazetteer, taxonomies: millions of objects) lives as long as
    the server: out of the collector's sight, a full collection no longer walks it all."""
    gc.collect()
    gc.freeze()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jobsift")
    except PackageNotFoundError:
        return "0"


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        _add_body_schemas(schema)
        _problem_media_types(schema)
        app.openapi_schema = schema
    return app.openapi_schema


def _add_body_schemas(schema: dict[str, Any]) -> None:
    # POST /v1/postings reads its body itself (three media types), so FastAPI does not see
    # these models; its requestBody refers to them by name.
    found = PostingsCreate.model_json_schema(ref_template="#/components/schemas/{model}")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(found.pop("$defs", {}))
    components["PostingsCreate"] = found


def _problem_media_types(schema: dict[str, Any]) -> None:
    """Document error responses as ``application/problem+json``, which is what they are."""
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if status[0] in "45" and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
