"""The table's incremental updates give what a full rebuild from the same facts gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.analytics import queries
from jobsift.analytics.facts import Fact
from jobsift.analytics.table import AnalyticsTable

SKILLS = [("tech:python", "Python"), ("tech:sql", "SQL"), ("esco:skill/x", "x"), ("tech:go", "Go")]
EVERYTHING = queries.Slice()

facts = st.builds(
    lambda n, skills, country, city, month, salary: Fact(
        id=f"p{n}", canonical=f"p{n}", posted=date(2025, month, 10),
        skills=tuple(sorted(skills)), seniority="senior" if n % 2 else "",
        occupation=f"occ{n % 3}", occupation_label=f"Occupation {n % 3}",
        countries=(country,) if country else (), cities=(city,) if city else (),
        salary_low=salary, currency="EUR" if salary else "",
    ),
    st.integers(0, 10**6),
    st.sets(st.sampled_from(SKILLS), max_size=3),
    st.sampled_from(["DE", "FR", None]),
    st.sampled_from(["Berlin", "Paris", None]),
    st.integers(1, 3),
    st.sampled_from([None, 40000.0, 60000.0]),
)  # fmt: skip


def _answers(table: AnalyticsTable) -> list[Any]:
    """What every query kind answers, in an order that does not depend on cluster numbers."""

    def run(cursor: Any) -> list[Any]:
        found: list[Any] = []
        for by in ("none", "month", "country", "city", "occupation"):
            rows = queries.demand(cursor, EVERYTHING, by=by, limit=100).rows
            found.append(sorted(rows, key=repr))
        found.append(queries.demand(cursor, EVERYTHING).clusters)
        found.append(sorted(queries.salaries(cursor, EVERYTHING, limit=100).rows, key=repr))
        if _has(cursor, "tech:python"):
            co = queries.cooccurring(cursor, "tech:python", EVERYTHING, limit=100)
            found.append(sorted(co.rows, key=repr))
        return found

    return table.read(run)


def _has(cursor: Any, skill_id: str) -> bool:
    sql = "SELECT count(*) FROM cluster_skills JOIN skills ON no = skill WHERE id = ?"
    return bool(cursor.execute(sql, [skill_id]).fetchone()[0])


@settings(max_examples=40, deadline=None)
@given(
    first=st.lists(facts, max_size=12, unique_by=lambda f: f.id),
    second=st.lists(facts, max_size=8, unique_by=lambda f: f.id),
    data=st.data(),
)
def test_incremental_updates_match_a_full_rebuild(
    first: list[Fact], second: list[Fact], data: st.DataObject
) -> None:
    second = [f for f in second if f.id not in {g.id for g in first}]
    incremental = AnalyticsTable(None)
    incremental.update(add=first)
    ids = [f.id for f in first]
    removed = data.draw(st.sets(st.sampled_from(ids)) if ids else st.just(set()))
    kept = [i for i in ids if i not in removed]
    moves: dict[str, str] = {}
    for posting_id in kept:
        if data.draw(st.booleans()):
            moves[posting_id] = data.draw(st.sampled_from(kept))
    incremental.update(remove=removed)
    incremental.update(canonical=moves, add=second)
    final = [replace(f, canonical=moves.get(f.id, f.canonical)) for f in first if f.id in kept]
    rebuilt = AnalyticsTable(None)
    rebuilt.update(add=[*final, *second], replace=True)
    assert _answers(incremental) == _answers(rebuilt)
