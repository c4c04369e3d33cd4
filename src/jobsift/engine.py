"""The composition root: settings in, a store and the pipeline out.  Built once per process
(by the CLI, the API, or a library user) and passed down; nothing else opens a store."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobsift.errors import StaleIndexError
from jobsift.ingest import InputProgress, ReadItem, ReadProblem, check_paths, read_inputs
from jobsift.ingest.detect import check_format
from jobsift.ingest.sources import input_bytes
from jobsift.lifecycle import Closing, exclusive
from jobsift.settings import Settings
from jobsift.store import AddResult, PostingStore, is_file_database, open_store, sqlite_path
from jobsift.store.base import PostingRow, to_row
from jobsift.store.writer import BatchWriter, ProcessWriter, ThreadWriter

if TYPE_CHECKING:
    from jobsift.analytics import Analytics
    from jobsift.dedupe import Deduper, FullReport
    from jobsift.extract.extraction import Extraction
    from jobsift.extract.pipeline import Extractor
    from jobsift.index.base import SearchIndex
    from jobsift.index.sync import ExtractMany, SyncReport
    from jobsift.match.service import Matcher
    from jobsift.model import Posting, RawPosting
    from jobsift.search.cache import ResultCache
    from jobsift.search.service import SearchService
    from jobsift.semantic.postings import SemanticIndex

logger = logging.getLogger(__name__)

#: How many problems a report keeps in full; the rest are only counted.
MAX_KEPT_PROBLEMS = 1000
#: Inputs this large are worth starting a writer process for (it takes ~0.2 s to start).
_PROCESS_WRITER_BYTES = 32 * 2**20
#: This many postings to extract are worth worker processes (each loads for about a second).
_PARALLEL_EXTRACTION = 2000

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
    indexed: int = 0

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
            "indexed": self.indexed,
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


def _changed_places(
    before: tuple[dict[str, str], Counter[str]], after: tuple[dict[str, str], Counter[str]]
) -> set[str]:
    """Postings whose canonical changed, and canonicals whose cluster size changed."""
    (was, was_sizes), (now, now_sizes) = before, after
    moved = {pid for pid in was.keys() | now.keys() if was.get(pid, pid) != now.get(pid, pid)}
    resized = {c for c in was_sizes.keys() | now_sizes.keys() if was_sizes[c] != now_sizes[c]}
    return moved | resized


class Engine(Closing):
    """Settings plus the backends they name.  Open it with ``with Engine(settings) as engine``."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._store: PostingStore | None = None
        self._extractor: Extractor | None = None
        self._index: SearchIndex | None = None
        self._search: SearchService | None = None
        self._search_cache: ResultCache | None = None
        self._semantic: SemanticIndex | None = None
        self._semantic_decided = False
        self._analytics: Analytics | None = None
        self._deduper: Deduper | None = None

    @property
    def store(self) -> PostingStore:
        if self._store is None:
            self._store = open_store(self.settings.database_url)
        return self._store

    @property
    def extractor(self) -> Extractor:
        """The field extractor, loaded on first use (about a second: taxonomies and indexes)."""
        if self._extractor is None:
            # The packaged extractor holds only immutable data: every engine in a process
            # (the API's, a test's) shares one instead of loading ~600 MB each.
            from jobsift.extract.defaults import default_extractor

            self._extractor = default_extractor()
        return self._extractor

    @property
    def index_path(self) -> Path | None:
        """Where the search index lives (None: in memory)."""
        if self.settings.index_path:
            return Path(self.settings.index_path).expanduser()
        url = self.settings.database_url
        if not is_file_database(url):
            return None
        database = Path(sqlite_path(url) if url.startswith("sqlite://") else url).expanduser()
        return database.with_suffix(".index")

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from jobsift.index.tantivyindex import TantivySearchIndex

            try:
                self._index = TantivySearchIndex(self.index_path)
            except StaleIndexError as exc:
                self._rebuild_stale(exc)
        assert self._index is not None
        return self._index

    def _rebuild_stale(self, stale: StaleIndexError) -> None:
        """An index another jobsift version built is rebuilt from the store (it holds nothing
        the store does not).  One process rebuilds; others wait, then open what it built."""
        from jobsift.index.tantivyindex import TantivySearchIndex

        path = self.index_path
        assert path is not None  # an index in memory is never of another version
        logger.warning("%s: rebuilding it from the store", stale.message)
        with exclusive(path.with_name(path.name + ".lock")):
            try:
                self._index = TantivySearchIndex(path)  # another process rebuilt it meanwhile
            except StaleIndexError:
                self.reindex()

    @property
    def search(self) -> SearchService:
        """Query understanding and search over the index (loads the extractor's gazetteer)."""
        if self._search is None:
            from jobsift.search.service import SearchService

            self._search = SearchService(
                self.index,
                self.extractor.gazetteer,
                semantic=self.semantic,
                cache=self.search_cache,
            )
        return self._search

    @property
    def search_cache(self) -> ResultCache | None:
        """Keyword results kept for repeated searches (``JOBSIFT_SEARCH_CACHE_SIZE``; None at 0)."""
        size = self.settings.search_cache_size
        if self._search_cache is None and size > 0:
            from jobsift.search.cache import ResultCache

            self._search_cache = ResultCache(size)
        return self._search_cache

    @property
    def semantic(self) -> SemanticIndex | None:
        """Posting vectors beside the index (``jobsift.vectors/``), or None when semantic
        search is off (``JOBSIFT_SEMANTIC``, or auto without the `semantic` extra)."""
        if not self._semantic_decided:
            from jobsift.semantic import SemanticIndex, available

            choice = self.settings.semantic
            if choice == "on" or (choice == "auto" and available()):
                # "on" without the extra raises here, naming the pip line.
                path = self.index_path
                self._semantic = SemanticIndex(path.with_suffix(".vectors") if path else None)
            self._semantic_decided = True
        return self._semantic

    @property
    def deduper(self) -> Deduper:
        """Near-duplicate clustering over the store: new postings join clusters as they are
        indexed, ``dedupe`` recomputes them all."""
        if self._deduper is None:
            from jobsift.dedupe import Deduper

            self._deduper = Deduper(self.store)
        return self._deduper

    @property
    def match(self) -> Matcher:
        """Matching profiles and postings over this engine's store and index (built on first
        use; the skill graph loads with it, about half a second)."""
        matcher: Matcher | None = self.__dict__.get("_match")
        if matcher is None:
            from jobsift.match.service import Matcher

            matcher = self.__dict__["_match"] = Matcher(self)
        return matcher

    @property
    def analytics(self) -> Analytics:
        """Skill-demand analytics: a DuckDB table beside the index (``jobsift.analytics/``; in
        memory for an in-memory store), kept in step with the store."""
        if self._analytics is None or self._analytics.store is not self.store:  # reopened
            from jobsift.analytics import Analytics

            path = self.index_path
            folder = path.with_suffix(".analytics") if path else None
            self._analytics = Analytics(self.store, folder)
        return self._analytics

    def sync_index(
        self, *, jobs: int | None = None, on_progress: Callable[[int], None] | None = None
    ) -> SyncReport:
        """Extract and index every posting not yet indexed by this jobsift's pipeline."""
        from jobsift.index.sync import sync_index

        store, pipeline = self.store, self.extractor.pipeline_key
        many = len(store.pending_extraction(pipeline, limit=_PARALLEL_EXTRACTION))
        workers = jobs if jobs is not None else (os.cpu_count() or 1)
        with self._extraction(parallel=many >= _PARALLEL_EXTRACTION, workers=workers) as extract:
            report = sync_index(
                store, self.index, extract, pipeline, on_progress=on_progress,
                semantic=self.semantic, dedupe=self.deduper,
            )  # fmt: skip
        self.analytics.after_extraction(report.extracted)
        return report

    @contextmanager
    def _extraction(self, *, parallel: bool, workers: int) -> Iterator[ExtractMany]:
        """Extraction of many postings: here, or in worker processes when there are enough to
        repay loading an extractor in each (a second or two)."""
        if not parallel or workers <= 1:
            yield self._extract_postings
            return
        from jobsift.extract.parallel import ExtractorPool

        with ExtractorPool(workers) as pool:

            def extract_many(postings: Sequence[Posting]) -> list[dict[str, Any]]:
                found = pool.extract([(p.text, p.declared) for p in postings])
                return [extraction.to_dict() for extraction in found]

            yield extract_many

    def _extract_postings(self, postings: Sequence[Posting]) -> list[dict[str, Any]]:
        extractor = self.extractor
        return [extractor.extract(p.text, declared=p.declared).to_dict() for p in postings]

    def reindex(
        self, *, jobs: int | None = None, on_progress: Callable[[int], None] | None = None
    ) -> tuple[int, SyncReport]:
        """Rebuild the index from the stored extractions, then extract and index the rest
        (postings never extracted, or extracted by an older pipeline)."""
        from jobsift.index.sync import rebuild_index
        from jobsift.index.tantivyindex import remove_index

        path = self.index_path
        if self._index is not None:
            self._index.close()
            self._index, self._search = None, None
        if path is not None:
            remove_index(path)  # an index of an older schema cannot even be opened
        rebuilt = rebuild_index(
            self.store, self.index, on_progress=on_progress, semantic=self.semantic
        )
        return rebuilt, self.sync_index(jobs=jobs, on_progress=on_progress)

    def dedupe(self, *, workers: int | None = None) -> FullReport:
        """Recompute every duplicate cluster from scratch (``jobsift dedupe``), then bring the
        index in step: the documents of postings whose cluster changed are written again (the
        whole index is rebuilt when that is most of them)."""
        from jobsift.index.sync import cluster_view, rebuild_index, rewrite_docs

        before = cluster_view(self.store)
        report = self.deduper.run_full(workers=workers or os.cpu_count() or 1)
        changed = _changed_places(before, cluster_view(self.store))
        if len(changed) > self.store.count() // 5:
            rebuild_index(self.store, self.index, semantic=self.semantic)
        else:
            ordered = sorted(changed)
            for start in range(0, len(ordered), 1000):
                self.index.upsert(list(rewrite_docs(self.store, ordered[start : start + 1000])))
            self.index.commit()
        self.analytics.refresh_if_built()
        return report

    def delete(self, posting_id: str) -> Posting:
        """Remove a posting from the store and the index; the rest of its duplicate cluster
        gets the next best posting as canonical and a new count."""
        from jobsift.index.sync import rewrite_docs

        removal = self.deduper.remove(posting_id)
        removed = removal.posting
        self.index.delete([removed.id])
        self.index.upsert(list(rewrite_docs(self.store, removal.members)))
        self.index.commit()
        if self.semantic is not None:
            self.semantic.delete([removed.id])
            self.semantic.commit()
        return removed

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
        progress = InputProgress()
        items = self.read(paths, format=format, mapping=mapping, progress=progress)
        return self._ingest(items, self._writer(paths), progress, on_progress)

    def ingest_bytes(
        self,
        data: bytes,
        *,
        uri: str,
        format: str,
        on_progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """``ingest`` for postings held in memory (an API request body); their sources are
        named ``uri``, so sending the same postings again adds nothing."""
        from jobsift.ingest import read_bytes

        progress = InputProgress()
        items = read_bytes(
            data,
            uri=uri,
            format=format,
            max_bytes=self.settings.max_posting_bytes,
            progress=progress,
        )
        return self._ingest(items, ThreadWriter(self.store), progress, on_progress)

    def _ingest(
        self,
        items: Iterator[ReadItem],
        writer: BatchWriter,
        progress: InputProgress,
        on_progress: ProgressCallback | None,
    ) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        try:
            for batch in self._batches(items, report):
                for result in writer.put(batch):
                    _account(result, report, progress, on_progress)
        finally:
            for result in writer.finish():
                _account(result, report, progress, on_progress)
        if self.settings.index_on_ingest:
            report.indexed = self.sync_index().indexed
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
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._store is not None:
            self._store.close()
            self._store = None
