"""Fixtures for the technology catalog tests."""

from __future__ import annotations

import pytest

from jobsift.technologies import TechCatalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> TechCatalog:
    # Loaded once: every test reads it, none changes it.
    return load_catalog()
