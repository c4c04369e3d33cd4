"""Every choice the generator makes, drawn from one ``random.Random`` through ``random()`` only.

``random.Random`` keeps ``random()`` identical across Python versions and machines, while
``choice``, ``sample`` and ``shuffle`` have changed how they consume the stream before.  Building
every choice on ``random()`` keeps a seed's corpus byte-identical everywhere; indexing by
``int(r * n)`` is also several times faster than ``choice``, which matters at a million postings.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

#: Orderings kept per pool by ``Dice.take``; with a random rotation on top, enough variety.
ORDERINGS = 16


class Dice:
    """A seeded ``random.Random`` with the handful of draws the generator needs."""

    __slots__ = ("_orderings", "_pools", "random")

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed).random
        self._orderings: dict[int, tuple[tuple[Any, ...], ...]] = {}
        self._pools: list[Sequence[Any]] = []

    def pick(self, options: Sequence[T]) -> T:
        return options[int(self.random() * len(options))]

    def chance(self, probability: float) -> bool:
        return self.random() < probability

    def between(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``, both ends included."""
        return low + int(self.random() * (high - low + 1))

    def sample(self, options: Sequence[T], k: int) -> list[T]:
        """``k`` distinct items (fewer when there are fewer), in random order."""
        pool = list(options)
        k = min(k, len(pool))
        for i in range(k):
            j = i + int(self.random() * (len(pool) - i))
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]

    def shuffle(self, items: list[T]) -> None:
        for i in range(len(items) - 1, 0, -1):
            j = int(self.random() * (i + 1))
            items[i], items[j] = items[j], items[i]

    def take(self, options: Sequence[T], k: int) -> tuple[T, ...]:
        """``k`` distinct items of a long-lived pool, at the cost of one slice.

        The pool's orderings are drawn once, on first use; a draw is one of them, rotated.
        Only pass pools that live as long as the generator (vocabulary tuples): they are
        remembered by identity.
        """
        size = len(options)
        if k <= 0 or not size:
            return ()
        orderings = self._orderings.get(id(options)) or self._shuffled(options)
        start = int(self.random() * size)
        return orderings[int(self.random() * ORDERINGS)][start : start + (k if k < size else size)]

    def ordering(self, options: Sequence[T]) -> tuple[T, ...]:
        """All items of a long-lived pool in one of its random orders."""
        orderings = self._orderings.get(id(options)) or self._shuffled(options)
        return orderings[int(self.random() * ORDERINGS)][: len(options)]

    def _shuffled(self, options: Sequence[T]) -> tuple[tuple[T, ...], ...]:
        items = list(options)
        orderings = []
        for _ in range(ORDERINGS):
            self.shuffle(items)
            # Doubled, so that a rotation is one slice.
            orderings.append(tuple(items) * 2)
        # Keeping the pool alive keeps its id from being reused by another object.
        self._pools.append(options)
        self._orderings[id(options)] = tuple(orderings)
        return self._orderings[id(options)]


class Weighted(Generic[T]):
    """Draws keys in proportion to their (integer) weights.

    Each key is repeated ``weight`` times in a table, so a draw is one index: faster than a
    bisection over cumulative weights, and the weights here are small.
    """

    __slots__ = ("_size", "_table")

    def __init__(self, weights: dict[T, int] | Sequence[tuple[T, int]]) -> None:
        pairs = list(weights.items()) if isinstance(weights, dict) else list(weights)
        self._table = tuple(key for key, weight in pairs for _ in range(weight))
        self._size = len(self._table)

    def draw(self, dice: Dice) -> T:
        return self._table[int(dice.random() * self._size)]


class Variants(Generic[K, T]):
    """A few variants per key, drawn on first use and then reused.

    Titles, places, salaries, skill sets and posting plans are slow to draw and a few dozen
    per key give plenty of variety; after the first uses, a draw is one choice.  Still
    deterministic: a variant is built from the same dice, at the same point in the stream.
    """

    __slots__ = ("_kept", "_size")

    def __init__(self, size: int) -> None:
        self._size = size
        self._kept: dict[K, list[T]] = {}

    def draw(self, dice: Dice, key: K, build: Callable[..., T], *arguments: Any) -> T:
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = []
        if len(kept) < self._size:
            kept.append(build(*arguments))
            return kept[-1]
        return kept[int(dice.random() * self._size)]
