"""The pool of best labels is the one a partition over all labels picks."""

from __future__ import annotations

import numpy as np

from jobsift.occupations.linker import MIN_SCORE, _pool


def _reference(label: np.ndarray, pool: int) -> set[int]:
    rows = np.argpartition(-label, pool - 1)[:pool] if pool < len(label) else np.arange(pool)
    return set(rows[label[rows] >= MIN_SCORE].tolist())


def test_same_rows_as_partitioning_all_labels() -> None:
    generator = np.random.default_rng(7)
    for _ in range(200):
        label = generator.random(500).astype(np.float32) * generator.choice([0.02, 1.0], 500)
        label[generator.random(500) < 0.5] = 0
        # Coarse values, so that ties across the pool's edge happen too.
        label = np.round(label, 2).astype(np.float32)
        scored = np.flatnonzero(label >= MIN_SCORE)
        for pool in (1, 10, 64, 300, 500):
            assert set(_pool(label, scored, pool).tolist()) == _reference(label, pool)


def test_fewer_scored_labels_than_the_pool_are_all_kept() -> None:
    label = np.array([0.5, 0.0, 0.005, 0.2], np.float32)
    scored = np.flatnonzero(label >= MIN_SCORE)
    assert _pool(label, scored, 3).tolist() == [0, 3]
