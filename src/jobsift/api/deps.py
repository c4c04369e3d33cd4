"""Dependencies routes share: the engine the app was built over, and the API key check."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, Request

from jobsift.api.problems import ApiError
from jobsift.engine import Engine


# Dependencies that only read memory are ``async``: FastAPI runs a plain ``def`` dependency in
# its thread pool, and each hop there costs more than this whole function.
async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


async def require_api_key(
    engine: EngineDep,
    x_api_key: Annotated[
        str | None, Header(description="The server's API key (JOBSIFT_API_KEY).")
    ] = None,
) -> None:
    expected = engine.settings.api_key
    if not expected:
        raise ApiError(
            403,
            "E403",
            "this server accepts no postings",
            hint="set JOBSIFT_API_KEY on the server to enable POST /v1/postings",
        )
    # Constant-time: a plain == tells an attacker how many leading characters were right.
    if x_api_key is None or not secrets.compare_digest(x_api_key.encode(), expected.encode()):
        raise ApiError(
            401,
            "E401",
            "missing or wrong API key" if x_api_key else "this request needs an API key",
            hint="send the key in the X-API-Key header",
        )
