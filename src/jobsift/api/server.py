"""Running the API: one process, or several worker processes sharing the port.

Search spends most of its time in tantivy, which releases the GIL, but query reading, routing and
JSON are Python: a second worker process uses the second core.  Each worker builds its own
engine from the settings in the environment (``JOBSIFT_*``); they share the database and the
index folder on disk, and only ingest writes (one writer at a time: the index's lock).
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from jobsift.api.app import create_app
from jobsift.engine import Engine
from jobsift.settings import Settings


def app_from_environment() -> FastAPI:
    """The app over ``Settings()`` (uvicorn calls this in each worker: ``factory=True``)."""
    return create_app(Engine(Settings()), server=True)


def serve(settings: Settings, *, host: str, port: int, workers: int = 1) -> None:
    import uvicorn

    if workers <= 1:
        app = create_app(Engine(settings), server=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Workers are new processes: they read the settings from the environment.
    for name, value in settings.model_dump().items():
        if value is not None:
            os.environ[f"JOBSIFT_{name.upper()}"] = str(value)
    uvicorn.run(
        "jobsift.api.server:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
