"""Each query over a small hand-made table whose answers are worked out in the comments.

Clusters (canonical id: fields), dates are each cluster's earliest posting:
  a  2025-02-20  python, sql      senior  dev  DE Berlin   70,000 EUR   (a2, a repost, is
                                                                        dated 02-20 and has
                                                                        java: not counted)
  b  2025-03-10  python, docker   junior  dev  DE Munich   50,000 EUR
  c  2025-02-03  java, sql        senior  ana  FR Paris
  d  2025-02-04  java             -       -    -
  e  2025-03-11  python           senior  ana  DE + FR     90,000 USD
"""

from __future__ import annotations

from datetime import date

import pytest

from jobsift.analytics import queries
from jobsift.analytics.facts import Fact
from jobsift.analytics.table import AnalyticsTable
from jobsift.errors import AnalyticsQueryError, UnknownSkillError

PY, SQL, JAVA, DOCKER = (
    ("tech:python", "Python"),
    ("tech:sql", "SQL"),
    ("esco:skill/java-uuid", "Java"),
    ("tech:docker", "Docker"),
)
EVERYTHING = queries.Slice()


def _fact(id: str, canonical: str, posted: str, *skills: tuple[str, str], **fields: object) -> Fact:
    return Fact(id, canonical, date.fromisoformat(posted), skills, **fields)  # type: ignore[arg-type]


FACTS = [
    _fact("a", "a", "2025-03-05", PY, SQL, seniority="senior", occupation="dev",
          occupation_label="Developer", countries=("DE",), cities=("Berlin",),
          salary_low=60000.0, salary_high=80000.0, currency="EUR"),
    _fact("a2", "a", "2025-02-20", PY, SQL, JAVA, seniority="junior", occupation="ana",
          countries=("FR",), cities=("Paris",), salary_low=10.0, currency="EUR"),
    _fact("b", "b", "2025-03-10", PY, DOCKER, seniority="junior", occupation="dev",
          occupation_label="Developer", countries=("DE",), cities=("Munich",),
          salary_low=50000.0, currency="EUR"),
    _fact("c", "c", "2025-02-03", JAVA, SQL, seniority="senior", occupation="ana",
          occupation_label="Analyst", countries=("FR",), cities=("Paris",)),
    _fact("d", "d", "2025-02-04", JAVA),
    _fact("e", "e", "2025-03-11", PY, seniority="senior", occupation="ana",
          occupation_label="Analyst", countries=("DE", "FR"), salary_low=90000.0,
          currency="USD"),
]  # fmt: skip


@pytest.fixture(scope="module")
def cursor() -> object:
    table = AnalyticsTable(None)
    table.update(add=FACTS)  # opens the in-memory database
    assert table._memory is not None
    return table._memory.cursor()


def _counts(found: queries.Demand) -> dict[tuple[str | None, str], tuple[int, int]]:
    return {(r.group, r.skill_id): (r.clusters, r.group_clusters) for r in found.rows}


def test_demand_counts_each_cluster_once_with_its_canonical_fields(cursor: object) -> None:
    found = queries.demand(cursor, EVERYTHING)
    assert found.clusters == 5
    assert _counts(found) == {
        (None, "tech:python"): (3, 5),
        (None, "tech:sql"): (2, 5),
        (None, JAVA[0]): (2, 5),  # c and d; a2's java is a repost's, not a's
        (None, "tech:docker"): (1, 5),
    }
    assert found.rows[0].skill_id == "tech:python"
    assert found.rows[0].share == pytest.approx(0.6)


def test_demand_by_month_dates_a_cluster_by_its_earliest_posting(cursor: object) -> None:
    found = queries.demand(cursor, EVERYTHING, by="month")
    assert _counts(found) == {
        ("2025-02", "tech:python"): (1, 3),
        ("2025-02", "tech:sql"): (2, 3),
        ("2025-02", JAVA[0]): (2, 3),
        ("2025-03", "tech:python"): (2, 2),
        ("2025-03", "tech:docker"): (1, 2),
    }


def test_demand_by_week_names_iso_weeks(cursor: object) -> None:
    found = queries.demand(cursor, EVERYTHING, by="week", skills=("tech:python",))
    assert _counts(found) == {
        ("2025-W08", "tech:python"): (1, 1),  # a: 2025-02-20
        ("2025-W11", "tech:python"): (2, 2),  # b and e
    }


def test_demand_by_country_counts_multi_country_clusters_in_each(cursor: object) -> None:
    found = queries.demand(cursor, EVERYTHING, by="country")
    counts = _counts(found)
    assert counts[("DE", "tech:python")] == (3, 3)
    assert counts[("FR", "tech:python")] == (1, 2)  # e; a's canonical is in DE only
    assert counts[("FR", "tech:sql")] == (1, 2)


