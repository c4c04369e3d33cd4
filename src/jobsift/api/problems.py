"""Every error leaves the API as an RFC 9457 problem (``application/problem+json``).

The ``code`` is the stable part scripts branch on; ``type`` links to its documentation.  Handlers
here translate our error tree, FastAPI's validation errors and Starlette's HTTP errors, and
hide whatever an unexpected exception says (it may name files, SQL or secrets).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from jobsift.errors import JobsiftError

PROBLEM_MEDIA_TYPE = "application/problem+json"
DOCS_URL = "https://github.com/jobsift/jobsift/blob/main/docs/errors.md"

#: Titles for the codes the API itself raises; others fall back to the HTTP reason phrase.
TITLES: dict[str, str] = {
    "E000": "Internal error",
    "E100": "Cannot do this as asked",
    "E101": "Unknown format",
    "E103": "Ambiguous posting id",
    "E104": "Bad search request",
    "E200": "Unreadable input",
    "E300": "Store unavailable",
    "E301": "Store schema mismatch",
    "E500": "Search index unavailable",
    "E501": "Search index busy",
    "E400": "Unreadable request body",
    "E401": "Missing or wrong API key",
    "E403": "Posting is disabled",
    "E404": "Not found",
    "E405": "Method not allowed",
    "E413": "Request body too large",
    "E415": "Unsupported media type",
    "E422": "Invalid request",
    "E503": "Not ready",
    "E800": "Empty resume or profile",
    "E801": "Unreadable PDF",
    "E802": "Malformed profile",
    "E803": "Unsupported resume file type",
    "E900": "Analytics unavailable",
    "E901": "Analytics busy",
    "E902": "Unknown skill",
    "E903": "Bad analytics request",
}

logger = logging.getLogger(__name__)


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


class ApiError(JobsiftError):
    """An error only the HTTP layer knows about; ``code`` and ``status`` are set per instance."""

    def __init__(self, status: int, code: str, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = code


def problem_body(
    status: int,
    code: str,
    detail: str,
    *,
    hint: str | None = None,
    errors: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": f"{DOCS_URL}#{code.lower()}",
        "title": TITLES.get(code) or _phrase(status),
        "status": status,
        "detail": detail,
        "code": code,
    }
    if hint:
        body["hint"] = hint
    if errors is not None:
        body["errors"] = list(errors)
    return body


def problem(
    status: int,
    code: str,
    detail: str,
    *,
    hint: str | None = None,
    errors: Sequence[dict[str, Any]] | None = None,
) -> ProblemResponse:
    return ProblemResponse(problem_body(status, code, detail, hint=hint, errors=errors), status)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


async def _jobsift_error(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, JobsiftError)
    return problem(exc.status, exc.code, exc.message, hint=exc.hint)


async def _validation_error(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [_field_error(error) for error in exc.errors()]
    where = ", ".join(".".join(str(part) for part in e["loc"]) for e in errors) or "the request"
    return problem(422, "E422", f"invalid value in {where}", errors=errors)


def _field_error(error: Any) -> dict[str, Any]:
    # ``input`` and ``ctx`` may hold the whole body or exception objects: keep the useful part.
    return {"loc": list(error.get("loc", ())), "msg": error.get("msg", ""), "type": error["type"]}


async def _http_error(_: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(jsonable_encoder(exc.detail))
    response = problem(exc.status_code, f"E{exc.status_code}", detail)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _unexpected(_: Request, exc: Exception) -> ProblemResponse:
    logger.exception("unhandled error in the API", exc_info=exc)
    return problem(
        500,
        "E000",
        "the server failed to answer this request",
        hint="try again; if it keeps failing, report it with the time of the request",
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(JobsiftError, _jobsift_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
