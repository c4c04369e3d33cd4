from __future__ import annotations

from jobsift.analytics.queries import SkillCount
from jobsift.web.analytics import _month, _quarter, _shares


def row(month: str, skill: str, clusters: int, total: int) -> SkillCount:
    return SkillCount(month, month, skill, skill, clusters, total)


def test_months_fall_into_quarters() -> None:
    assert [_quarter(m) for m in ("2025-01", "2025-03", "2025-04", "2025-12")] == [
        "2025-Q1", "2025-Q1", "2025-Q2", "2025-Q4",
    ]  # fmt: skip
    assert _quarter("unknown") == "unknown"


def test_a_period_s_share_is_over_all_its_postings() -> None:
    found = [row("2025-01", "py", 2, 10), row("2025-02", "py", 1, 20), row("2025-02", "go", 5, 20)]
    totals = {"2025-01": 10, "2025-02": 20}
    assert _shares(found, totals, _quarter) == {("2025-Q1", "py"): 0.1, ("2025-Q1", "go"): 5 / 30}
    assert _shares(found, totals, _month)[("2025-01", "py")] == 0.2


def test_periods_without_postings_are_on_the_axis() -> None:
    from jobsift.web.analytics import _every_period

    assert _every_period({"2024-11", "2025-02"}, monthly=True) == [
        "2024-11", "2024-12", "2025-01", "2025-02",
    ]  # fmt: skip
    assert _every_period({"2024-Q4", "2025-Q2"}, monthly=False) == [
        "2024-Q4", "2025-Q1", "2025-Q2",
    ]  # fmt: skip
    assert _every_period({"odd", "2025-Q2"}, monthly=False) == ["2025-Q2", "odd"]
