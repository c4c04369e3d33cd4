"""The full pass: every stored posting sketched (in worker processes, each reading its own
range of rows), clustered at once, then the sketches that changed and every cluster row
written in one transaction."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from jobsift.dedupe import graph
from jobsift.dedupe.features import Sketches, concat, sketch
from jobsift.dedupe.sketch import BANDS, Keys
from jobsift.dedupe.state import (
    Rows,
    ScanRow,
    SketchRow,
    SqliteDedupeState,
    entry,
    scan,
    sketch_rows,
)

#: Postings sketched at once by a worker.
CHUNK: Final = 5000
#: Below this many postings one process is quicker than starting workers.
_PARALLEL_FROM: Final = 50_000
_MEMORY: Final = ":memory:"


@dataclass(slots=True)
class FullReport:
    """What a full pass found and how long each stage took."""

    postings: int = 0
    clusters: int = 0
    clustered: int = 0
    largest: int = 0
    candidate_pairs: int = 0
    duplicate_pairs: int = 0
    workers: int = 1
    #: Sketches new or changed since they were last stored (the others are not written).
    sketches_written: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def duplicates(self) -> int:
        """Postings that are not their cluster's canonical."""
        return self.clustered - self.clusters

    def to_dict(self) -> dict[str, object]:
        return {
            "postings": self.postings,
            "clusters": self.clusters,
            "clustered_postings": self.clustered,
            "duplicates": self.duplicates,
            "largest_cluster": self.largest,
            "candidate_pairs": self.candidate_pairs,
            "duplicate_pairs": self.duplicate_pairs,
            "workers": self.workers,
            "sketches_written": self.sketches_written,
            "seconds": round(self.seconds, 3),
            "stages": {name: round(value, 3) for name, value in self.stages.items()},
        }


def run_full(state: SqliteDedupeState, *, workers: int = 2) -> FullReport:
    """Recompute every cluster from the stored postings and extractions, and write them."""
    started = time.perf_counter()
    report = FullReport()
    low, high = state.row_range()
    parallel = workers > 1 and state.location != _MEMORY and high - low >= _PARALLEL_FROM
    report.workers = workers if parallel else 1
    rows, sketches, keys, changed = _sketch_all(state, low, high, report.workers if parallel else 0)
    report.stages["read_and_sketch"] = time.perf_counter() - started
    mark = time.perf_counter()
    canonical = _cluster(sketches, keys, report)
    report.stages["cluster"] = time.perf_counter() - mark
    mark = time.perf_counter()
    members = _clustered(canonical)
    state.replace_all(changed, (rows[members], rows[canonical[members]]), high)
    report.sketches_written = len(changed)
    report.stages["write"] = time.perf_counter() - mark
    _count(report, canonical, members)
    report.seconds = time.perf_counter() - started
    return report


def _cluster(sketches: Sketches, keys: Keys, report: FullReport) -> Rows:
    """Each posting's canonical (as a node number), counting pairs on the way."""
    id_order = sketches.id_order
    candidates = graph.candidate_pairs(keys, sketches, id_order)
    edges = graph.verify(sketches, sketches, candidates)
    report.candidate_pairs, report.duplicate_pairs = len(candidates[0]), len(edges[0])
    labels = graph.components(len(sketches), edges)
    return graph.canonicals(labels, sketches, id_order)


def _clustered(canonical: Rows) -> Rows:
    """The nodes in clusters of two or more."""
    sizes = np.bincount(canonical, minlength=len(canonical))
    return np.flatnonzero(sizes[canonical] >= 2)


def _count(report: FullReport, canonical: Rows, members: Rows) -> None:
    sizes = np.bincount(canonical, minlength=len(canonical))
    report.postings = len(canonical)
    report.clusters = int((sizes >= 2).sum())
    report.clustered = len(members)
    report.largest = int(sizes.max()) if len(sizes) else 0


#: A share of the pass: rows, their sketches and band keys, and the sketch rows to write.
Sketched = tuple[Rows, Sketches, Keys, list[SketchRow]]


def _sketch_all(state: SqliteDedupeState, low: int, high: int, workers: int) -> Sketched:
    if not workers:
        return _sketch_rows(state.scan(low, high, chunk=CHUNK))
    bounds = np.linspace(low - 1, high, workers + 1).astype(np.int64).tolist()
    ranges = [(bounds[i] + 1, bounds[i + 1]) for i in range(workers)]
    # "spawn": a forked child would inherit the parent's SQLite connection, which SQLite
    # forbids using across a fork.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        parts = list(
            pool.map(_sketch_range, [state.location] * workers, *zip(*ranges, strict=True))
        )
    return _concat(parts)


def _sketch_range(location: str, low: int, high: int) -> Sketched:
    """A worker's share: its range of rows, read on its own connection and sketched."""
    conn = sqlite3.connect(location)
    try:
        return _sketch_rows(scan(conn, low, high, chunk=CHUNK))
    finally:
        conn.close()


def _sketch_rows(batches: Iterator[list[ScanRow]]) -> Sketched:
    """Batch by batch, so that only one batch of texts is in memory at a time."""
    parts: list[Sketched] = []
    for batch in batches:
        rows = np.array([row[0] for row in batch], dtype=np.int64)
        sketches = sketch([entry(row) for row in batch])
        keys = graph.keys_of(sketches)
        fresh = sketch_rows(rows, sketches, keys)
        # What the store already holds need not be written again (a pass after ingests
        # that clustered as they went writes almost nothing).
        changed = [new for new, row in zip(fresh, batch, strict=True) if new[1:] != row[8:]]
        parts.append((rows, sketches, keys, changed))
    return _concat(parts)


def _concat(parts: list[Sketched]) -> Sketched:
    if not parts:
        return np.zeros(0, dtype=np.int64), concat([]), np.zeros((0, BANDS), np.uint32), []
    return (
        np.concatenate([part[0] for part in parts]),
        concat([part[1] for part in parts]),
        np.concatenate([part[2] for part in parts]),
        [row for part in parts for row in part[3]],
    )
