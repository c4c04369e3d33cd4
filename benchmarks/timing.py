"""Latency of a repeated call: the p50, p99 and max every benchmark reports."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def latencies(run: Callable[[], Any], rounds: int, *, warm: int = 1) -> dict[str, float]:
    """Milliseconds of ``rounds`` calls of ``run`` after ``warm`` untimed ones (caches, the
    first page of a file)."""
    for _ in range(warm):
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
        "max_ms": round(times[-1], 3),
    }
