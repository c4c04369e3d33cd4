from __future__ import annotations

import math

import pytest

from jobsift.analytics.significance import two_proportion_z


def test_matches_the_hand_computed_test() -> None:
    # 60 of 200 this period, 40 of 200 before: shares 0.30 and 0.20, pooled 0.25,
    # standard error sqrt(0.25 * 0.75 * (1/200 + 1/200)) = 0.0433013, z = 0.10 / 0.0433013.
    test = two_proportion_z(60, 200, 40, 200)
    assert test.z == pytest.approx(2.309401, abs=1e-6)
    # Two-sided p: 2 * (1 - Phi(2.309401)) = 0.020921 (normal table: Phi(2.31) = 0.98956).
    assert test.p_value == pytest.approx(0.020921, abs=1e-6)


def test_unequal_periods() -> None:
    # 30 of 100 against 100 of 1000: pooled 130/1100; se = sqrt(p(1-p)(1/100 + 1/1000)).
    pooled = 130 / 1100
    se = math.sqrt(pooled * (1 - pooled) * (1 / 100 + 1 / 1000))
    test = two_proportion_z(30, 100, 100, 1000)
    assert test.z == pytest.approx((0.3 - 0.1) / se)
    assert test.z == pytest.approx(5.9070, abs=1e-4)  # 0.2 / 0.033858
    assert test.p_value < 1e-8


def test_a_fall_is_negative_with_the_same_p_value() -> None:
    up, down = two_proportion_z(60, 200, 40, 200), two_proportion_z(40, 200, 60, 200)
    assert down.z == pytest.approx(-up.z)
    assert down.p_value == pytest.approx(up.p_value)


@pytest.mark.parametrize(
    ("hits", "total", "before_hits", "before_total"),
    [(5, 10, 5, 10), (0, 0, 3, 10), (3, 10, 0, 0), (0, 10, 0, 10), (10, 10, 10, 10)],
)
def test_no_evidence_gives_z_zero_and_p_one(
    hits: int, total: int, before_hits: int, before_total: int
) -> None:
    test = two_proportion_z(hits, total, before_hits, before_total)
    assert test.z == 0.0
    assert test.p_value == pytest.approx(1.0)
