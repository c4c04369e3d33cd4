"""The ``PostingStore`` interface: what the pipeline needs from wherever postings are kept."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Protocol

from jobsift.model import Posting, RawPosting, fingerprint_prefix

#: A posting flattened for writing: its ``fingerprint_prefix`` (the writer computes the id from
#: it and the text), text, declared fields (JSON), then its source's uri, locator, format and
#: url.  Plain tuples cross a process boundary ten times faster than
#: dataclasses, which matters when a writer process does the storing.
PostingRow = tuple[str, str, str, str, str, str, str | None]


def to_row(raw: RawPosting) -> PostingRow:
    src = raw.source
    return (
        fingerprint_prefix(raw.declared),
        raw.text,
        raw.declared.to_json(),
        src.uri,
        src.locator,
        src.format,
        src.url,
    )


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``add`` changed: postings new to the store, sightings new to it."""

    new_postings: int = 0
    new_sources: int = 0
    received: int = 0

    def __add__(self, other: AddResult) -> AddResult:
        return AddResult(
            self.new_postings + other.new_postings,
            self.new_sources + other.new_sources,
            self.received + other.received,
        )


@dataclass(frozen=True, slots=True)
class Page:
    """One page of postings in store order, and the cursor of the next page (None at the end)."""

    postings: list[Posting]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class StoredExtraction:
    """A posting's stored extraction: the pipeline version that made it and its JSON."""

    posting_id: str
    pipeline: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Cluster:
    """A posting's near-duplicate cluster: its canonical posting first, then the others in
    id order (a posting alone is a cluster of one, its own canonical)."""

    canonical: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StoreStats:
    postings: int
    sources: int
    inputs: int
    by_format: dict[str, int] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None
    schema_version: int = 0
    location: str = ""
    size_bytes: int | None = None


class PostingStore(Protocol):
    """Keeps postings and their sources.

    ``add`` is atomic per call: after a crash a batch is either wholly stored or not at all, and
    adding the same batch again changes nothing.  Implementations translate their driver's
    exceptions into ``jobsift.errors.StoreError``.
    """

    def add(self, batch: Sequence[RawPosting]) -> AddResult: ...

    def add_rows(self, rows: Sequence[PostingRow]) -> AddResult:
        """``add`` for postings already flattened by ``to_row`` (what a writer process gets)."""
        ...

    def get(self, posting_id: str) -> Posting: ...

    def page(self, *, limit: int = 50, cursor: str | None = None) -> Page: ...

    def iter_postings(self) -> Iterator[Posting]: ...

    def count(self) -> int: ...

    def delete(self, posting_id: str) -> Posting:
        """Remove a posting, its sources and its extraction; returns what was removed."""
        ...

    def put_extractions(self, items: Sequence[tuple[str, bytes]], pipeline: str) -> None:
        """Store ``(posting id, extraction JSON)`` pairs made by ``pipeline``, replacing older
        ones; ids no longer stored (deleted meanwhile) are skipped."""
        ...

    def get_extraction(self, posting_id: str) -> StoredExtraction | None: ...

    def pending_extraction(self, pipeline: str, *, limit: int) -> list[Posting]:
        """Up to ``limit`` postings, oldest first, with no extraction by ``pipeline``."""
        ...

    def iter_extracted(self, *, chunk: int = 500) -> Iterator[tuple[Posting, StoredExtraction]]:
        """Every posting that has an extraction, with it, in store order."""
        ...

    def stats(self) -> StoreStats: ...

    def put_clusters(
        self, assignments: Sequence[tuple[str, str]], *, replace_all: bool = False
    ) -> None:
        """Store ``(posting id, canonical posting id)`` pairs, replacing those postings'
        cluster rows (``replace_all``: every posting's); ids no longer stored are skipped.  A
        posting without a row is a cluster of one."""
        ...

    def canonical_ids(self, *, chunk: int = 10_000) -> Iterator[tuple[str, str]]:
        """Every stored posting's ``(id, canonical id)``, itself when alone, in one scan."""
        ...

    def cluster(self, posting_id: str) -> Cluster:
        """The cluster a posting (id or unique prefix) belongs to."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> PostingStore: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
