"""The two-proportion z-test rising skills are ranked by, in plain math (no scipy)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ProportionTest:
    """``z`` > 0 when the share grew; ``p_value`` is two-sided."""

    z: float
    p_value: float


def two_proportion_z(hits: int, total: int, before_hits: int, before_total: int) -> ProportionTest:
    """Is ``hits / total`` different from ``before_hits / before_total``?

    The pooled test: under "no change" both periods share one proportion, estimated from both;
    z is the difference of the shares in units of its standard error under that hypothesis.
    Normal approximation: trust it when each period has a handful of hits and misses.
    """
    if total <= 0 or before_total <= 0:
        return ProportionTest(0.0, 1.0)
    share, before = hits / total, before_hits / before_total
    pooled = (hits + before_hits) / (total + before_total)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / total + 1 / before_total))
    if spread == 0.0:
        return ProportionTest(0.0, 1.0)
    z = (share - before) / spread
    return ProportionTest(z, math.erfc(abs(z) / math.sqrt(2)))
