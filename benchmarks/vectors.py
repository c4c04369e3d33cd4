"""Semantic-query benchmark: the vector side of a hybrid search over N postings.

    python benchmarks/vectors.py --count 1000000

Embedding a million postings with the packaged encoder takes hours here (about 110 postings/s),
and the cost of a vector search does not depend on what the vectors say: so the index holds N
random unit vectors of the encoder's dimension (512), stored as the product stores them
(float16), and the timed part is what a hybrid query adds to a keyword search: embedding the
query with the real model (when the `semantic` extra is installed) and finding its 200 nearest
postings (``HYBRID_DEPTH``), over all of them and among the half a filter allows.
Results go to benchmarks/results/vectors-N-*.json with the machine and the date.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from jobsift.search.service import HYBRID_DEPTH
from jobsift.semantic.vectors import VectorIndex
from machine import machine, save_result
from timing import latencies

HERE = Path(__file__).resolve().parent
DIM = 512
CHUNK = 100_000
QUERIES = ["senior python developer remote", "Krankenpfleger Nachtdienst", "data engineer"]


def build(count: int, seed: int) -> VectorIndex:
    rng = np.random.default_rng(seed)
    index = VectorIndex(None, DIM, model="random", storage="float16")
    for start in range(0, count, CHUNK):
        size = min(CHUNK, count - start)
        ids = [f"{n:032x}" for n in range(start, start + size)]
        index.upsert(ids, rng.standard_normal((size, DIM), dtype=np.float32))
    return index


def query_embedding() -> tuple[Callable[[], object] | None, str]:
    try:
        from jobsift.semantic import available, default_embedder
    except ImportError:
        return None, "semantic extra not installed"
    if not available():
        return None, "semantic extra not installed"
    embedder = default_embedder()
    texts = iter(QUERIES * 10_000)
    return lambda: embedder.embed([next(texts)]), embedder.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    index = build(args.count, args.seed)
    built = time.perf_counter() - started
    rng = np.random.default_rng(args.seed + 1)
    allowed = {f"{n:032x}" for n in range(0, args.count, 2)}
    query = rng.standard_normal(DIM, dtype=np.float32)
    embed, model = query_embedding()
    result = {
        "benchmark": "vectors",
        "machine": machine(),
        "postings": args.count,
        "dim": DIM,
        "storage": "float16 on disk, float32 in memory",
        "build_s": round(built, 1),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "k": HYBRID_DEPTH,
        "search_all": latencies(lambda: index.search(query, HYBRID_DEPTH), args.rounds),
        "search_half_allowed": latencies(
            lambda: index.search(query, HYBRID_DEPTH, allowed), args.rounds
        ),
        "embed_query": latencies(embed, args.rounds) if embed else None,
        "model": model,
    }
    save_result("vectors", args.count, result)


if __name__ == "__main__":
    main()
