"""Postings with hand-made extractions, stored without running the extractor (fast), and a
store that answers ``canonical_ids()`` from a given mapping (duplicate clusters)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import orjson

from jobsift.model import Declared
from jobsift.store.base import PostingStore
from jobsift.testing.factories import raw_posting

PIPELINE = "test-pipeline"


@dataclass(frozen=True)
class Job:
    """One posting: its skill ids (label: the id upper-cased) and fields.  ``repost_of``: the
    index of an earlier job this one reposts (same cluster)."""

    skills: tuple[str, ...]
    country: str | None = "DE"
    city: str | None = "Berlin"
    seniority: str | None = "senior"
    occupation: str | None = "occ:developer"
    posted: str = "2025-03-03"
    salary: tuple[float | None, float | None, str, str] | None = None  # min, max, cur, period
    repost_of: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def extraction(job: Job) -> dict[str, Any]:
    """The extraction JSON (``Extraction.to_dict`` shape) ``index_doc`` reads."""

    def value(item: Any) -> dict[str, Any] | None:
        return None if item is None else {"value": item, "spans": [], "confidence": 1.0}

    place = {"city": job.city, "region": None, "country": job.country}
    salary = None
    if job.salary is not None:
        low, high, currency, period = job.salary
        salary = {"minimum": low, "maximum": high, "currency": currency, "period": period}
    return {
        "skills": [value({"id": s, "label": s.upper()}) for s in job.skills],
        "locations": [value(place)] if job.country or job.city else [],
        "seniority": value(job.seniority),
        "occupation": value({"uri": job.occupation, "label": f"label of {job.occupation}"})
        if job.occupation
        else None,
        "salary": value(salary),
    }


def store_jobs(store: PostingStore, jobs: Sequence[Job], *, start: int = 0) -> list[str]:
    """Store and "extract" the jobs; returns their posting ids, in order."""
    raws = [
        raw_posting(
            f"Job {start + n}: {' '.join(job.skills)}",
            locator=f"line {start + n}",
            declared=Declared(date_posted=job.posted),
        )
        for n, job in enumerate(jobs)
    ]
    store.add(raws)
    ids = [raw.id for raw in raws]
    store.put_extractions(
        [(i, orjson.dumps(extraction(job))) for i, job in zip(ids, jobs, strict=True)], PIPELINE
    )
    return ids


def clusters_of(ids: Sequence[str], jobs: Sequence[Job]) -> dict[str, str]:
    """Each id to its cluster's canonical id (the first job of a repost chain)."""
    canonical: dict[str, str] = {}
    for posting_id, job in zip(ids, jobs, strict=True):
        canonical[posting_id] = (
            posting_id if job.repost_of is None else canonical[ids[job.repost_of]]
        )
    return canonical


class ClusteredStore:
    """A store plus ``canonical_ids()``, the contract the dedupe work adds to the store."""

    def __init__(self, store: PostingStore, canonical: Mapping[str, str] | None = None) -> None:
        self.inner = store
        self.canonical = dict(canonical or {})

    def canonical_ids(self) -> Iterator[tuple[str, str]]:
        for posting in self.inner.iter_postings():
            yield posting.id, self.canonical.get(posting.id, posting.id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def clustered(store: PostingStore, canonical: Mapping[str, str] | None = None) -> PostingStore:
    return cast(PostingStore, ClusteredStore(store, canonical))
