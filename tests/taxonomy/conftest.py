"""One taxonomy per test session: loading it takes a few hundred milliseconds."""

from __future__ import annotations

import pytest

from jobsift.taxonomy import Taxonomy, load_taxonomy


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()
