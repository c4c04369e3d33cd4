"""Fakes for tests: small, real implementations of the interfaces evaluations call."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from jobsift.semantic.embedder import Vectors, normalised


class PhraseFinder:
    """A span finder (``spans(text)``, as ``SkillTagger`` has) that answers each text with fixed
    phrases, located at their first occurrence: evaluation tests score known predictions."""

    def __init__(self, answers: dict[str, list[tuple[str, str]]]) -> None:
        self.answers = answers

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        found = []
        for phrase, label in self.answers.get(text, []):
            start = text.index(phrase)
            found.append((start, start + len(phrase), label))
        return found


class SynonymEmbedder:
    """A stand-in sentence encoder (``Embedder``): texts of one synonym group share a vector
    (case aside), every other text gets its own pseudo-random one, nearly orthogonal to the
    rest in 64 dimensions.  Counts its calls, so tests can see what was embedded again."""

    name = "synonyms-test"
    dim = 64

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self._group = {text.lower(): n for n, texts in enumerate(groups) for text in texts}
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        return normalised([self._vector(text.lower()) for text in texts])

    def _vector(self, text: str) -> Vectors:
        group = self._group.get(text)
        seed = group if group is not None else 1000 + zlib.crc32(text.encode())
        return np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