def test_filters_and_grouping_by_the_filtered_country(cursor: object) -> None:
    found = queries.demand(cursor, queries.Slice(countries=("de",)), by="country")
    assert {g for g, _ in _counts(found)} == {"DE"}  # not FR, which e also names
    assert found.clusters == 3
    senior = queries.demand(cursor, queries.Slice(seniorities=("senior",)))
    assert _counts(senior)[(None, "tech:sql")] == (2, 3)
    berlin = queries.demand(cursor, queries.Slice(cities=("Berlin", "Munich")))
    assert berlin.clusters == 2
    any_case = queries.demand(cursor, queries.Slice(cities=("berlin", "MUNICH")), by="city")
    assert any_case.clusters == 2
    assert {row.group for row in any_case.rows} == {"Berlin", "Munich"}
    february = queries.demand(cursor, queries.Slice(until=date(2025, 2, 28)))
    assert february.clusters == 3


def test_demand_by_occupation_has_labels_and_a_limit_per_group(cursor: object) -> None:
    found = queries.demand(cursor, EVERYTHING, by="occupation", limit=1)
    by_group = {r.group: (r.group_label, r.skill_id, r.clusters) for r in found.rows}
    assert by_group["dev"] == ("Developer", "tech:python", 2)
    assert by_group["ana"][0] == "Analyst"
    assert by_group[None] == (None, JAVA[0], 1)  # d has no occupation
    assert len(found.rows) == 3


def test_cooccurring_counts_share_and_lift(cursor: object) -> None:
    found = queries.cooccurring(cursor, "tech:python", EVERYTHING)
    assert (found.clusters, found.total, found.label) == (3, 5, "Python")
    rows = {r.skill_id: r for r in found.rows}
    assert set(rows) == {"tech:sql", "tech:docker"}
    assert rows["tech:sql"].share == pytest.approx(1 / 3)
    assert rows["tech:sql"].lift == pytest.approx((1 / 3) / (2 / 5))
    assert rows["tech:docker"].lift == pytest.approx((1 / 3) / (1 / 5))
    by_lift = queries.cooccurring(cursor, "tech:python", EVERYTHING, order="lift")
    assert [r.skill_id for r in by_lift.rows] == ["tech:docker", "tech:sql"]
    none = queries.cooccurring(cursor, "tech:python", EVERYTHING, min_count=2)
    assert none.rows == []


def test_rising_compares_shares_with_the_z_test(cursor: object) -> None:
    found = queries.rising(cursor, EVERYTHING, min_count=1)
    assert (found.current, found.previous) == ("2025-03", "2025-02")
    assert (found.clusters, found.previous_clusters) == (2, 3)
    # python 2/2 against 1/3: pooled 0.6, se sqrt(0.24 * (1/2 + 1/3)) = 0.447214, z = 1.490712.
    # docker 1/2 against 0/3: pooled 0.2, se sqrt(0.16 * 5/6) = 0.365148, z = 1.369306.
    assert [r.skill_id for r in found.rows] == ["tech:python", "tech:docker"]
    assert found.rows[0].z == pytest.approx(1.490712, abs=1e-6)
    assert found.rows[1].z == pytest.approx(1.369306, abs=1e-6)
    assert not any(r.significant for r in found.rows)
    assert queries.rising(cursor, EVERYTHING, min_count=1, significant_only=True).rows == []
    february = queries.rising(cursor, EVERYTHING, current="2025-02", min_count=1)
    assert (february.previous_clusters, february.previous) == (0, "2025-01")


def test_salaries_per_skill_occupation_and_overall(cursor: object) -> None:
    found = queries.salaries(cursor, EVERYTHING)
    rows = {(r.group, r.currency): r for r in found.rows}
    python = rows[("tech:python", "EUR")]  # a 70,000 (middle of 60-80k) and b 50,000
    assert (python.clusters, python.minimum, python.median, python.maximum) == (
        2, 50000.0, 60000.0, 70000.0,
    )  # fmt: skip
    assert (python.q1, python.q3) == (55000.0, 65000.0)
    assert rows[("tech:python", "USD")].median == 90000.0
    assert (found.rows[0].group, found.rows[0].group_label) == ("tech:python", "Python")
    jobs = queries.salaries(cursor, EVERYTHING, by="occupation")
    assert {(r.group, r.group_label, r.currency, r.clusters) for r in jobs.rows} == {
        ("dev", "Developer", "EUR", 2),
        ("ana", "Analyst", "USD", 1),
    }
    euro = queries.salaries(cursor, EVERYTHING, by="none", currency="eur")
    assert [(r.group, r.clusters) for r in euro.rows] == [(None, 2)]
    docker = queries.salaries(cursor, EVERYTHING, by="occupation", skills=("tech:docker",))
    assert [(r.group, r.median) for r in docker.rows] == [("dev", 50000.0)]


def test_bad_queries_say_what_is_wrong(cursor: object) -> None:
    with pytest.raises(UnknownSkillError, match="tech:cobol"):
        queries.cooccurring(cursor, "tech:cobol", EVERYTHING)
    with pytest.raises(UnknownSkillError):
        queries.demand(cursor, EVERYTHING, skills=("tech:cobol",))
    with pytest.raises(AnalyticsQueryError, match="after"):
        queries.demand(cursor, queries.Slice(since=date(2025, 3, 1), until=date(2025, 2, 1)))
    with pytest.raises(AnalyticsQueryError, match="YYYY-Www"):
        queries.rising(cursor, EVERYTHING, period="week", current="2025-03")
    with pytest.raises(AnalyticsQueryError, match="no counted postings"):
        queries.rising(cursor, queries.Slice(countries=("JP",)))
