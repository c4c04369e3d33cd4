"""Ingest benchmark: read + store N generated postings; postings/s and peak RSS.

    python benchmarks/ingest.py --count 1000000

Generates the corpus once (cached under benchmarks/out/, keyed by count and seed), then runs
`jobsift ingest` in a child process on a fresh database and measures its wall time and peak
RSS (from the kernel's rusage of that child).  A second run over the same input measures the
re-ingest (everything already stored).  Results go to benchmarks/results/ as JSON, with the
machine and the date.  Targets (issue #2): at least 20,000 postings/s read+stored on 2 cores,
peak RSS under 500 MB whatever the input size.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from machine import machine

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
RESULTS = HERE / "results"


def corpus(count: int, seed: int, fmt: str) -> Path:
    suffix = "jsonl" if fmt == "jsonl" else "txt"
    path = OUT / f"corpus-{count}-{seed}.{suffix}"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        run(
            [
                "generate",
                str(partial),
                "--count",
                str(count),
                "--seed",
                str(seed),
                "--format",
                "jsonl" if fmt == "jsonl" else "text",
                "--quiet",
            ]
        )
        partial.rename(path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    return path


def run(args: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """Run ``jobsift ARGS`` in a child; its wall seconds, peak RSS in bytes, and stdout."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "jobsift", *args],
        stdout=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    assert child.stdout is not None
    stdout = child.stdout.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"jobsift {' '.join(args)} failed")
    return seconds, usage.ru_maxrss * 1024, stdout


def ingest(path: Path, db: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    seconds, rss, stdout = run(["ingest", str(path), "--db", str(db), "--json", "--quiet"], env)
    report = json.loads(stdout)
    return {
        "postings": report["read"],
        "new_postings": report["new_postings"],
        "seconds": round(seconds, 2),
        "postings_per_s": round(report["read"] / seconds),
        "mb_per_s": round(path.stat().st_size / seconds / 1e6, 1),
        "peak_rss_mb": round(rss / 1e6),
    }


def fresh(db: Path) -> None:
    for leftover in OUT.glob(f"{db.name}*"):
        leftover.unlink()


def single(path: Path, db: Path) -> dict[str, object]:
    first = ingest(path, db)
    again = ingest(path, db)
    return {
        "benchmark": "ingest",
        "machine": machine(),
        "first_run": first,
        "re_run": again,
        "database_bytes": sum(p.stat().st_size for p in OUT.glob(f"{db.name}*")),
    }


def compare(path: Path, db: Path, baseline: Path, rounds: int) -> dict[str, object]:
    """First ingests by ``baseline`` (another checkout's src/ folder) and by this checkout,
    alternating, so both meet the same machine: on a shared VM the CPU's speed drifts."""
    runs: dict[str, list[dict[str, object]]] = {"baseline": [], "this": []}
    for _ in range(rounds):
        for name, env in (("baseline", {"PYTHONPATH": str(baseline)}), ("this", None)):
            fresh(db)
            runs[name].append(ingest(path, db, env))
    return {
        "benchmark": "ingest-compare",
        "machine": machine(),
        "baseline_src": str(baseline),
        "first_runs": runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    parser.add_argument(
        "--against", metavar="SRC", help="compare with another checkout's src/ folder"
    )
    parser.add_argument("--rounds", type=int, default=2, help="alternations with --against")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    path = corpus(args.count, args.seed, args.format)
    db = OUT / f"ingest-{args.count}.db"
    fresh(db)
    if args.against:
        result = compare(path, db, Path(args.against), args.rounds)
        result["input"] = {"format": args.format, "count": args.count}
    else:
        result = single(path, db)
        result["input"] = {
            "format": args.format,
            "count": args.count,
            "bytes": path.stat().st_size,
        }
    stamp = str(result["machine"]["date"])[:16].replace(":", "")  # type: ignore[index]
    kind = "compare" if args.against else args.format
    name = f"ingest-{kind}-{args.count}-{stamp}.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
