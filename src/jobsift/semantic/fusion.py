"""Reciprocal rank fusion: one ranking out of several (keyword hits, vector hits ...)."""

from __future__ import annotations

from collections.abc import Sequence

#: The constant of Cormack, Clarke and Buettcher (SIGIR 2009); it damps the weight of the very
#: first ranks so that one list alone cannot decide the top of the fused one.
RRF_K = 60


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]], k: int = RRF_K
) -> list[tuple[str, float]]:
    """Fuse rankings (best first) into ``[(id, score)]``, best first.

    ``score(d) = sum over the rankings that hold d of 1 / (k + rank)``, ranks counted from 1.
    An id listed twice in one ranking counts at its first (best) place only.  Equal scores keep
    the order in which the ids were first met (ranking by ranking), so the result is stable.
    """
    if k < 0:
        raise ValueError("k must not be negative")
    scores: dict[str, float] = {}
    for ranking in rankings:
        seen: set[str] = set()
        for rank, doc_id in enumerate(ranking, start=1):
            if doc_id in seen:
                continue
            seen.add(doc_id)
            scores[doc_id] = scores.get(doc_id, 0.0) + 1.0 / (k + rank)
    order = {doc_id: i for i, doc_id in enumerate(scores)}
    return sorted(scores.items(), key=lambda item: (-item[1], order[item[0]]))
