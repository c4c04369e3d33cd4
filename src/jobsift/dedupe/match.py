"""When two near postings are the same job: the rule, applied to many pairs at once.

A candidate pair (LSH found their texts alike) is a duplicate when its places agree and
either the texts are nearly identical, or they are alike and the titles agree and the
employers do not disagree.  Thresholds are on the estimated Jaccard similarity of word
3-shingles, chosen on generated reposts (``benchmarks/dedupe.py``): reposts with edits
measure 0.52 to 1.0 (agency reposts, which drop the employer's about-us and legal text, are
the lowest); different jobs with the same title and place measure up to 0.46, with the same
employer too up to 0.25.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

#: Alike: a pair this similar is a duplicate when title, employer and place agree.
ALIKE: Final = 0.45
#: Alike enough that two named employers may differ (the same job through two agencies).
ALIKE_OTHER_EMPLOYER: Final = 0.6
#: Nearly identical: the same text is the same job whatever the fields say, but for place
#: (the same text for two cities is two jobs, as the fingerprint has it).
SAME_TEXT: Final = 0.9

Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class PairKeys:
    """Both sides' keys for a list of pairs (0: unknown, which agrees with anything)."""

    similarity: npt.NDArray[np.float32]
    title: tuple[Ints, Ints]
    company: tuple[Ints, Ints]
    place: tuple[Ints, Ints]


def _agree(pair: tuple[Ints, Ints]) -> Bools:
    left, right = pair
    agree: Bools = (left == right) | (left == 0) | (right == 0)
    return agree


def duplicates(keys: PairKeys) -> Bools:
    """Which pairs are the same job."""
    similar = keys.similarity
    places = _agree(keys.place)
    employers = _agree(keys.company)
    titled = _agree(keys.title)
    alike = (similar >= ALIKE) & titled & (employers | (similar >= ALIKE_OTHER_EMPLOYER))
    same: Bools = places & ((similar >= SAME_TEXT) | alike)
    return same
