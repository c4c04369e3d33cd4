"""Adding postings over HTTP: the body goes through the same readers as ``jobsift ingest``."""

from __future__ import annotations

import threading
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from jobsift.api.deps import EngineDep, require_api_key
from jobsift.api.problems import ApiError
from jobsift.api.responses import problems
from jobsift.api.schemas import IngestReportRead
from jobsift.engine import Engine
from jobsift.errors import InputError

router = APIRouter(prefix="/v1", tags=["postings"])

#: Media type -> (file suffix it would have, jobsift reader format).
BODY_FORMATS: dict[str, tuple[str, str]] = {
    "application/json": (".jsonl", "json"),
    "application/x-ndjson": (".jsonl", "json"),
    "text/plain": (".txt", "text"),
}
#: What a report's problems name as their input.
INPUT_NAME = "request body"
#: The source every posting sent here is recorded under: sending the same postings again finds
#: the same (source, record) and adds nothing, as re-reading the same file does.
SOURCE_URI = "api:POST /v1/postings"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "description": 'Postings as JSON ({"postings": [...]} or an array of records), JSON Lines, '
    "or plain text that jobsift splits into postings.",
    "content": {
        "application/json": {
            "schema": {
                "anyOf": [
                    _ref("PostingsCreate"),
                    {"type": "array", "items": _ref("PostingCreate")},
                ]
            }
        },
        "application/x-ndjson": {"schema": {"type": "string"}},
        "text/plain": {"schema": {"type": "string"}},
    },
}


@router.post(
    "/postings",
    status_code=201,
    summary="Add postings",
    description="Store the postings of the body, extract and index the new ones (they are "
    "searchable when this returns).  Needs the X-API-Key header.  Records that cannot be "
    "read come back in `problems`; the others are kept.",
    responses=problems(401, 403, 413, 415, 422, 503),
    openapi_extra={"requestBody": REQUEST_BODY},
)
async def add_postings(
    request: Request, engine: EngineDep, _: Annotated[None, Depends(require_api_key)]
) -> IngestReportRead:
    media_type = _media_type(request)
    suffix, reader = _body_format(media_type)
    body = await request.body()
    if media_type == "application/json":
        body = _json_records(body)
    lock: threading.Lock = request.app.state.ingest_lock
    return await run_in_threadpool(_ingest, engine, lock, body, suffix, reader)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _body_format(media_type: str) -> tuple[str, str]:
    found = BODY_FORMATS.get(media_type)
    if found is None:
        raise ApiError(
            415,
            "E415",
            f"cannot read a body of type {media_type or '(none)'!r}",
            hint=f"send one of: {', '.join(BODY_FORMATS)}",
        )
    return found


def _json_records(body: bytes) -> bytes:
    """The records of a JSON body, as JSON Lines: one bad record then costs that record only."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"the body is not valid JSON: {exc}") from exc
    records = data.get("postings") if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise InputError(
            "expected a JSON array of postings or an object with a 'postings' array",
            hint='send {"postings": [{"text": "..."}]}',
        )
    return b"".join(orjson.dumps(record) + b"\n" for record in records)


def _ingest(
    engine: Engine, lock: threading.Lock, body: bytes, suffix: str, reader: str
) -> IngestReportRead:
    # One ingest at a time: each commits to the index, and the index has a single writer.
    with lock:
        report = engine.ingest_bytes(body, uri=SOURCE_URI, format=reader)
    return IngestReportRead.of(report, input_name=INPUT_NAME)
