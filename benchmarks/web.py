"""Web benchmark: server time of the search page (HTML) at N postings.

    python benchmarks/web.py --count 100000
    python benchmarks/web.py --count 1000000 --keep /tmp/web-index   # the issue's size

The index is built from the generator's ground truth as in ``benchmarks/search.py`` (this
measures the page, not extraction).  Each page is requested through Starlette's TestClient
against the real app (routing, query parsing, search with facets and snippets, the template),
one request at a time, so the figures are the server's time per page plus the in-process
client's small overhead; the same queries on the JSON API are measured beside them.
Target (issue #6): the search page in at most 200 ms at 1,000,000 postings.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from jobsift.api import create_app
from jobsift.engine import Engine
from jobsift.index.tantivyindex import TantivySearchIndex
from jobsift.settings import Settings
from machine import machine, save_result
from search import BATCH, documents, folder_size
from timing import latencies

TARGET_MS = 200.0
#: The page's query strings: words, words read as filters, facet filters, a sort, a later page.
PAGES = [
    "q=python",
    "q=senior+data+engineer+remote+Berlin",
    "q=developer&country=FR&seniority=senior&work_mode=hybrid",
    "country=DE&work_mode=remote",
    "q=nurse&sort=date",
    "q=manager&literal=work_mode,city",
]


def build(count: int, seed: int, folder: Path) -> float:
    """Index ``count`` generated postings into ``folder``, streaming; seconds taken."""
    index = TantivySearchIndex(folder)
    started = time.perf_counter()
    batch = []
    for doc in documents(count, seed):
        batch.append(doc)
        if len(batch) == BATCH:
            index.upsert(batch)
            batch = []
    index.upsert(batch)
    index.commit()
    index.close()
    return time.perf_counter() - started


@contextmanager
def index_folder(keep: str | None) -> Iterator[Path]:
    if keep:
        yield Path(keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp) / "index"


def timed(client: TestClient, url: str, rounds: int) -> dict[str, float]:
    def get() -> None:
        assert client.get(url).status_code == 200, url

    return latencies(get, rounds, warm=min(5, rounds))


def with_next_page(client: TestClient, query: str) -> str:
    """``query``'s second page (the cursor of the first)."""
    found = client.get(f"/v1/postings/search?{query}").json()
    cursor = found.get("next_cursor")
    return f"{query}&cursor={cursor}" if cursor else query


def measure(folder: Path, rounds: int) -> dict[str, Any]:
    settings = Settings(database_url="sqlite://", index_path=str(folder), semantic="off")
    with Engine(settings) as engine, TestClient(create_app(engine)) as client:
        pages = [*PAGES, with_next_page(client, "q=engineer")]
        html = {query: timed(client, f"/?{query}", rounds) for query in pages}
        api = {query: timed(client, f"/v1/postings/search?{query}", rounds) for query in pages}
        size = len(client.get("/?q=python").content)
    worst = max(figures["p99_ms"] for figures in html.values())
    return {
        "search_page": html,
        "api_json_same_queries": api,
        "page_bytes_q_python": size,
        "worst_page_p99_ms": worst,
        "target_ms": TARGET_MS,
        "meets_target": worst <= TARGET_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", help="build the index here (or reuse it when it exists)")
    args = parser.parse_args()
    with index_folder(args.keep) as folder:
        reused = folder.exists() and any(folder.iterdir())
        build_s = None if reused else build(args.count, args.seed, folder)
        result: dict[str, Any] = {
            "benchmark": "web",
            "machine": machine(),
            "uptime": os.getloadavg(),
            "postings": args.count,
            "index": {
                "built_s": round(build_s, 1) if build_s is not None else "reused",
                "size_mb": round(folder_size(folder) / 2**20, 1),
            },
            "rounds": args.rounds,
            **measure(folder, args.rounds),
        }
        result["load_after"] = os.getloadavg()
    save_result("web", args.count, result)


if __name__ == "__main__":
    main()
