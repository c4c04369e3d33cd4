"""The web pages: search, posting evidence, matching, analytics and ingest, rendered by the
server from the same services the API calls (no script, nothing loaded from elsewhere).

``install(app)`` adds them to an API app: pages at ``/``, ``/postings/{id}``, ``/match``,
``/analytics``, ``/ingest``; their files at ``/static``.  None is in the OpenAPI schema.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from jobsift.web import analytics, ingest, match, posting, search
from jobsift.web.templating import STATIC

__all__ = ["install"]


def install(app: FastAPI) -> None:
    for module in (search, posting, match, analytics, ingest):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
