"""MinHash signatures of word shingles, and their LSH band keys, for many postings at once.

A shingle is three words in a row: reordered sections and bullets keep all but a few of
them, while two different jobs of the same kind share little beyond their boilerplate.
Words are hashed by rensa (Rust), shingled with numpy over one flat array, and signed by
rensa again, so no Python loop runs per shingle: a million postings sign in seconds.
"""

from __future__ import annotations

import array
import itertools
from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt
import rensa  # type: ignore[import-untyped]  # no stubs; three calls, typed below

#: The version of everything a stored sketch depends on (words, shingles, hashing, keys):
#: sketches of another version do not compare, and ``jobsift dedupe`` makes them again.
VERSION: Final = "dedupe.v1"
#: Hash functions per signature: the estimate of a Jaccard similarity of 0.5 is within
#: about 0.045 of it (one standard deviation).  Each value keeps its low 16 bits (b-bit
#: MinHash): two different values then agree by chance once in 65,536, and a stored
#: signature takes 256 bytes.
NUM_PERM: Final = 128
#: Signature values per LSH band, and bands: two postings become candidates when one band
#: agrees.  A pair with similarity 0.5 is a candidate with probability 0.86, 0.6 with 0.985,
#: 0.7 with 0.9994, 0.2 with 0.05 (1 - (1 - s^4)^30).  Three rows a band found the same
#: clusters from 2.6 times more candidates (100,000 generated postings).
ROWS: Final = 4  # band_keys reads each band as one 64-bit word: four 16-bit values
BANDS: Final = 30
SHINGLE: Final = 3
#: Fixed, so that signatures stored by one run compare with those of the next.
SEED: Final = 1_700_021

Signatures = npt.NDArray[np.uint16]
#: Band keys, 32 bits: with a million postings two unrelated ones share a key in a band once
#: in four thousand, a spurious candidate the duplicate rule then refuses.
Keys = npt.NDArray[np.uint32]

_MIX: Final = (
    np.uint64(0x9E3779B97F4A7C15),
    np.uint64(0xC2B2AE3D27D4EB4F),
    np.uint64(0x165667B19E3779F9),
)
_FINAL: Final = np.uint64(0xFF51AFD7ED558CCD)


def signatures(documents: Sequence[Sequence[bytes]]) -> tuple[Signatures, npt.NDArray[np.bool_]]:
    """The MinHash signature of each document's shingles, and which documents had words at
    all (an empty document's signature is meaningless and must not match anything)."""
    lengths = np.fromiter((len(words) for words in documents), dtype=np.int64, count=len(documents))
    if not len(documents):
        return np.zeros((0, NUM_PERM), dtype=np.uint16), np.zeros(0, dtype=np.bool_)
    # One flat list hashes and converts several times faster than a list per document.
    every_word = list(itertools.chain.from_iterable(documents))
    hashed = rensa.RMinHash.hash_token_sets([every_word])[0]
    flat = np.fromiter(hashed, dtype=np.uint64, count=len(hashed))
    shingles, counts = _shingles(flat, lengths)
    offsets = np.zeros(len(documents) + 1, dtype=np.uint64)
    np.cumsum(counts, out=offsets[1:])
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(shingles, offsets, NUM_PERM, SEED)
    # array.extend copies each row's values in C: quicker than numpy reading nested lists.
    values = array.array("I")
    for row in matrix.to_rows():
        values.extend(row)
    full = np.frombuffer(values, dtype=np.uint32).reshape(-1, NUM_PERM)
    return full.astype(np.uint16), lengths > 0


def _shingles(
    flat: npt.NDArray[np.uint64], lengths: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Hashes of every run of ``SHINGLE`` words inside each document (one shingle of all its
    words when a document is shorter), and how many each document has."""
    ends = np.cumsum(lengths)
    starts = ends - lengths
    row_end = np.repeat(ends, lengths)
    positions = np.arange(len(flat), dtype=np.int64)
    padded = np.concatenate([flat, np.zeros(SHINGLE, dtype=np.uint64)])
    mixed = np.zeros(len(flat), dtype=np.uint64)
    for offset in range(SHINGLE):
        part = padded[offset : offset + len(flat)] * _MIX[offset]
        # Words past the document's end count as nothing (short documents).
        mixed ^= np.where(positions + offset < row_end, part, np.uint64(0))
    full = positions + SHINGLE <= row_end
    short_start = np.zeros(len(flat), dtype=np.bool_)
    short = (lengths > 0) & (lengths < SHINGLE)
    short_start[starts[short]] = True
    keep = full | short_start
    counts = np.where(lengths >= SHINGLE, lengths - SHINGLE + 1, np.minimum(lengths, 1))
    return mixed[keep], counts


def band_keys(signed: Signatures, places: npt.NDArray[np.int64]) -> Keys:
    """Each signature's ``BANDS`` band keys: hashes of its bands, with the band number (a key
    says which band it is) and the posting's place key mixed in.  Duplicates share a place
    (see ``jobsift.dedupe.match``), so postings elsewhere need not meet: that alone cut the
    candidate pairs eightfold.  A posting without a place meets only others without one."""
    # Four 16-bit values make one 64-bit word: a band, read in place without copying.
    words = np.ascontiguousarray(signed, dtype="<u2").view("<u8")[:, :BANDS].astype(np.uint64)
    salt = np.arange(1, BANDS + 1, dtype=np.uint64) * _FINAL
    value = words ^ salt ^ (places.astype(np.uint64) * _MIX[0])[:, None]
    for multiplier in _MIX:
        value ^= value >> np.uint64(31)
        value *= multiplier
    keys: Keys = (value >> np.uint64(32)).astype(np.uint32)
    return keys


def similarity(left: Signatures, right: Signatures) -> npt.NDArray[np.float32]:
    """Estimated Jaccard similarity of each row of ``left`` with the same row of ``right``."""
    agree: npt.NDArray[np.float32] = (left == right).mean(axis=1, dtype=np.float32)
    return agree
