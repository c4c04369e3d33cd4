"""The composition root: settings in, a store and the pipeline out.  Built once per process
(by the CLI, the API, or a library user) and passed down; nothing else opens a store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jobsift.ingest import InputProgress, ReadItem, ReadProblem, check_paths, read_inputs
from jobsift.ingest.detect import check_format
from jobsift.ingest.sources import input_bytes
from jobsift.lifecycle import Closing
from jobsift.settings import Settings
from jobsift.store import AddResult, PostingStore, is_file_database, open_store
from jobsift.store.base import PostingRow, to_row
from jobsift.store.writer import BatchWriter, ProcessWriter, ThreadWriter

if TYPE_CHECKING:
    from jobsift.extract.extraction import Extraction
    from jobsift.extract.pipeline import Extractor
    from jobsift.model import RawPosting

#: How many problems a report keeps in full; the rest are only counted.
MAX_KEPT_PROBLEMS = 1000
#: Inputs this large are worth starting a writer process for (it takes ~0.2 s to start).
_PROCESS_WRITER_BYTES = 32 * 2**20

ProgressCallback = Callable[[InputProgress, AddResult], None]


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did: ``rejected`` records were reported and skipped, all else kept."""

    read: int = 0
    new_postings: int = 0
    new_sources: int = 0
    rejected: int = 0
    warnings: int = 0
    problems: list[ReadProblem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def already_stored(self) -> int:
        return self.read - self.new_sources

    def note(self, problem: ReadProblem) -> None:
        if problem.severity == "error":
            self.rejected += 1
        else:
            self.warnings += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new_postings": self.new_postings,
            "new_sources": self.new_sources,
            "already_stored": self.already_stored,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "seconds": round(self.seconds, 3),
            "problems": [
                {"input": p.uri, "where": p.where, "severity": p.severity, "message": p.message}
                for p in self.problems
            ],
        }


def _account(
    result: AddResult,
    report: IngestReport,
    progress: InputProgress,
    on_progress: ProgressCallback | None,
) -> None:
    report.read += result.received
    report.new_postings += result.new_postings
    report.new_sources += result.new_sources
    if on_progress is not None:
        on_progress(progress, result)


class Engine(Closing):
    """Settings plus the backends they name.  Open it with ``with Engine(settings) as engine``."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._store: PostingStore | None = None
        self._extractor: Extractor | None = None

    @property
    def store(self) -> PostingStore:
        if self._store is None:
            self._store = open_store(self.settings.database_url)
        return self._store

    @property
    def extractor(self) -> Extractor:
        """The field extractor, loaded on first use (about a second: taxonomies and indexes)."""
        if self._extractor is None:
            from jobsift.extract.pipeline import Extractor

            self._extractor = Extractor.load()
        return self._extractor

    def read(
        self,
        paths: Sequence[str],
        *,
        format: str | None = None,
        mapping: Mapping[str, str] | None = None,
        progress: InputProgress | None = None,
    ) -> Iterator[ReadItem]:
        """Postings and problems from the inputs, nothing stored (``jobsift extract``).

        Bad arguments (a missing path, an unknown format) raise here, before anything is read.
        """
        check_paths(paths)
        if format is not None:
            check_format(format)
        return read_inputs(
            paths,
            format=format,
            mapping=mapping,
            max_bytes=self.settings.max_posting_bytes,
            progress=progress,
        )

    def extract(
        self,
        paths: Sequence[str],
        *,
        format: str | None = None,
        mapping: Mapping[str, str] | None = None,
        jobs: int = 1,
    ) -> Iterator[tuple[RawPosting, Extraction] | ReadProblem]:
        """Each posting read from the inputs with its extraction, in order; nothing stored.

        ``jobs`` over 1 extracts in that many worker processes (each loads its own extractor).
        """
        items = self.read(paths, format=format, mapping=mapping)
        if jobs > 1:
            from jobsift.extract.parallel import extract_items

            return extract_items(items, jobs)
        return self._extract_here(items)

    def _extract_here(
        self, items: Iterator[ReadItem]
    ) -> Iterator[tuple[RawPosting, Extraction] | ReadProblem]:
        for item in items:
            if isinstance(item, ReadProblem):
                yield item
            else:
                yield item, self.extractor.extract(item.text, declared=item.declared)

    def ingest(
        self,
        paths: Sequence[str],
        *,
        format: str | None = None,
        mapping: Mapping[str, str] | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Read the inputs and store every good posting, one transaction per batch.

        Reading and writing overlap (see ``jobsift.store.writer``); at most a few batches are in
        memory at once, whatever the size of the input.
        """
        started = time.perf_counter()
        report = IngestReport()
        progress = InputProgress()
        items = self.read(paths, format=format, mapping=mapping, progress=progress)
        writer = self._writer(paths)
        try:
            for batch in self._batches(items, report):
                for result in writer.put(batch):
                    _account(result, report, progress, on_progress)
        finally:
            for result in writer.finish():
                _account(result, report, progress, on_progress)
        report.seconds = time.perf_counter() - started
        return report

    def _writer(self, paths: Sequence[str]) -> BatchWriter:
        store = self.store  # opened (and migrated) here, before any writer process starts
        choice = self.settings.ingest_writer
        if choice == "auto":
            big = (input_bytes(paths) or 0) >= _PROCESS_WRITER_BYTES
            choice = "process" if big and is_file_database(self.settings.database_url) else "thread"
        if choice == "process":
            return ProcessWriter(self.settings.database_url)
        return ThreadWriter(store)

    def _batches(
        self, items: Iterator[ReadItem], report: IngestReport
    ) -> Iterator[list[PostingRow]]:
        batch: list[PostingRow] = []
        for item in items:
            if isinstance(item, ReadProblem):
                report.note(item)
                continue
            batch.append(to_row(item))
            if len(batch) >= self.settings.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
