"""What machine a benchmark ran on, recorded beside every figure."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path


def machine() -> dict[str, object]:
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gb": round(_memory_bytes() / 2**30, 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": f"{platform.system()} {platform.release()}",
        "reference_loop_s": reference_loop(),
    }


def reference_loop() -> float:
    """Seconds for a fixed pure-Python loop: on a shared VM the CPU speed itself varies (0.45 s
    to 0.74 s was seen within ten minutes), so runs are comparable only beside this figure."""
    started = time.perf_counter()
    total = 0
    for number in range(3_000_000):
        total += number * number
    return round(time.perf_counter() - started, 3)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_bytes() -> int:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def save_result(name: str, count: int, result: dict[str, object]) -> Path:
    """Write ``result`` to ``results/<name>-<count>-<UTC stamp>.json``, print it, and say where."""
    folder = Path(__file__).resolve().parent / "results"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    out = folder / f"{name}-{count}-{stamp}.json"
    text = json.dumps(result, indent=2)
    out.write_text(text + "\n")
    print(text)
    print(f"written to {out}")
    return out
