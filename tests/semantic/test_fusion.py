from __future__ import annotations

import pytest

from jobsift.semantic import reciprocal_rank_fusion


def test_rrf_scores_a_hand_worked_example() -> None:
    keyword = ["a", "b", "c"]
    vector = ["c", "a", "d"]
    fused = reciprocal_rank_fusion([keyword, vector], k=60)
    expected = {
        "a": 1 / 61 + 1 / 62,  # 1st and 2nd
        "c": 1 / 63 + 1 / 61,  # 3rd and 1st
        "b": 1 / 62,
        "d": 1 / 63,
    }
    assert [doc for doc, _ in fused] == ["a", "c", "b", "d"]
    for doc, score in fused:
        assert score == pytest.approx(expected[doc], rel=1e-12)


def test_rrf_k_changes_how_much_the_top_ranks_weigh() -> None:
    # First in one list against third in two: k=0 favours the former (1 > 2/3),
    # the standard k=60 the latter (1/61 < 2/63).
    rankings = [["solo", "x", "both"], ["y", "z", "both"]]
    assert reciprocal_rank_fusion(rankings, k=0)[0] == ("solo", 1.0)
    assert reciprocal_rank_fusion(rankings, k=60)[0][0] == "both"


def test_rrf_ties_keep_first_seen_order_and_duplicates_count_once() -> None:
    fused = reciprocal_rank_fusion([["p", "q", "p"], ["q", "p"]], k=60)
    assert fused[0][1] == pytest.approx(fused[1][1])  # p: 1/61 + 1/62, q: 1/62 + 1/61
    assert [doc for doc, _ in fused] == ["p", "q"]


def test_rrf_of_nothing_is_nothing_and_k_must_not_be_negative() -> None:
    assert reciprocal_rank_fusion([]) == []
    assert reciprocal_rank_fusion([[], []]) == []
    with pytest.raises(ValueError, match="negative"):
        reciprocal_rank_fusion([["a"]], k=-1)
