"""``Deduper`` on real SQLite stores: incremental assignment, the full pass, canonical
choice, deletes, and precision and recall on generated postings with known duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import SeedPosting
from tests.dedupe.builders import (
    agency_reposts,
    corpus,
    no_extraction,
    pairwise,
    stored,
    truth_by_id,
)

from jobsift.dedupe import Deduper
from jobsift.dedupe.features import fields, sketch
from jobsift.dedupe.match import ALIKE
from jobsift.dedupe.sketch import similarity
from jobsift.errors import DedupeStoreError, StaleDedupeStateError
from jobsift.model import Declared, Posting
from jobsift.store import SqlitePostingStore
from jobsift.testing.factories import raw_posting

ABOUT = (
    "Acme has built logistics software since 1998 and serves two thousand customers in "
    "twelve countries from offices in Berlin, Lisbon and Warsaw."
)
TASKS = (
    "You design and run the services that plan our customers' deliveries, keep them fast "
    "and observable, review code with your team and take part in the on-call rota."
)
NEEDS = (
    "You have five years of experience with Kotlin or Java, know PostgreSQL well and have "
    "run services on Kubernetes in production."
)
LEGAL = (
    "Acme is an equal opportunity employer and values diversity. We do not discriminate on "
    "the basis of race, religion, colour, national origin, gender or age."
)


def _text(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlitePostingStore]:
    with SqlitePostingStore(tmp_path / "jobsift.db") as opened:
        yield opened


def _declared(title: str, company: str, place: str = "Berlin") -> Declared:
    return Declared(title=title, company=company, locations=(place,))


def _add(store: SqlitePostingStore, text: str, declared: Declared) -> Posting:
    return stored(store, [raw_posting(text, declared=declared, locator=text[:30])])[0]


def test_a_repost_with_reordered_sections_joins_its_original(
    store: SqlitePostingStore,
) -> None:
    deduper = Deduper(store)
    original = _add(store, _text(ABOUT, TASKS, NEEDS, LEGAL), _declared("Backend Engineer", "Acme"))
    first = deduper.assign(no_extraction([original]))
    assert first.canonical == {original.id: original.id}
    assert first.changed == set()
    repost = _add(store, _text(TASKS, ABOUT, NEEDS, LEGAL), _declared("Backend Engineer", "Acme"))
    update = deduper.assign(no_extraction([repost]))
    cluster = store.cluster(repost.id)
    assert set(cluster.members) == {original.id, repost.id}
    assert update.canonical[repost.id] == cluster.canonical
    assert update.sizes[cluster.canonical] == 2
    # The older posting's document changes: it became a canonical with a repost, or lost
    # its place as canonical to the repost.
    assert update.changed == {original.id}


def test_other_jobs_at_the_same_employer_with_the_same_boilerplate_stay_apart(
    store: SqlitePostingStore,
) -> None:
    deduper = Deduper(store)
    nurse_tasks = (
        "You look after patients on the ward, give medication, keep their records and "
        "work closely with the doctors and the families."
    )
    nurse_needs = "You are a registered nurse with two years of experience on a ward."
    backend = _add(store, _text(ABOUT, TASKS, NEEDS, LEGAL), _declared("Backend Engineer", "Acme"))
    nurse = _add(store, _text(ABOUT, nurse_tasks, nurse_needs, LEGAL), _declared("Nurse", "Acme"))
    update = deduper.assign(no_extraction([backend, nurse]))
    assert update.canonical == {backend.id: backend.id, nurse.id: nurse.id}
    assert store.cluster(nurse.id).members == (nurse.id,)


def test_the_canonical_is_the_employers_own_posting_over_a_fuller_agency_repost(
    store: SqlitePostingStore,
) -> None:
    deduper = Deduper(store)
    own = _add(store, _text(TASKS, NEEDS, LEGAL), _declared("Backend Engineer", "Acme"))
    agency_text = _text(
        "Our client, Acme, is looking for a Backend Engineer (location: Berlin).",
        TASKS,
        NEEDS,
        LEGAL,
        "Apply through Quano Staffing today; we answer within two days.",
    )
    agency = _add(store, agency_text, _declared("Backend Engineer", "Quano Staffing"))
    fuller = {"salary": {"value": {"minimum": 60000}}, "skills": [{"value": {"id": "x"}}]}
    update = deduper.assign([(own, {}), (agency, fuller)])
    assert update.canonical == {own.id: own.id, agency.id: own.id}
    assert store.cluster(agency.id).members[0] == own.id


def test_among_direct_postings_more_fields_win_then_longer_text(
    store: SqlitePostingStore,
) -> None:
    deduper = Deduper(store)
    declared = _declared("Backend Engineer", "Acme")
    short = _add(store, _text(TASKS, NEEDS, LEGAL), declared)
    longer = _add(store, _text(ABOUT, TASKS, NEEDS, LEGAL), declared)
    deduper.assign(no_extraction([short, longer]))
    assert store.cluster(short.id).canonical == longer.id
    fields = {"salary": {"value": {"minimum": 1}}, "work_mode": {"value": "remote"}}
    update = deduper.assign([(short, fields)])  # extracted again, with more fields
    assert update.canonical == {short.id: short.id}
    assert longer.id in update.changed  # no longer the canonical
    assert store.cluster(longer.id).canonical == short.id


def test_removing_the_canonical_promotes_the_next_best_member(
    store: SqlitePostingStore,
) -> None:
    deduper = Deduper(store)
    declared = _declared("Backend Engineer", "Acme")
    best = _add(store, _text(ABOUT, TASKS, NEEDS, LEGAL), declared)
    second = _add(store, _text(ABOUT, NEEDS, TASKS, LEGAL, "Apply now."), declared)
    third = _add(store, _text(TASKS, NEEDS, LEGAL), declared)
    fields = {"salary": {"value": {"minimum": 1}}}
    deduper.assign([(best, {**fields, "work_mode": {"value": "remote"}}), (second, fields)])
    deduper.assign(no_extraction([third]))
    assert store.cluster(third.id).canonical == best.id
    removal = deduper.remove(best.id)
    assert removal.posting.id == best.id
    assert removal.canonical == second.id  # more fields than the third, whatever the ids
    assert set(removal.members) == {second.id, third.id}
    assert dict(store.canonical_ids()) == {second.id: second.id, third.id: second.id}


def test_the_seeds_two_digital_architect_postings_are_related_not_duplicates(
    store: SqlitePostingStore, seed_postings: list[SeedPosting]
) -> None:
    by_n = {gold["n"]: (gold, text) for gold, text in seed_postings}
    items: list[tuple[Posting, dict[str, Any]]] = []
    for n in (8, 9):
        gold, text = by_n[n]
        posting = stored(store, [raw_posting(text, locator=f"n={n}")])[0]
        places = [{"value": place} for place in gold["locations"]]
        extraction = {"title": {"value": gold["title"]}, "locations": places}
        if gold["company"]:
            extraction["company"] = {"value": gold["company"]}
        items.append((posting, extraction))
    update = Deduper(store).assign(items)
    assert update.canonical == {posting.id: posting.id for posting, _ in items}
    # Not only the place (n=9 names none): their texts are too far apart to be one job.
    both = sketch([(p.id, p.text, fields({}, e)) for p, e in items])
    assert similarity(both.signatures[:1], both.signatures[1:])[0] < ALIKE


def test_generated_duplicates_full_pass_precision_and_recall(
    store: SqlitePostingStore,
) -> None:
    items = corpus(2000)
    stored(store, [raw for raw, _ in items])
    report = Deduper(store).run_full(workers=1)
    precision, recall = pairwise(truth_by_id(items), dict(store.canonical_ids()))
    assert precision >= 0.95, precision
    assert recall >= 0.90, recall
    assert report.postings == store.count()
    assert report.clusters > 100
    assert report.duplicates == report.clustered - report.clusters


def test_generated_duplicates_assigned_in_batches_match_the_full_pass(
    store: SqlitePostingStore,
) -> None:
    items = corpus(2000)
    deduper = Deduper(store)
    for start in range(0, len(items), 300):
        batch = stored(store, [raw for raw, _ in items[start : start + 300]])
        deduper.assign(no_extraction(batch))
    incremental = dict(store.canonical_ids())
    precision, recall = pairwise(truth_by_id(items), incremental)
    assert precision >= 0.95, precision
    assert recall >= 0.90, recall
    deduper.run_full(workers=1)
    assert dict(store.canonical_ids()) == incremental


def test_the_full_pass_in_worker_processes_finds_the_same_clusters(tmp_path: Path) -> None:
    items = corpus(2000)
    with SqlitePostingStore(tmp_path / "a.db") as store:
        stored(store, [raw for raw, _ in items])
        Deduper(store).run_full(workers=1)
        alone = dict(store.canonical_ids())
        # Workers take over from this size on; lower it to run them on a small store.
        from jobsift.dedupe import full

        original = full._PARALLEL_FROM
        full._PARALLEL_FROM = 0
        try:
            report = Deduper(store).run_full(workers=2)
        finally:
            full._PARALLEL_FROM = original
        assert report.workers == 2
        assert dict(store.canonical_ids()) == alone


def test_sketches_of_another_version_ask_for_a_full_pass(store: SqlitePostingStore) -> None:
    store.connection.execute("INSERT INTO dedupe_meta VALUES ('sketch', 'dedupe.v0')")
    posting = _add(store, TASKS, _declared("Backend Engineer", "Acme"))
    with pytest.raises(StaleDedupeStateError, match="jobsift dedupe"):
        Deduper(store).assign(no_extraction([posting]))
    Deduper(store).run_full(workers=1)
    assert Deduper(store).assign(no_extraction([posting])).canonical == {posting.id: posting.id}


def test_postings_deleted_before_assignment_are_their_own_canonical(
    store: SqlitePostingStore,
) -> None:
    posting = _add(store, TASKS, _declared("Backend Engineer", "Acme"))
    store.delete(posting.id)
    update = Deduper(store).assign(no_extraction([posting]))
    assert update.canonical == {posting.id: posting.id}
    assert Deduper(store).assign([]).canonical == {}


def test_a_store_without_a_sqlite_connection_is_refused() -> None:
    with pytest.raises(DedupeStoreError, match="SQLite"):
        Deduper(object())  # type: ignore[arg-type]


def test_generated_clusters_show_the_employers_posting_before_agency_reposts(
    store: SqlitePostingStore,
) -> None:
    items = corpus(2000)
    agencies = agency_reposts(2000)
    stored(store, [raw for raw, _ in items])
    Deduper(store).run_full(workers=1)
    members: dict[str, list[str]] = {}
    for posting_id, head in store.canonical_ids():
        members.setdefault(head, []).append(posting_id)
    mixed = [head for head, ids in members.items() if set(ids) & agencies and set(ids) - agencies]
    assert len(mixed) > 20
    assert all(head not in agencies for head in mixed)
