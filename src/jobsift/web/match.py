"""The match page: paste or upload a resume, see the postings it fits best, why (matched,
related and missing skills) and which skills would open the most more postings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from jobsift.api.deps import EngineDep
from jobsift.api.match import MatchFiltersCreate, MatchPage
from jobsift.engine import Engine
from jobsift.errors import JobsiftError
from jobsift.match import profile_from_bytes, profile_from_text
from jobsift.web.labels import salary_text
from jobsift.web.templating import render

router = APIRouter(include_in_schema=False)

WORK_MODES = ("remote", "hybrid", "onsite")
#: Postings shown; the skill gap counts over every candidate retrieved.
SHOWN = 10


@dataclass(frozen=True, slots=True)
class Form:
    """What the user sent, to show again beside the results (or an error)."""

    resume: str = ""
    file_name: str = ""
    country: str = ""
    work_mode: str = ""


@router.get("/match", response_class=HTMLResponse, name="web_match")
def match_form(request: Request) -> HTMLResponse:
    return render(request, "match.html", form=Form(), page=None, error=None, modes=WORK_MODES)


@router.post("/match", response_class=HTMLResponse, name="web_match_submit")
async def match_submit(request: Request, engine: EngineDep) -> HTMLResponse:
    data = await request.form(max_files=1, max_fields=10)
    form, upload = _form(data)
    content = await upload.read() if upload is not None else b""
    try:
        page = await run_in_threadpool(_match, engine, form, content)
    except JobsiftError as error:
        return render(request, "match.html", error.status, form=form, page=None, error=error,
                      modes=WORK_MODES)  # fmt: skip
    return render(request, "match.html", form=form, page=page, error=None, modes=WORK_MODES,
                  salary=salary_text)  # fmt: skip


def _form(data: FormData) -> tuple[Form, UploadFile | None]:
    upload = data.get("file")
    file = upload if isinstance(upload, UploadFile) and upload.filename else None
    mode = _text(data.get("work_mode"))
    form = Form(
        resume=_text(data.get("resume")),
        file_name=(file.filename or "") if file else "",
        country=_text(data.get("country")).strip().upper(),
        work_mode=mode if mode in WORK_MODES else "",
    )
    return form, file


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _match(engine: Engine, form: Form, content: bytes) -> MatchPage:
    extractor = engine.extractor
    if content:
        profile = profile_from_bytes(content, form.file_name, extractor)
    else:
        profile = profile_from_text(form.resume, extractor)
    filters = MatchFiltersCreate(
        country=[c for c in form.country.replace(",", " ").split() if c],
        work_mode=[form.work_mode] if form.work_mode else [],
    ).filters()
    result = engine.match.match(profile, filters=filters, limit=SHOWN)
    return MatchPage.of(result)
