"""Search benchmark: the tantivy index against SQLite FTS5 over the same generated postings.

    python benchmarks/search.py --count 100000
    python benchmarks/search.py --count 1000000     # the issue's size (about 20 minutes here)

Documents are built from the generator's ground truth (title, company, place, seniority, work
mode, skills, salary), not by running the extractor: this measures the index, and extraction
has its own benchmark (``benchmarks/extract.py``).  Reports, with the machine and the date:
index build rate and size; in-process latency p50/p99 of one-word, three-word, filter-only and
text + 3 filters + facets queries; the same queries on SQLite FTS5 (a porter-stemmed FTS table
joined to a table of the filter columns; facets by GROUP BY), as a ratio.

Not measured here yet: HTTP throughput at concurrency 32, and semantic queries (no semantic
component exists yet).  Targets (issue #4): in-process p99 at most 10 ms, index build at least
20,000 postings/s.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from jobsift.corpus.generator import generate
from jobsift.index import Filters, IndexDoc, SearchRequest
from jobsift.index.tantivyindex import TantivySearchIndex
from machine import machine

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
BATCH = 10_000
WORDS = ["python", "engineer", "manager", "sales", "data", "nurse", "developer", "analyst"]
PHRASES = ["senior data engineer", "software developer python", "project manager remote"]


def documents(count: int, seed: int) -> Iterator[IndexDoc]:
    for n, posting in enumerate(generate(count, seed=seed, duplicate_rate=0.0)):
        truth, record = posting.truth, posting.record
        skills = [*truth["skills_required"], *truth["skills_preferred"]]
        salary = truth.get("salary") or {}
        yield IndexDoc(
            id=f"{n:032x}",
            text=str(record["description"]),
            title=str(truth["title"]),
            language=str(truth["language"]),
            skills=tuple((f"tech:{name.lower()}", name) for name in skills),
            seniority=truth.get("seniority") or "",
            work_mode=truth.get("work_mode") or "",
            countries=(truth["country"],) if truth.get("country") else (),
            cities=(truth["city"],) if truth.get("city") else (),
            company=truth.get("company") or "",
            employment_types=(truth["employment_type"],) if truth.get("employment_type") else (),
            salary_min=salary.get("minimum"),
            salary_max=salary.get("maximum"),
            currency=salary.get("currency") or "",
            posted=date(2026, 1 + n % 12, 1 + n % 28),
            card={"title": truth["title"], "company": truth.get("company")},
        )


def build_tantivy(docs: list[IndexDoc], folder: Path) -> tuple[TantivySearchIndex, float]:
    index = TantivySearchIndex(folder)
    started = time.perf_counter()
    for at in range(0, len(docs), BATCH):
        index.upsert(docs[at : at + BATCH])
    index.commit()
    return index, time.perf_counter() - started


def build_fts(docs: list[IndexDoc], path: Path) -> tuple[sqlite3.Connection, float]:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE VIRTUAL TABLE text USING fts5(title, body, tokenize='porter unicode61');"
        "CREATE TABLE fields (rowid INTEGER PRIMARY KEY, seniority TEXT, work_mode TEXT, "
        "country TEXT, company TEXT);"
        "CREATE TABLE skills (rowid INTEGER, skill TEXT);"
    )
    started = time.perf_counter()
    with conn:
        for n, doc in enumerate(docs, 1):
            conn.execute(
                "INSERT INTO text (rowid, title, body) VALUES (?, ?, ?)", (n, doc.title, doc.text)
            )
            country = doc.countries[0] if doc.countries else ""
            conn.execute(
                "INSERT INTO fields VALUES (?, ?, ?, ?, ?)",
                (n, doc.seniority, doc.work_mode, country, doc.company),
            )
            conn.executemany("INSERT INTO skills VALUES (?, ?)", [(n, s) for s, _ in doc.skills])
    conn.executescript(
        "CREATE INDEX f1 ON fields (seniority, work_mode, country);"
        "CREATE INDEX s1 ON skills (skill);"
    )
    return conn, time.perf_counter() - started


def tantivy_queries(index: TantivySearchIndex, rng: random.Random) -> dict[str, Callable[[], Any]]:
    def one_word() -> Any:
        return index.search(
            SearchRequest(text=rng.choice(WORDS), limit=20, facets=(), snippets=False)
        )

    def three_words() -> Any:
        return index.search(
            SearchRequest(text=rng.choice(PHRASES), limit=20, facets=(), snippets=False)
        )

    def filter_only() -> Any:
        filters = Filters(country=(rng.choice(["DE", "FR", "PL", "GB"]),), work_mode=("remote",))
        return index.search(SearchRequest(filters=filters, limit=20, facets=(), snippets=False))

    def text_filters_facets() -> Any:
        filters = Filters(
            country=(rng.choice(["DE", "FR", "PL", "GB"]),),
            work_mode=(rng.choice(["remote", "hybrid", "onsite"]),),
            seniority=(rng.choice(["senior", "junior", "mid"]),),
        )
        return index.search(SearchRequest(text=rng.choice(WORDS), filters=filters, limit=20))

    return {
        "one word": one_word,
        "three words": three_words,
        "filters only": filter_only,
        "text + 3 filters + facets": text_filters_facets,
    }


def fts_queries(conn: sqlite3.Connection, rng: random.Random) -> dict[str, Callable[[], Any]]:
    def top(match: str, where: str = "", params: tuple[Any, ...] = ()) -> Any:
        sql = (
            "SELECT t.rowid FROM text t JOIN fields f ON f.rowid = t.rowid "
            f"WHERE text MATCH ? {where} ORDER BY rank LIMIT 20"
        )
        return conn.execute(sql, (match, *params)).fetchall()

    def one_word() -> Any:
        return top(rng.choice(WORDS))

    def three_words() -> Any:
        return top(" AND ".join(rng.choice(PHRASES).split()))

    def filter_only() -> Any:
        sql = "SELECT rowid FROM fields WHERE country = ? AND work_mode = 'remote' LIMIT 20"
        return conn.execute(sql, (rng.choice(["DE", "FR", "PL", "GB"]),)).fetchall()

    def text_filters_facets() -> Any:
        params = (
            rng.choice(WORDS),
            rng.choice(["DE", "FR", "PL", "GB"]),
            rng.choice(["remote", "hybrid", "onsite"]),
            rng.choice(["senior", "junior", "mid"]),
        )
        where = "AND f.country = ? AND f.work_mode = ? AND f.seniority = ?"
        hits = top(params[0], where, params[1:])
        matching = (
            "SELECT t.rowid FROM text t JOIN fields f ON f.rowid = t.rowid "
            f"WHERE text MATCH ? {where}"
        )
        for column in ("company", "country", "work_mode", "seniority"):
            conn.execute(
                f"SELECT {column}, count(*) FROM fields WHERE rowid IN ({matching}) "
                f"GROUP BY {column} ORDER BY 2 DESC LIMIT 10",
                params,
            ).fetchall()
        conn.execute(
            f"SELECT skill, count(*) FROM skills WHERE rowid IN ({matching}) "
            "GROUP BY skill ORDER BY 2 DESC LIMIT 10",
            params,
        ).fetchall()
        return hits

    return {
        "one word": one_word,
        "three words": three_words,
        "filters only": filter_only,
        "text + 3 filters + facets": text_filters_facets,
    }


def latencies(run: Callable[[], Any], rounds: int) -> dict[str, float]:
    for _ in range(10):
        run()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 3),
    }


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    docs = list(documents(args.count, args.seed))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        index, index_s = build_tantivy(docs, folder / "index")
        conn, fts_s = build_fts(docs, folder / "fts.db")
        rng = random.Random(args.seed)
        ours = {
            name: latencies(run, args.rounds) for name, run in tantivy_queries(index, rng).items()
        }
        theirs = {name: latencies(run, args.rounds) for name, run in fts_queries(conn, rng).items()}
        result = {
            "benchmark": "search",
            "machine": machine(),
            "postings": len(docs),
            "tantivy": {
                "build_s": round(index_s, 1),
                "postings_per_s": round(len(docs) / index_s),
                "size_mb": round(folder_size(folder / "index") / 2**20, 1),
                "queries": ours,
            },
            "sqlite_fts5": {
                "build_s": round(fts_s, 1),
                "postings_per_s": round(len(docs) / fts_s),
                "size_mb": round((folder / "fts.db").stat().st_size / 2**20, 1),
                "queries": theirs,
            },
            "p99_ratio_fts5_over_tantivy": {
                name: round(theirs[name]["p99_ms"] / max(ours[name]["p99_ms"], 1e-6), 1)
                for name in ours
            },
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "not_measured": ["HTTP throughput at concurrency 32", "semantic queries"],
        }
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    out = RESULTS / f"search-{args.count}-{stamp}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
