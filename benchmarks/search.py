"""Search benchmark: the tantivy index against SQLite FTS5 over the same generated postings.

    python benchmarks/search.py --count 100000
    python benchmarks/search.py --count 1000000     # the issue's size (about 20 minutes here)

Documents are built from the generator's ground truth (title, company, place, seniority, work
mode, skills, salary), not by running the extractor: this measures the index, and extraction
has its own benchmark (``benchmarks/extract.py``).  Reports, with the machine and the date:
index build rate and size; in-process latency p50/p99 of one-word, three-word, filter-only and
text + 3 filters + facets queries; the same queries on SQLite FTS5 (a porter-stemmed FTS table
joined to a table of the filter columns; facets by GROUP BY), as a ratio.

``--http`` also serves the index with ``jobsift serve --workers 2``, twice (result cache off,
then on), and sends the same sequence of searches from 32 connections for ``--seconds`` with
wrk (Debian's wrk; C, light on the cores the server needs): requests/s, p50/p99 and the
server's RSS.  The sequence draws from a few thousand distinct searches (words, phrases and
queries with words read as filters, with or without filters, facets, date sort) with Zipf
weights, as query logs are skewed; the cache-off run is what computing the searches costs (the
index still reuses a search's facet counts for its other sorts).
Semantic queries have their own benchmark (``benchmarks/vectors.py``).  Targets (issue #4):
in-process p99 at most 10 ms, index build at least 20,000 postings/s, HTTP at least 1,000
requests/s with p99 at most 50 ms, server RSS at most 3 GB.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import shutil
import socket
import sqlite3
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
from machine import machine, save_result
from timing import latencies

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
    # No facet counts kept: the random queries repeat, and each should be counted.
    index = TantivySearchIndex(folder, counted=0)
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


#: What the HTTP load asks: words and phrases people type (some with words read as filters),
#: each with or without filters, with all facets (a first page) or none (a next page).
HTTP_TEXTS = [
    *WORDS, *PHRASES, "", "senior python remote berlin", "nurse munich", "java", "sql",
    "kubernetes", "marketing", "accountant", "teacher", "driver", "sales manager paris",
    "frontend developer", "devops", "product owner", "data scientist", "warehouse",
]  # fmt: skip
HTTP_FILTERS = [
    "", "country=DE", "country=FR", "country=PL", "country=GB", "work_mode=remote",
    "work_mode=hybrid", "seniority=senior", "seniority=junior", "country=DE&work_mode=remote",
    "country=FR&seniority=senior&work_mode=hybrid", "employment_type=FULL_TIME",
    "salary_min=50000", "country=ES&seniority=mid", "work_mode=onsite&country=IT",
]  # fmt: skip
HTTP_FACETS = ["", "facets="]
HTTP_SORTS = ["", "sort=date"]
#: Requests drawn, more than any run sends, and how skewed the draw is (Zipf, as query logs are).
HTTP_SEQUENCE = 200_000
ZIPF_S = 1.0


def http_urls() -> list[str]:
    """Every distinct search of the mix (a few thousand), most popular first once shuffled."""
    urls = []
    for text in HTTP_TEXTS:
        for filters in HTTP_FILTERS:
            for facets in HTTP_FACETS:
                for sort in HTTP_SORTS:
                    parts = [f"q={text.replace(' ', '+')}" if text else "", filters, facets, sort]
                    query = "&".join(part for part in [*parts, "limit=20"] if part)
                    urls.append(f"/v1/postings/search?{query}")
    random.Random(7).shuffle(urls)  # popularity independent of how the list was built
    return urls


def http_sequence(urls: list[str], seed: int) -> list[str]:
    """The order requests are sent in: URL i drawn with weight 1 / (i + 1) ** ZIPF_S."""
    weights = [1 / (rank + 1) ** ZIPF_S for rank in range(len(urls))]
    return random.Random(seed).choices(urls, weights, k=HTTP_SEQUENCE)


def http_load(folder: Path, seconds: float, concurrency: int, workers: int) -> dict[str, Any]:
    """Serve the index built in ``folder`` twice, with the result cache off and on, and load
    it with the same request sequence; returns throughput, latencies and memory of each."""
    if not shutil.which("wrk"):
        raise SystemExit("--http needs wrk (Debian: apt-get install wrk)")
    urls = http_urls()
    sequence = http_sequence(urls, seed=3)
    script = folder / "load.lua"
    script.write_text(_wrk_script(sequence))
    runs = {}
    # The index's own facet counts per search stay on in both: they are part of the index.
    for name, cache in (("result cache off", 0), ("result cache on", 1024)):
        runs[name] = _serve_and_load(folder, script, seconds, concurrency, workers, cache=cache)
        sent = runs[name]["requests"]
        runs[name]["distinct_searches_sent"] = len(set(sequence[:sent]))
    return {
        "client": "wrk, one thread, keep-alive",
        "concurrency": concurrency,
        "seconds": seconds,
        "server_workers": workers,
        "distinct_searches_in_mix": len(urls),
        "mix": f"Zipf s={ZIPF_S} over the distinct searches, the same sequence for each run",
        "runs": runs,
    }


def _serve_and_load(
    folder: Path, script: Path, seconds: float, concurrency: int, workers: int, *, cache: int
) -> dict[str, Any]:
    port = _free_port()
    # Keyword search: the documents have no vectors, and embedding each query would be
    # measured instead (semantic queries are their own line, in process).
    env = {
        **os.environ,
        "JOBSIFT_INDEX_PATH": str(folder / "index"),
        "JOBSIFT_SEMANTIC": "off",
        "JOBSIFT_SEARCH_CACHE_SIZE": str(cache),
    }
    command = [
        sys.executable, "-m", "jobsift", "serve", "--db", str(folder / "empty.db"),
        "--port", str(port), "--workers", str(workers),
    ]  # fmt: skip
    server = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base)
        # Each worker's first searches load what query reading needs: not measured, and a
        # search outside the mix, so the cache starts as empty as in the other run.
        warm = f"{base}/v1/postings/search?q=warming+up"
        subprocess.run(
            ["wrk", "-t", "1", "-c", "8", "-d", "3s", warm], check=True, capture_output=True
        )
        wrk = [
            "wrk", "-t", "1", "-c", str(concurrency), "-d", f"{seconds:.0f}s", "--latency",
            "-s", str(script), base,
        ]  # fmt: skip
        out = subprocess.run(wrk, capture_output=True, text=True, check=True).stdout
        found = _wrk_result(out)
        return {**found, **_rss(server.pid, workers)}
    finally:
        server.terminate()
        server.wait()


def _wrk_script(sequence: list[str]) -> str:
    """A wrk script that sends ``sequence`` in order and prints its figures as JSON."""
    paths = ",\n".join(f'"{path}"' for path in sequence)
    return (
        f"local paths = {{\n{paths}\n}}\n"
        "local n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        "  return wrk.format('GET', paths[(n - 1) % #paths + 1])\n"
        "end\n"
        "done = function(summary, latency, requests)\n"
        "  local e = summary.errors\n"
        "  io.write(string.format('RESULT %d %d %d %d %d %d\\n', summary.requests,\n"
        "    summary.duration, e.connect + e.read + e.write + e.timeout, e.status,\n"
        "    latency:percentile(50), latency:percentile(99)))\n"
        "end\n"
    )


def _wrk_result(output: str) -> dict[str, Any]:
    for line in output.splitlines():
        if line.startswith("RESULT "):
            requests, duration_us, errors, non_2xx, p50_us, p99_us = map(int, line.split()[1:])
            return {
                "requests": requests,
                "requests_per_s": round(requests / (duration_us / 1e6)),
                "p50_ms": round(p50_us / 1000, 1),
                "p99_ms": round(p99_us / 1000, 1),
                "errors": errors,
                "non_2xx": non_2xx,
            }
    raise SystemExit(f"wrk printed no result:\n{output}")


def _rss(pid: int, workers: int) -> dict[str, Any]:
    import psutil

    parent = psutil.Process(pid)
    rss = sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])
    return {"server_workers": workers, "server_rss_mb": round(rss / 2**20)}


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


def fts_side(
    docs: list[IndexDoc],
    folder: Path,
    rng: random.Random,
    ours: dict[str, dict[str, float]],
    rounds: int,
) -> dict[str, Any]:
    conn, fts_s = build_fts(docs, folder / "fts.db")
    theirs = {name: latencies(run, rounds, warm=10) for name, run in fts_queries(conn, rng).items()}
    conn.close()
    return {
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
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument(
        "--fts-rounds", type=int, default=30, help="rounds on FTS5 (its facets take seconds)"
    )
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--http", action="store_true", help="also measure over HTTP")
    parser.add_argument("--skip-fts", action="store_true", help="tantivy only (FTS5 is slow)")
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=2, help="server processes for --http")
    args = parser.parse_args()
    docs = list(documents(args.count, args.seed))
    # A searching process does not hold a million documents: out of the collector's sight,
    # or its full passes over them (100 ms and more) are timed as query latency.
    gc.collect()
    gc.freeze()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        index, index_s = build_tantivy(docs, folder / "index")
        rng = random.Random(args.seed)
        ours = {
            name: latencies(run, args.rounds, warm=10)
            for name, run in tantivy_queries(index, rng).items()
        }
        result: dict[str, Any] = {
            "benchmark": "search",
            "machine": machine(),
            "postings": len(docs),
            "tantivy": {
                "build_s": round(index_s, 1),
                "postings_per_s": round(len(docs) / index_s),
                "size_mb": round(folder_size(folder / "index") / 2**20, 1),
                "queries": ours,
            },
            "not_measured": ["semantic queries"]
            + ([] if args.http else ["HTTP"])
            + (["SQLite FTS5"] if args.skip_fts else []),
        }
        index.close()
        if not args.skip_fts:
            result.update(fts_side(docs, folder, rng, ours, args.fts_rounds))
        result["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        if args.http:
            result["http"] = http_load(folder, args.seconds, concurrency=32, workers=args.workers)
    save_result("search", args.count, result)


if __name__ == "__main__":
    main()
