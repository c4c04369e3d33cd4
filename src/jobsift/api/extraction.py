"""Extracting fields from a text without storing it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from jobsift.api.deps import EngineDep
from jobsift.api.responses import problems
from jobsift.api.schemas import ExtractionCreate

router = APIRouter(prefix="/v1", tags=["extraction"])


@router.post(
    "/extract",
    summary="Extract fields from a text",
    description="Title, company, skills, places, salary ... each with its spans in the text, "
    "a confidence and a basis.  Nothing is stored.",
    responses=problems(400, 413, 422),
)
async def extract(body: ExtractionCreate, engine: EngineDep) -> dict[str, Any]:
    extraction = await run_in_threadpool(engine.extractor.extract, body.text, lang=body.lang)
    return extraction.to_dict()
