"""Extraction over many postings on several cores: one extractor per worker process.

Extraction is pure Python and CPU-bound (a few milliseconds a posting), so threads would share
one core; worker processes each load their own extractor (a second or two) and take postings
in chunks.  At most a few chunks per worker are in flight, so a 5 GB input does not pile up in
memory, and results come out in input order, problems where they were met.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from jobsift.extract.extraction import Extraction
from jobsift.extract.pipeline import Extractor
from jobsift.ingest import ReadItem, ReadProblem
from jobsift.model import Declared, RawPosting

#: Postings sent to a worker at once: pickling costs little next to extracting 64 postings.
CHUNK = 64
#: Chunks in flight per worker: enough to keep every worker busy.
_AHEAD = 3

Job = tuple[str, Declared]
Extracted = tuple[RawPosting, Extraction] | ReadProblem

#: The worker process's extractor, set by the pool's initializer.
_WORKER: dict[str, Extractor] = {}


def _load() -> None:
    _WORKER["extractor"] = Extractor.load()
    # The worker process is ours: move the loaded data out of the collector's sight, so its
    # full collections stop walking a few hundred thousand objects that never die.
    gc.freeze()


def _run(jobs: list[Job]) -> list[Extraction]:
    extractor = _WORKER["extractor"]
    return [extractor.extract(text, declared=declared) for text, declared in jobs]


def extract_items(items: Iterable[ReadItem], workers: int) -> Iterator[Extracted]:
    """Each posting with its extraction (problems passed through), computed by ``workers``
    processes, in input order."""
    context = multiprocessing.get_context("spawn")  # fork would copy the parent's locks
    window: deque[tuple[list[ReadItem], AsyncResult[list[Extraction]]]] = deque()
    with context.Pool(workers, initializer=_load) as pool:
        for chunk in _chunks(iter(items)):
            jobs = [(item.text, item.declared) for item in chunk if isinstance(item, RawPosting)]
            window.append((chunk, pool.apply_async(_run, (jobs,))))
            if len(window) >= _AHEAD * workers:
                yield from _merge(*window.popleft())
        while window:
            yield from _merge(*window.popleft())


def _chunks(items: Iterator[ReadItem]) -> Iterator[list[ReadItem]]:
    while chunk := list(islice(items, CHUNK)):
        yield chunk


def _merge(chunk: list[ReadItem], pending: AsyncResult[list[Extraction]]) -> Iterator[Extracted]:
    results = iter(pending.get())
    for item in chunk:
        yield item if isinstance(item, ReadProblem) else (item, next(results))


def extract_jobs(jobs: Iterable[Job], workers: int) -> Iterator[Extraction]:
    """The extraction of each ``(text, declared)``, in order, by ``workers`` processes."""
    context = multiprocessing.get_context("spawn")
    window: deque[AsyncResult[list[Extraction]]] = deque()
    source = iter(jobs)
    with context.Pool(workers, initializer=_load) as pool:
        while chunk := list(islice(source, CHUNK)):
            window.append(pool.apply_async(_run, (chunk,)))
            if len(window) >= _AHEAD * workers:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


class ExtractorPool:
    """Worker processes kept for many calls (the search index's sync extracts batch after
    batch; loading an extractor per batch would cost more than the batch)."""

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(workers, initializer=_load)

    def extract(self, jobs: list[Job]) -> list[Extraction]:
        chunks = [jobs[at : at + CHUNK] for at in range(0, len(jobs), CHUNK)]
        return [found for chunk in self._pool.map(_run, chunks) for found in chunk]

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
