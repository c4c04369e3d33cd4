"""Built occupation indexes kept on disk: the same rankings, and never in the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobsift.occupations import OccupationLinker
from jobsift.occupations.cache import default_cache_dir
from jobsift.taxonomy import Taxonomy

TITLES = ["Senior Backend Developer (m/w/d)", "Nurse, night shifts", "Data Engineer - Remote"]


def rankings(linker: OccupationLinker) -> list[list[tuple[str, float]]]:
    return [[(c.uri, round(c.score, 6)) for c in linker.link(t, "en", 5)] for t in TITLES]


def test_a_cached_index_ranks_as_the_built_one(taxonomy: Taxonomy, tmp_path: Path) -> None:
    built = OccupationLinker(taxonomy, cache_dir=tmp_path)
    expected = rankings(built)
    [saved] = tmp_path.glob("occupations-en-*.npz")
    loaded = OccupationLinker(taxonomy, cache_dir=tmp_path)
    assert rankings(loaded) == expected
    assert rankings(OccupationLinker(taxonomy)) == expected  # no cache at all
    assert list(tmp_path.glob("occupations-en-*.npz")) == [saved]


def test_a_damaged_cache_file_is_rebuilt(taxonomy: Taxonomy, tmp_path: Path) -> None:
    expected = rankings(OccupationLinker(taxonomy, cache_dir=tmp_path))
    [saved] = tmp_path.glob("occupations-en-*.npz")
    saved.write_bytes(b"not an index")
    assert rankings(OccupationLinker(taxonomy, cache_dir=tmp_path)) == expected
    assert saved.stat().st_size > 1000  # written again, whole


def test_a_cache_folder_that_cannot_be_written_is_skipped(
    taxonomy: Taxonomy, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    linker = OccupationLinker(taxonomy, cache_dir=blocker / "cache")
    assert rankings(linker)[0]


def test_the_cache_folder_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JOBSIFT_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.setenv("JOBSIFT_CACHE_DIR", "")
    assert default_cache_dir() is None
    monkeypatch.delenv("JOBSIFT_CACHE_DIR")
    assert default_cache_dir() is not None
