"""Analytics kept in step with a real SQLite store: ingest, delete, dedupe changes."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.analytics.builders import Job, clustered, clusters_of, store_jobs

from jobsift.analytics import Analytics, Slice
from jobsift.analytics import table as table_module
from jobsift.analytics.service import canonical_pairs
from jobsift.engine import Engine
from jobsift.errors import AnalyticsBusyError
from jobsift.settings import Settings
from jobsift.store import PostingStore, open_store

EVERYTHING = Slice()
JOBS = [
    Job(("tech:python", "tech:sql"), posted="2025-03-05"),
    Job(("tech:python", "tech:sql", "tech:java"), posted="2025-02-20", repost_of=0),
    Job(("tech:java",), country="FR", city="Paris", posted="2025-02-03"),
    Job(("tech:python",), posted="2025-03-11", salary=(50000.0, 70000.0, "EUR", "YEAR")),
]


@pytest.fixture
def store() -> Iterator[PostingStore]:
    with open_store("sqlite://") as store:
        yield store


def _skill_counts(analytics: Analytics) -> dict[str, int]:
    return {r.skill_id: r.clusters for r in analytics.demand(EVERYTHING, limit=100).rows}


def test_counts_once_per_cluster_from_the_store(store: PostingStore) -> None:
    ids = store_jobs(store, JOBS)
    analytics = Analytics(clustered(store, clusters_of(ids, JOBS)), None)
    assert analytics.demand(EVERYTHING).clusters == 3
    assert _skill_counts(analytics) == {"tech:python": 2, "tech:sql": 1, "tech:java": 1}
    months = analytics.demand(EVERYTHING, by="month", skills=("tech:python",))
    assert {r.group: r.clusters for r in months.rows} == {"2025-02": 1, "2025-03": 1}


def test_new_postings_are_read_incrementally(store: PostingStore) -> None:
    analytics = Analytics(store, None)
    store_jobs(store, JOBS[:1])
    assert analytics.refresh().full  # the first build reads everything
    store_jobs(store, [Job(("tech:rust",))], start=10)
    report = analytics.refresh()
    assert (report.added, report.full) == (1, False)
    assert analytics.refresh().added == 0  # nothing new: nothing read
    assert _skill_counts(analytics)["tech:rust"] == 1


def test_a_query_sees_postings_added_and_deleted_since(store: PostingStore) -> None:
    analytics = Analytics(store, None)
    ids = store_jobs(store, JOBS[:1])
    assert analytics.demand(EVERYTHING).clusters == 1
    store_jobs(store, [Job(("tech:rust",))], start=10)
    assert analytics.demand(EVERYTHING).clusters == 2  # the posting count moved
    store.delete(ids[0])
    assert _skill_counts(analytics) == {"tech:rust": 1}


def test_a_dedupe_change_shows_after_refresh(store: PostingStore) -> None:
    ids = store_jobs(store, JOBS)
    wrapped = clustered(store)
    analytics = Analytics(wrapped, None)
    assert analytics.demand(EVERYTHING).clusters == 4
    wrapped.canonical = clusters_of(ids, JOBS)  # type: ignore[attr-defined]
    report = analytics.refresh()
    assert (report.moved, report.full) == (1, False)
    assert analytics.demand(EVERYTHING).clusters == 3


def test_the_stores_own_clusters_are_counted_once(store: PostingStore) -> None:
    ids = store_jobs(store, JOBS)
    analytics = Analytics(store, None)
    assert analytics.demand(EVERYTHING).clusters == 4
    store.put_clusters(list(clusters_of(ids, JOBS).items()))  # what a dedupe pass stores
    report = analytics.refresh_if_built()
    assert report is not None
    assert report.moved == 1
    assert analytics.demand(EVERYTHING).clusters == 3


def test_an_unextracted_canonical_lends_its_cluster_to_a_member(store: PostingStore) -> None:
    ids = store_jobs(store, JOBS[:2])
    # The canonical has no extraction: the earliest member (job 1, with java) stands in.
    analytics = Analytics(clustered(store, {ids[0]: "f" * 32, ids[1]: "f" * 32}), None)
    assert analytics.demand(EVERYTHING).clusters == 1
    assert _skill_counts(analytics)["tech:java"] == 1


def test_re_extraction_reads_every_fact_again(store: PostingStore) -> None:
    store_jobs(store, JOBS)
    analytics = Analytics(store, None)
    analytics.refresh()
    assert analytics.refresh(extracted=2).full  # two extracted, none new: re-extracted


def test_a_file_table_is_shared_by_processes(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "db.sqlite")) as store:
        store_jobs(store, JOBS)
        first = Analytics(store, tmp_path / "db.analytics")
        assert first.demand(EVERYTHING).clusters == 4
        assert (tmp_path / "db.analytics" / "analytics.duckdb").is_file()
        second = Analytics(store, tmp_path / "db.analytics")  # another process, same files

        def no_refresh(*_: object) -> None:
            raise AssertionError("the table was in step already")

        second._refresh = no_refresh  # type: ignore[method-assign,assignment]
        assert second.demand(EVERYTHING).clusters == 4


def test_a_table_of_an_older_schema_is_built_again(tmp_path: Path) -> None:
    import duckdb

    with open_store(str(tmp_path / "db.sqlite")) as store:
        store_jobs(store, JOBS)
        assert Analytics(store, tmp_path / "db.analytics").demand(EVERYTHING).clusters == 4
        with duckdb.connect(str(tmp_path / "db.analytics" / "analytics.duckdb")) as con:
            con.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
        again = Analytics(store, tmp_path / "db.analytics")
        assert again.demand(EVERYTHING).clusters == 4


def test_another_process_writing_makes_it_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(str(tmp_path / "db.sqlite")) as store:
        store_jobs(store, JOBS)
        analytics = Analytics(store, tmp_path / "db.analytics")
        analytics.refresh()
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(analytics.table.path)], stdout=subprocess.PIPE
        )
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == b"holding"
            monkeypatch.setattr(table_module, "BUSY_SECONDS", 0.2)
            again = Analytics(store, tmp_path / "db.analytics")
            with pytest.raises(AnalyticsBusyError, match="another process"):
                again.demand(EVERYTHING)
            store_jobs(store, [Job(("tech:rust",))], start=10)
            analytics.after_extraction(1)  # an ingest must not fail for analytics
        finally:
            holder.kill()
            holder.wait()
        assert _skill_counts(analytics)["tech:rust"] == 1  # the next query caught up


HOLD = """
import sys, time, duckdb
connection = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(30)
"""


def test_the_engine_keeps_analytics_beside_the_database(tmp_path: Path) -> None:
    settings = Settings(database_url=str(tmp_path / "jobs.db"), semantic="off")
    with Engine(settings) as engine:
        ids = store_jobs(engine.store, JOBS)
        assert engine.analytics.demand(EVERYTHING).clusters == 4
        assert (tmp_path / "jobs.analytics" / "analytics.duckdb").is_file()
        engine.delete(ids[2])
        assert "tech:java" in _skill_counts(engine.analytics)  # job 1 still has java
        engine.delete(ids[1])
        assert "tech:java" not in _skill_counts(engine.analytics)


def test_after_extraction_builds_nothing_nobody_asked_for(store: PostingStore) -> None:
    store_jobs(store, JOBS)
    analytics = Analytics(store, None)
    analytics.after_extraction(4)
    assert analytics.refresh_if_built() is None
    assert not analytics.table.built()
    analytics.refresh()
    store_jobs(store, [Job(("tech:rust",))], start=10)
    analytics.after_extraction(1)
    assert analytics.table.known().keys() == {i for i, _ in canonical_pairs(store)}


# -- the invariant: totals equal counts over the store, once per cluster --------------------

SKILLS = ("tech:python", "tech:sql", "tech:java", "esco:skill/a1", "esco:skill/b2")
job_specs = st.lists(
    st.tuples(
        st.sets(st.sampled_from(SKILLS), max_size=4),
        st.sampled_from(["DE", "FR", None]),
        st.integers(1, 4),  # month
        st.integers(0, 30),  # reposts the job at this index (mod its own), when odd
    ),
    min_size=1,
    max_size=14,
)


def _jobs(specs: list[tuple[set[str], str | None, int, int]]) -> list[Job]:
    jobs = []
    for n, (skills, country, month, repost) in enumerate(specs):
        repost_of = repost % n if n and repost % 2 else None
        jobs.append(Job(tuple(sorted(skills)), country=country, city=None,
                        posted=f"2025-0{month}-15", repost_of=repost_of))  # fmt: skip
    return jobs


@settings(max_examples=30, deadline=None)
@given(job_specs)
def test_totals_equal_counts_over_the_store_once_per_cluster(
    specs: list[tuple[set[str], str | None, int, int]],
) -> None:
    jobs = _jobs(specs)
    with open_store("sqlite://") as store:
        ids = store_jobs(store, jobs)
        canonical = clusters_of(ids, jobs)
        analytics = Analytics(clustered(store, canonical), None)
        by_id = dict(zip(ids, jobs, strict=True))
        heads = sorted(set(canonical.values()))
        expected = Counter(skill for head in heads for skill in by_id[head].skills)
        found = analytics.demand(EVERYTHING, limit=100)
        assert found.clusters == len(heads)
        assert _skill_counts(analytics) == dict(expected)
        first_month = {
            head: min(by_id[i].posted[:7] for i, c in canonical.items() if c == head)
            for head in heads
        }
        totals = {r.group: r.group_clusters for r in analytics.demand(EVERYTHING, by="month").rows}
        wanted = Counter(first_month[h] for h in heads if by_id[h].skills)
        assert totals == {m: Counter(first_month.values())[m] for m in wanted}
        german = analytics.demand(Slice(countries=("DE",))).clusters
        assert german == sum(1 for h in heads if by_id[h].country == "DE")
