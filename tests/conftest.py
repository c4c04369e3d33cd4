"""Fixtures shared by the whole suite."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from jobsift.ingest.base import Origin

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout: skipped on a user's clone, required in CI."""
    if SHARED.is_dir():
        return SHARED
    if os.environ.get("JOBSIFT_REQUIRE_SHARED"):
        pytest.fail(f"JOBSIFT_REQUIRE_SHARED is set but {SHARED} does not exist")
    pytest.skip(f"{SHARED} is absent (it holds the shared samples and data sets)")


SeedPosting = tuple[dict[str, Any], str]


@pytest.fixture(scope="session")
def seed_postings(shared_dir: Path) -> list[SeedPosting]:
    """The eleven sample postings: each gold record with its text, cut out of
    ``seed_postings.txt`` by the record's 1-based, inclusive line range."""
    samples = shared_dir / "samples"
    lines = (samples / "seed_postings.txt").read_text("utf-8").splitlines()
    gold = [
        json.loads(line)
        for line in (samples / "seed_gold.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    return [(row, "\n".join(lines[row["lines"][0] - 1 : row["lines"][1]])) for row in gold]


@pytest.fixture
def origin() -> Origin:
    return Origin(uri="/tmp/test-input", name="test-input", mapping={}, max_bytes=2_000_000)
