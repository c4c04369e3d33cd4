"""Prometheus metrics, kept in a registry of the app's own (several apps can live in one
process, as in tests, without clashing in the global registry)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jobsift.engine import Engine

#: Label for requests no route matched: one label, whatever paths scanners try.
UNMATCHED = "<unmatched>"


class ApiMetrics:
    def __init__(self, engine: Engine) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "jobsift_http_requests",
            "HTTP requests answered, by route template, method and status.",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "jobsift_http_request_duration_seconds",
            "Time to answer an HTTP request, by route template.",
            ["route"],
            registry=self.registry,
        )
        postings = Gauge("jobsift_postings", "Postings in the store.", registry=self.registry)
        # Looked up at each scrape, not bound now: ``reindex`` replaces ``engine.index``.
        postings.set_function(_or_nan(lambda: engine.store.count()))  # noqa: PLW0108
        indexed = Gauge(
            "jobsift_indexed_documents", "Documents in the search index.", registry=self.registry
        )
        indexed.set_function(_or_nan(lambda: engine.index.count()))  # noqa: PLW0108
        self.registry.register(_CacheCollector(engine))

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route).observe(seconds)


class _CacheCollector(Collector):
    """Lookups in the search result cache by outcome, read from the cache at each scrape."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[Metric]:
        cache = self.engine.search_cache
        family = CounterMetricFamily(
            "jobsift_search_cache_lookups",
            "Keyword searches looked up in this process's result cache, by outcome.",
            labels=["outcome"],
        )
        family.add_metric(["hit"], cache.hits if cache else 0)
        family.add_metric(["miss"], cache.misses if cache else 0)
        yield family


def _or_nan(count: Callable[[], int]) -> Callable[[], float]:
    # A scrape must not fail because the store is down: /readyz reports that, the gauge goes NaN.
    def read() -> float:
        try:
            return float(count())
        except Exception:
            return math.nan

    return read


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, *, metrics: ApiMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app raises before answering

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            self.metrics.observe(
                _route(scope), scope["method"], status, time.perf_counter() - started
            )


def _route(scope: Scope) -> str:
    # The router stores the matched route in the (shared) scope: its template, not the path,
    # keeps label values few (/v1/postings/{posting_id}, not one per id).
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else UNMATCHED


router = APIRouter(tags=["operations"])


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    description="Requests and latency by route template, postings stored and documents indexed, "
    "in the Prometheus text format.",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {"schema": {"type": "string"}}}}},
)
def metrics(request: Request) -> Response:
    api_metrics: ApiMetrics = request.app.state.metrics
    return Response(generate_latest(api_metrics.registry), media_type=CONTENT_TYPE_LATEST)
