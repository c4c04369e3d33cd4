"""One linker for the whole session: its indexes take a second or two per language to build."""

from __future__ import annotations

import pytest

from jobsift.occupations import OccupationLinker
from jobsift.taxonomy import Taxonomy, load_taxonomy


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def linker(taxonomy: Taxonomy) -> OccupationLinker:
    return OccupationLinker.from_taxonomy(taxonomy)
