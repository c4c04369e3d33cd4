from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from jobsift.errors import SearchIndexError
from jobsift.semantic import VectorIndex

DIM = 4


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def small_index(path: Path | None = None) -> VectorIndex:
    index = VectorIndex(path, DIM, model="test-model")
    index.upsert(
        ["a", "b", "c", "d"],
        [[1, 0, 0, 0], [0, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 3]],  # normalised on the way in
    )
    return index


def test_search_ranks_by_cosine_and_stores_unit_vectors() -> None:
    index = small_index()
    hits = index.search([2, 0.1, 0, 0], k=3)
    assert [i for i, _ in hits] == ["a", "c", "b"]
    assert hits[0][1] == pytest.approx(float(unit(2, 0.1, 0, 0) @ unit(1, 0, 0, 0)), rel=1e-6)
    assert hits[1][1] == pytest.approx(float(unit(2, 0.1, 0, 0) @ unit(1, 1, 0, 0)), rel=1e-6)
    assert np.linalg.norm(index.vector("d")) == pytest.approx(1.0)
    assert len(index.search([1, 0, 0, 0], k=99)) == 4
    assert index.search([1, 0, 0, 0], k=0) == []


def test_upsert_replaces_and_delete_removes() -> None:
    index = small_index()
    index.upsert(["a"], [[0, 0, 0, 1]])  # "a" now points where "d" does
    assert len(index) == 4
    assert {i for i, _ in index.search([0, 0, 0, 1], k=2)} == {"a", "d"}
    index.delete(["d", "nope"])
    assert "d" not in index
    assert len(index) == 3
    assert index.search([0, 0, 0, 1], k=1)[0][0] == "a"
    # the row of the deleted id was refilled: every remaining id still finds its own vector
    for posting_id in index.ids():
        assert index.search(index.vector(posting_id), k=1)[0] == (posting_id, pytest.approx(1.0))
    index.upsert(["b", "b"], [[1, 0, 0, 0], [0, 0, 1, 0]])  # last one counts
    assert index.search([0, 0, 1, 0], k=1)[0][0] == "b"
    index.clear()
    assert len(index) == 0
    assert index.search([1, 0, 0, 0], k=5) == []


def test_allowed_restricts_the_candidates() -> None:
    index = small_index()
    assert [i for i, _ in index.search([1, 0, 0, 0], k=10, allowed={"b", "d", "ghost"})] == [
        "b",
        "d",
    ]
    assert index.search([1, 0, 0, 0], k=10, allowed=set()) == []
    assert index.search([1, 0, 0, 0], k=10, allowed={"ghost"}) == []
    # a list with repeats gives each id once; a large allowed share takes the other code path
    assert [i for i, _ in index.search([1, 0, 0, 0], k=10, allowed=["c", "c", "a", "b"])] == [
        "a",
        "c",
        "b",
    ]


def test_allowed_on_a_large_index_matches_brute_force() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((5000, 16)).astype(np.float32)
    ids = [f"p{i}" for i in range(5000)]
    index = VectorIndex(None, 16)
    index.upsert(ids, vectors)
    query = rng.standard_normal(16).astype(np.float32)
    units = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = units @ (query / np.linalg.norm(query))
    worst = {f"p{i}" for i in np.argsort(scores)[:600]}  # none among the best few hundred
    gathered, overfetched = {f"p{i}" for i in range(0, 5000, 97)}, {f"p{i}" for i in range(4000)}
    for allowed in (gathered, overfetched, worst, list(worst)):
        expected = sorted(allowed, key=lambda i: -scores[int(i[1:])])[:10]
        assert [i for i, _ in index.search(query, k=10, allowed=allowed)] == expected
    expected_all = [ids[i] for i in np.argsort(-scores)[:10]]
    assert [i for i, _ in index.search(query, k=10)] == expected_all


def test_wrong_shapes_are_refused() -> None:
    index = VectorIndex(None, DIM)
    with pytest.raises(ValueError, match="expected 2 vectors"):
        index.upsert(["a", "b"], [[1, 0, 0, 0]])
    with pytest.raises(ValueError, match="expected one vector"):
        index.search([1, 0, 0], k=1)
    with pytest.raises(TypeError):
        index.upsert("ab", [[1, 0, 0, 0], [0, 1, 0, 0]])


