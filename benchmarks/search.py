"""Search benchmark: the tantivy index against SQLite FTS5 over the same generated postings.

    python benchmarks/search.py --count 100000
    python benchmarks/search.py --count 1000000     # the issue's size (about 20 minutes here)

Documents are built from the generator's ground truth (title, company, place, seniority, work
mode, skills, salary), not by running the extractor: this measures the index, and extraction
has its own benchmark (``benchmarks/extract.py``).  Reports, with the machine and the date:
index build rate and size; in-process latency p50/p99 of one-word, three-word, filter-only and
text + 3 filters + facets queries; the same queries on SQLite FTS5 (a porter-stemmed FTS table
joined to a table of the filter columns; facets by GROUP BY), as a ratio.

``--http`` also serves the index with ``jobsift serve`` (one uvicorn process) and sends search
requests from 32 concurrent connections for ``--seconds``: requests/s, p50/p99 and the server's
RSS.  The load generator (httpx, asyncio) runs on the same two cores as the server, as it would
on one laptop.  Not measured yet: semantic queries.  Targets (issue #4): in-process p99 at most
10 ms, index build at least 20,000 postings/s, HTTP at least 1,000 requests/s with p99 at most
50 ms, server RSS at most 3 GB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import sqlite3
import statistics
import subprocess
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


HTTP_QUERIES = [
    "q=python",
    "q=senior+data+engineer",
    "country=DE&work_mode=remote",
    "q=developer&country=FR&seniority=senior&work_mode=hybrid",
    "q=nurse&facets=",
]


def http_load(folder: Path, seconds: float, concurrency: int) -> dict[str, Any]:
    """Serve the index built in ``folder`` and load it; returns throughput and latencies."""
    import psutil

    port = _free_port()
    env = {**os.environ, "JOBSIFT_INDEX_PATH": str(folder / "index")}
    command = [
        sys.executable, "-m", "jobsift", "serve", "--db", str(folder / "empty.db"),
        "--port", str(port),
    ]  # fmt: skip
    server = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base)
        times: list[float] = []
        errors = asyncio.run(_load(base, seconds, concurrency, times))
        rss = psutil.Process(server.pid).memory_info().rss
    finally:
        server.terminate()
        server.wait()
    times.sort()
    return {
        "concurrency": concurrency,
        "seconds": seconds,
        "requests": len(times),
        "errors": errors,
        "requests_per_s": round(len(times) / seconds),
        "p50_ms": round(statistics.median(times), 2),
        "p99_ms": round(times[int(len(times) * 0.99)], 2),
        "server_rss_mb": round(rss / 2**20),
    }


async def _load(base: str, seconds: float, concurrency: int, times: list[float]) -> int:
    import httpx

    deadline = time.perf_counter() + seconds
    errors = 0
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker(n: int) -> None:
            nonlocal errors
            i = n
            while time.perf_counter() < deadline:
                query = HTTP_QUERIES[i % len(HTTP_QUERIES)]
                i += 1
                started = time.perf_counter()
                response = await client.get(f"/v1/postings/search?{query}&limit=20")
                times.append((time.perf_counter() - started) * 1000)
                errors += response.status_code != 200

        await asyncio.gather(*(worker(n) for n in range(concurrency)))
    return errors


def _wait_ready(base: str) -> None:
    import httpx

    for _ in range(600):
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not become ready in 60 s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--http", action="store_true", help="also measure over HTTP")
    parser.add_argument("--seconds", type=float, default=15.0)
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
            "not_measured": ["semantic queries"] + ([] if args.http else ["HTTP"]),
        }
        index.close()
        conn.close()
        if args.http:
            result["http"] = http_load(folder, args.seconds, concurrency=32)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    out = RESULTS / f"search-{args.count}-{stamp}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    json.dump(result, sys.stdout, indent=2)
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
