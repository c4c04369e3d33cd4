"""A TF-IDF index of short texts: sparse vectors kept as an inverted index in numpy arrays.

Features are 64-bit hashes (of character n-grams, of words), so that building an index over a
language's 10-35 thousand labels is a handful of numpy operations rather than millions of
dictionary look-ups: it takes a fraction of a second, and nothing needs to ship prebuilt.  A
query touches a few dozen features; gathering their postings and summing them with
``numpy.bincount`` scores every label in well under a millisecond.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]
Hashes = npt.NDArray[np.uint64]

NGRAM_SIZES = (3, 4)
# Words also count by their first letters: a crude stem for the inflection the rules miss
# (Polish cases, Italian plurals; +0.01 MRR on MELO's German set, no set worse).
PREFIX = 5
_SEPARATOR = 0  # code point between texts: no n-gram spans it
_BASE = np.uint64(1_000_003)


def char_ngram_pairs(
    texts: Sequence[str], sizes: Sequence[int] = NGRAM_SIZES
) -> tuple[Ints, Hashes]:
    """``(row, hash)`` for every character n-gram of every text, each text padded with a space.

    The space marks where words start and end, so "entwickler" in "software entwickler" still
    shares all n-grams but a few with "softwareentwickler".
    """
    joined = "\0".join(f" {text} " for text in texts) + "\0"
    codes = np.frombuffer(joined.encode("utf-32-le"), np.uint32).astype(np.uint64)
    separators = np.concatenate(([0], np.cumsum(codes == _SEPARATOR)))
    rows: list[Ints] = []
    hashes: list[Hashes] = []
    for n in sizes:
        count = len(codes) - n + 1
        if count <= 0:
            continue
        hashed = _window_hashes(codes, n)
        valid = separators[n : n + count] == separators[:count]
        rows.append(separators[:count][valid])
        hashes.append(hashed[valid])
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    return np.concatenate(rows).astype(np.int64), np.concatenate(hashes)


def char_ngram_hashes(text: str, sizes: Sequence[int] = NGRAM_SIZES) -> Hashes:
    """The hashes of ``char_ngram_pairs([text])``, in the same order, for one query: with a
    single text there is no separator to keep n-grams from spanning."""
    if "\0" in text:
        return char_ngram_pairs([text], sizes)[1]
    codes = np.frombuffer(f" {text} ".encode("utf-32-le"), np.uint32).astype(np.uint64)
    hashes = [_window_hashes(codes, n) for n in sizes if len(codes) >= n]
    return np.concatenate(hashes) if hashes else np.zeros(0, np.uint64)


def _window_hashes(codes: Hashes, n: int) -> Hashes:
    """A polynomial hash of each window of ``n`` codes, summed term by term to keep memory
    linear."""
    count = len(codes) - n + 1
    hashed = np.full(count, n, np.uint64)
    for j in range(n):
        hashed = hashed * _BASE + codes[j : j + count]
    return hashed


def word_pairs(texts: Sequence[Sequence[str]], *, pairs: bool = True) -> tuple[Ints, Hashes]:
    """``(row, hash)`` for each word of each text and, unless ``pairs`` is False, for adjacent
    pairs (word order), word beginnings and the first and last word (where the head sits)."""
    rows: list[int] = []
    hashes: list[int] = []
    for row, keys in enumerate(texts):
        features = list(keys)
        if pairs and keys:
            features.extend(f"{a} {b}" for a, b in itertools.pairwise(keys))
            features.extend(f"{key[:PREFIX]}~" for key in keys if len(key) > PREFIX)
            features.extend((f"^{keys[0]}", f"{keys[-1]}$"))
        rows.extend([row] * len(features))
        hashes.extend(map(stable_hash, features))
    return np.array(rows, np.int64), np.array(hashes, np.uint64)


def stable_hash(feature: str) -> int:
    """64 bits of a feature, the same in every process (str ``hash`` is salted per process,
    and indexes are cached on disk): CRC-32 and Adler-32 side by side, both C-fast."""
    data = feature.encode()
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


class TfidfIndex:
    """Cosine similarity between a query's features and every document's.

    Weights are sublinear (``1 + log tf``) times smoothed IDF; vectors are L2-normalized, so a
    score is in [0, 1] and 1 means the same features in the same proportions.
    """

    def __init__(self, rows: Ints, hashes: Hashes, size: int) -> None:
        self.size = size
        features, ids = np.unique(hashes, return_inverse=True)
        pairs, counts = np.unique(ids.astype(np.int64) * size + rows, return_counts=True)
        ids, rows = pairs // size, pairs % size
        df = np.bincount(ids, minlength=len(features))
        self._features: Hashes = features
        self._idf: Floats = (np.log((1 + size) / (1 + df)) + 1).astype(np.float32)
        weights = (1 + np.log(counts)) * self._idf[ids]
        norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=size))
        # np.unique sorted the pairs by feature first: the postings are already grouped.
        self._rows = rows.astype(np.int32)
        self._values = (weights / np.maximum(norms[rows], 1e-9)).astype(np.float32)
        self._offsets = np.zeros(len(features) + 1, np.int64)
        np.cumsum(df, out=self._offsets[1:])
        # A query feature no document has gets the rarest IDF: a word no label has still
        # counts against every label's similarity.
        self._unknown_idf = float(np.log(1 + size) + 1)

    def to_arrays(self, prefix: str) -> dict[str, npt.NDArray[np.generic]]:
        """Everything the index is, as named arrays (``from_arrays`` reads them back)."""
        return {
            f"{prefix}features": self._features,
            f"{prefix}idf": self._idf,
            f"{prefix}rows": self._rows,
            f"{prefix}values": self._values,
            f"{prefix}offsets": self._offsets,
            f"{prefix}size": np.array([self.size, 0], np.int64),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, npt.NDArray[np.generic]], prefix: str) -> TfidfIndex:
        index = cls.__new__(cls)
        index.size = int(arrays[f"{prefix}size"][0])
        index._features = arrays[f"{prefix}features"].astype(np.uint64, copy=False)
        index._idf = arrays[f"{prefix}idf"].astype(np.float32, copy=False)
        index._rows = arrays[f"{prefix}rows"].astype(np.int32, copy=False)
        index._values = arrays[f"{prefix}values"].astype(np.float32, copy=False)
        index._offsets = arrays[f"{prefix}offsets"].astype(np.int64, copy=False)
        index._unknown_idf = float(np.log(1 + index.size) + 1)
        return index

    def has(self, feature: np.uint64) -> bool:
        """Whether some document has the feature with this hash."""
        at = int(np.searchsorted(self._features, feature))
        return at < len(self._features) and self._features[at] == feature

    def scores(self, hashes: Hashes) -> Floats:
        """The cosine of the query with these feature hashes with every document."""
        if len(hashes) == 0 or self.size == 0:
            return np.zeros(self.size, np.float32)
        unique, counts = np.unique(hashes, return_counts=True)
        at = np.searchsorted(self._features, unique)
        at[at >= len(self._features)] = 0
        known = self._features[at] == unique
        weights = (1 + np.log(counts)) * np.where(known, self._idf[at], self._unknown_idf)
        norm = float(np.sqrt((weights * weights).sum()))
        ids, weights = at[known], weights[known]
        if len(ids) == 0:
            return np.zeros(self.size, np.float32)
        starts, ends = self._offsets[ids], self._offsets[ids + 1]
        # Every posting of every query feature, feature after feature: each row's sum is then
        # added up in the same order as always, so scores do not move by a bit.  Slices are
        # views; concatenating them costs a copy, not an index gather.
        spans = list(zip(starts.tolist(), ends.tolist(), strict=True))
        rows = np.concatenate([self._rows[start:end] for start, end in spans], dtype=np.intp)
        values = np.concatenate([self._values[start:end] for start, end in spans])
        values *= np.repeat(weights.astype(np.float32), ends - starts)
        summed = np.bincount(rows, weights=values, minlength=self.size)
        return np.divide(summed, norm, out=summed).astype(np.float32)
