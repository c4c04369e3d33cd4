"""The problem responses each route documents in the OpenAPI schema."""

from __future__ import annotations

from typing import Any

from jobsift.api.schemas import ProblemRead


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route that may answer with these problems (and always 500)."""
    return {
        status: {"model": ProblemRead, "description": _DESCRIPTIONS[status]}
        for status in (*statuses, 500)
    }


_DESCRIPTIONS = {
    400: "An id that starts several postings' ids (E103), or a body that cannot be parsed "
    "at all, e.g. JSON that is not UTF-8 (E400).",
    401: "Missing or wrong API key (E401).",
    403: "The server has no API key configured (E403).",
    404: "No such posting (E404).",
    413: "Request body too large (E413).",
    415: "Unsupported media type (E415).",
    422: "Invalid parameters or body (E422), or a stale cursor (E104).",
    500: "Unexpected server error (E000).",
    503: "The store or index does not answer (E300, E500, E503).",
}
