"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

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


@pytest.fixture
def origin() -> Origin:
    return Origin(uri="/tmp/test-input", name="test-input", mapping={}, max_bytes=2_000_000)
