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
