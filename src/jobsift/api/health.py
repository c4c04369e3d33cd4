"""Liveness and readiness, for load balancers and orchestrators."""

from __future__ import annotations

import logging

from fastapi import APIRouter

from jobsift.api.deps import EngineDep
from jobsift.api.problems import ApiError
from jobsift.api.responses import problems
from jobsift.api.schemas import HealthRead, ReadinessRead
from jobsift.errors import JobsiftError

router = APIRouter(tags=["operations"])
logger = logging.getLogger(__name__)


@router.get(
    "/healthz",
    summary="Liveness",
    description="Always 200 while the process serves requests; touches neither store nor index.",
)
def healthz() -> HealthRead:
    return HealthRead()


@router.get(
    "/readyz",
    summary="Readiness",
    description="200 with the counts when the store and the index answer, else a 503 problem.",
    responses=problems(503),
)
def readyz(engine: EngineDep) -> ReadinessRead:
    try:
        return ReadinessRead(postings=engine.store.count(), indexed=engine.index.count())
    except JobsiftError as exc:
        raise ApiError(503, exc.code, exc.message, hint=exc.hint) from exc
    except Exception as exc:
        logger.exception("readiness check failed")
        raise ApiError(503, "E503", "the store or the search index does not answer") from exc
