"""The ingest page: paste postings or upload files; the report counts what was read, stored
and indexed, and lists every rejected record with its reason.  Like ``POST /v1/postings`` it
needs the server's API key.

The answer is streamed: the page up to a progress list goes out at once, then one line per
batch stored and per input finished while the ingest runs, then the report.  Browsers show
HTML as it arrives, so a large upload shows its progress without any script."""

from __future__ import annotations

import queue
import secrets
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from markupsafe import escape
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile

from jobsift.api.deps import EngineDep
from jobsift.api.schemas import IngestReportRead
from jobsift.engine import Engine
from jobsift.errors import JobsiftError, UsageError
from jobsift.ingest.detect import FORMATS, format_from_name, sniff_format
from jobsift.store import AddResult
from jobsift.web.templating import environment, render, security_headers

router = APIRouter(include_in_schema=False)

#: Files per form at most (each is one ingest run).
MAX_FILES = 20
PASTED = "pasted text"
#: Where the rendered page is cut: before it the form, after it the report.
PROGRESS_MARK = "<!-- progress -->"
_DONE = object()


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


@router.post("/ingest", response_class=HTMLResponse, response_model=None, name="web_ingest_submit")
async def ingest_submit(request: Request, engine: EngineDep) -> HTMLResponse | StreamingResponse:
    form = await request.form(max_files=MAX_FILES, max_fields=10)
    text, chosen = _field(form, "text"), _field(form, "format")
    try:
        _check_key(engine, _field(form, "api_key"))
        uploads = await _uploads(form, text)
    except JobsiftError as error:
        return _page(request, engine, reports=[], error=error, text=text, status=error.status)
    lock: threading.Lock = request.app.state.ingest_lock
    return StreamingResponse(
        _streamed(request, engine, lock, uploads, chosen),
        media_type="text/html; charset=utf-8",
        headers=security_headers(),
    )


async def _streamed(
    request: Request, engine: Engine, lock: threading.Lock, uploads: list[Upload], chosen: str
) -> AsyncIterator[str]:
    """The page before the progress list, a line per event while the ingest runs in a worker
    thread, then the report (or the error that stopped it) and the rest of the page."""
    yield _html(request, engine, [], None).split(PROGRESS_MARK)[0]
    events: queue.Queue[object] = queue.Queue()
    outcome = _Outcome()

    def work() -> None:
        try:
            outcome.reports = _ingest_all(engine, lock, uploads, chosen, events.put)
        except JobsiftError as error:
            outcome.error = error
        finally:
            events.put(_DONE)

    threading.Thread(target=work, name="web-ingest", daemon=True).start()
    while (event := await run_in_threadpool(events.get)) is not _DONE:
        yield f"<li>{escape(event)}</li>\n"
    yield _html(request, engine, outcome.reports, outcome.error).split(PROGRESS_MARK)[1]


@dataclass(slots=True)
class _Outcome:
    reports: list[InputReport] = field(default_factory=list)
    error: JobsiftError | None = None


def _html(
    request: Request, engine: Engine, reports: list[InputReport], error: JobsiftError | None
) -> str:
    return (
        environment()
        .get_template("ingest.html")
        .render(path=request.url.path, streaming=True, **_context(engine, reports, error, ""))
    )


def _page(
    request: Request, engine: Engine, *, reports: list[InputReport], error: JobsiftError | None,
    text: str, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    context = _context(engine, reports, error, text)
    return render(request, "ingest.html", status, streaming=False, **context)


def _context(
    engine: Engine, reports: list[InputReport], error: JobsiftError | None, text: str
) -> dict[str, object]:
    totals = {key: sum(getattr(r.report, key) for r in reports)
              for key in ("read", "new_postings", "already_stored", "rejected", "warnings",
                          "indexed")}  # fmt: skip
    return {"reports": reports, "totals": totals, "error": error, "text": text,
            "formats": FORMATS, "accepts": bool(engine.settings.api_key)}  # fmt: skip


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
    engine: Engine,
    lock: threading.Lock,
    uploads: list[Upload],
    chosen: str,
    say: Callable[[str], None],
) -> list[InputReport]:
    reports = []
    # One ingest at a time, as for the API: the index has a single writer.
    if lock.locked():
        say("waiting for another ingest to finish")
    with lock:
        for upload in uploads:
            reader = _format(upload, chosen)
            say(f"{upload.name}: reading as {reader}")
            stored = _Stored(upload.name, say)
            report = engine.ingest_bytes(
                upload.data, uri=f"web:{upload.name}", format=reader, on_progress=stored.batch
            )
            say(f"{upload.name}: {report.read} read, {report.new_postings} new, "
                f"{report.rejected} rejected, {report.indexed} indexed")  # fmt: skip
            reports.append(
                InputReport(
                    upload.name, reader, IngestReportRead.of(report, input_name=upload.name)
                )
            )
    return reports


class _Stored:
    """Counts one input's stored batches and says where it stands after each."""

    def __init__(self, name: str, say: Callable[[str], None]) -> None:
        self.name, self.say, self.read = name, say, 0

    def batch(self, _: object, result: AddResult) -> None:
        self.read += result.received
        self.say(f"{self.name}: {self.read} postings read and stored; extracting and indexing next")


def _format(upload: Upload, chosen: str) -> str:
    if chosen in FORMATS:
        return chosen
    if upload.name == PASTED:
        return sniff_format(upload.data[:4096])
    return format_from_name(upload.name) or sniff_format(upload.data[:4096])
