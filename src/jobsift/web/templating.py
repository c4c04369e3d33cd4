"""The pages' Jinja2 environment: autoescape always on, templates and static files packaged.

Nothing here marks user data safe: templates get plain strings and numbers, and every value
they print is escaped.  The only markup they print is their own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from jobsift.web.labels import field_label

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
#: Strict policy: the pages need no script and nothing from another origin.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name ends with
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = number
    env.filters["percent"] = percent
    env.filters["field"] = field_label
    return env


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """The page ``name`` with ``context``; ``path`` (the current page) is set for the nav."""
    html = environment().get_template(name).render(path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=security_headers())


def security_headers() -> dict[str, str]:
    return {
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }


def number(value: float | int | None) -> str:
    """12345.6 -> "12,346"; None -> "–"."""
    if value is None:
        return "–"
    return f"{value:,.0f}"


def percent(value: float) -> str:
    return f"{value * 100:.1f}%"
