"""The ingest page: paste postings or upload files; the report counts what was read, stored
and indexed, and lists every rejected record with its reason.  Ingest is synchronous: the
report is the progress.  Like ``POST /v1/postings`` it needs the server's API key."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from jobsift.api.deps import EngineDep
from jobsift.api.schemas import IngestReportRead
from jobsift.engine import Engine
from jobsift.errors import JobsiftError, UsageError
from jobsift.ingest.detect import FORMATS, format_from_name, sniff_format
from jobsift.web.templating import render

router = APIRouter(include_in_schema=False)

#: Files per form at most (each is one ingest run).
MAX_FILES = 20
PASTED = "pasted text"


@dataclass(frozen=True, slots=True)
class Upload:
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class InputReport:
    name: str
    format: str
    report: IngestReportRead


@router.get("/ingest", response_class=HTMLResponse, name="web_ingest")
def ingest_form(request: Request, engine: EngineDep) -> HTMLResponse:
    return _page(request, engine, reports=[], error=None, text="")


@router.post("/ingest", response_class=HTMLResponse, name="web_ingest_submit")
async def ingest_submit(request: Request, engine: EngineDep) -> HTMLResponse:
    form = await request.form(max_files=MAX_FILES, max_fields=10)
    text, chosen = _field(form, "text"), _field(form, "format")
    try:
        _check_key(engine, _field(form, "api_key"))
        uploads = await _uploads(form, text)
        lock: threading.Lock = request.app.state.ingest_lock
        reports = await run_in_threadpool(_ingest_all, engine, lock, uploads, chosen)
    except JobsiftError as error:
        return _page(request, engine, reports=[], error=error, text=text, status=error.status)
    return _page(request, engine, reports=reports, error=None, text="")


def _page(
    request: Request, engine: Engine, *, reports: list[InputReport], error: JobsiftError | None,
    text: str, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    totals = {key: sum(getattr(r.report, key) for r in reports)
              for key in ("read", "new_postings", "already_stored", "rejected", "warnings",
                          "indexed")}  # fmt: skip
    return render(request, "ingest.html", status, reports=reports, totals=totals, error=error,
                  text=text, formats=FORMATS, accepts=bool(engine.settings.api_key))  # fmt: skip


def _field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _check_key(engine: Engine, given: str) -> None:
    expected = engine.settings.api_key
    if not expected:
        raise _Refused("this server accepts no postings",
                       hint="set JOBSIFT_API_KEY on the server to enable ingest")  # fmt: skip
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise _Refused("missing or wrong API key", hint="type the server's API key")


class _Refused(UsageError):
    status = 403


async def _uploads(form: FormData, text: str) -> list[Upload]:
    uploads = [Upload(PASTED, text.encode())] if text.strip() else []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            uploads.append(Upload(item.filename, await item.read()))
    if not uploads:
        raise UsageError("nothing to ingest", hint="paste postings or choose files")
    return uploads


def _ingest_all(
    engine: Engine, lock: threading.Lock, uploads: list[Upload], chosen: str
) -> list[InputReport]:
    reports = []
    # One ingest at a time, as for the API: the index has a single writer.
    with lock:
        for upload in uploads:
            reader = _format(upload, chosen)
            report = engine.ingest_bytes(upload.data, uri=f"web:{upload.name}", format=reader)
            reports.append(
                InputReport(
                    upload.name, reader, IngestReportRead.of(report, input_name=upload.name)
                )
            )
    return reports


def _format(upload: Upload, chosen: str) -> str:
    if chosen in FORMATS:
        return chosen
    if upload.name == PASTED:
        return sniff_format(upload.data[:4096])
    return format_from_name(upload.name) or sniff_format(upload.data[:4096])