def test_commit_persists_and_a_new_index_reads_it_back(tmp_path: Path) -> None:
    folder = tmp_path / "vectors"
    index = small_index(folder)
    index.delete(["b"])
    index.commit()
    reopened = VectorIndex(folder, DIM, model="test-model")
    assert not reopened.stale
    assert sorted(reopened.ids()) == ["a", "c", "d"]
    assert [i for i, _ in reopened.search([1, 0.1, 0, 0], k=3)] == ["a", "c", "d"]
    assert reopened.search([1, 0, 0, 0], k=1)[0][1] == pytest.approx(1.0, abs=1e-3)  # float16

    # writes after the last commit are not on disk; a new commit replaces the old generation
    reopened.upsert(["e"], [[0, 0, 1, 0]])
    assert "e" not in VectorIndex(folder, DIM, model="test-model")
    reopened.commit()
    assert "e" in VectorIndex(folder, DIM, model="test-model")
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["ids-2.json", "meta.json", "vectors-2.npy"]
    meta = json.loads((folder / "meta.json").read_text())
    assert meta["count"] == 4
    assert meta["model"] == "test-model"


def test_float32_storage_is_exact(tmp_path: Path) -> None:
    index = VectorIndex(tmp_path, DIM, storage="float32")
    index.upsert(["a"], [[1, 2, 3, 4]])
    index.commit()
    assert np.array_equal(VectorIndex(tmp_path, DIM).vector("a"), index.vector("a"))


def test_another_model_or_dimension_makes_the_index_stale(tmp_path: Path) -> None:
    small_index(tmp_path).commit()
    other = VectorIndex(tmp_path, DIM, model="another-model")
    assert other.stale
    assert len(other) == 0
    assert VectorIndex(tmp_path, DIM + 1, model="test-model").stale
    other.upsert(["z"], [[1, 0, 0, 0]])
    other.commit()  # rebuilding under the new model clears the flag and the old files
    again = VectorIndex(tmp_path, DIM, model="another-model")
    assert not again.stale
    assert again.ids() == ["z"]


def test_a_damaged_folder_is_reported_not_guessed(tmp_path: Path) -> None:
    small_index(tmp_path).commit()
    (tmp_path / "ids-1.json").write_text('{"ids": ["a", "b"], "tags": ["", ""]}')
    with pytest.raises(SearchIndexError, match="inconsistent"):
        VectorIndex(tmp_path, DIM, model="test-model")
    (tmp_path / "vectors-1.npy").unlink()
    with pytest.raises(SearchIndexError, match="cannot be read"):
        VectorIndex(tmp_path, DIM, model="test-model")


def test_a_failed_write_keeps_the_last_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = small_index(tmp_path)
    index.commit()
    index.delete(["a", "b", "c"])

    def broken_save(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(np, "save", broken_save)
    with pytest.raises(SearchIndexError, match="disk full"):
        index.commit()
    monkeypatch.undo()
    assert sorted(VectorIndex(tmp_path, DIM, model="test-model").ids()) == ["a", "b", "c", "d"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_copy_sees_what_another_commits_and_writers_do_not_lose_each_other(
    tmp_path: Path,
) -> None:
    import numpy as np

    from jobsift.semantic import VectorIndex

    server = VectorIndex(tmp_path, 2)
    ingest = VectorIndex(tmp_path, 2)
    ingest.upsert(["a"], np.array([[1.0, 0.0]]))
    ingest.commit()
    assert [found for found, _ in server.search([1.0, 0.0], 5)] == ["a"]  # reloaded
    server.upsert(["b"], np.array([[0.0, 1.0]]))  # writes on top of what ingest committed
    server.commit()
    ingest.upsert(["c"], np.array([[1.0, 1.0]]))
    ingest.commit()
    assert sorted(VectorIndex(tmp_path, 2).ids()) == ["a", "b", "c"]
