"""Stores of generated postings with known duplicates, and pairwise scores, for the dedupe
tests."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from jobsift.corpus.generator import GeneratedPosting, generate
from jobsift.model import Declared, Posting, RawPosting, SourceRef
from jobsift.store.base import PostingStore


def raw_of(generated: GeneratedPosting) -> RawPosting:
    """A generated posting as a JSON Lines ingest reads it: the board's fields declared."""
    record = generated.record
    return RawPosting(
        text=record["description"],
        source=SourceRef("/gen.jsonl", f"record {record['id']}", "json", record["url"]),
        declared=Declared(
            title=record["title"],
            company=record["company"],
            locations=(record["location"],),
            url=record["url"],
        ),
    )


@cache
def corpus(count: int, seed: int = 5) -> tuple[tuple[RawPosting, str], ...]:
    """``count`` generated postings with their true cluster (the original's id)."""
    return tuple(
        (raw_of(posting), posting.truth["cluster"])
        for posting in generate(count, seed=seed, duplicate_rate=0.3)
    )


def stored(store: PostingStore, raws: Sequence[RawPosting]) -> list[Posting]:
    store.add(raws)
    return [store.get(posting_id) for posting_id in dict.fromkeys(raw.id for raw in raws)]


def no_extraction(postings: Iterable[Posting]) -> list[tuple[Posting, dict[str, Any]]]:
    return [(posting, {}) for posting in postings]


def pairwise(truth: dict[str, str], found: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of ``found`` clusters against ``truth``."""

    def pairs(labels: Iterable[object]) -> int:
        return sum(n * (n - 1) // 2 for n in collections.Counter(labels).values())

    both = pairs((truth[pid], found[pid]) for pid in truth)
    return both / max(pairs(found[pid] for pid in truth), 1), both / max(pairs(truth.values()), 1)


def truth_by_id(items: Sequence[tuple[RawPosting, str]]) -> dict[str, str]:
    # Reposts with no edit left are the same posting: the store keeps them once.
    return {raw.id: cluster for raw, cluster in items}


@cache
def agency_reposts(count: int, seed: int = 5) -> frozenset[str]:
    """Stored ids of the agency reposts among ``corpus(count, seed)``."""
    return frozenset(
        raw_of(posting).id
        for posting in generate(count, seed=seed, duplicate_rate=0.3)
        if posting.truth["edit"] == "agency repost"
    )
