from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import tantivy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobsift.errors import BadQueryError, SearchIndexError
from jobsift.index import Filters, IndexDoc, SearchRequest
from jobsift.index.tantivyindex import INDEX_VERSION, TantivySearchIndex


def doc(n: int, text: str = "", **fields: object) -> IndexDoc:
    base = IndexDoc(
        id=f"{n:032x}",
        text=text or f"Posting {n} about backend work.",
        title=str(fields.pop("title", f"Job {n}")),
        language=str(fields.pop("language", "en")),
        posted=date(2026, 1, 1 + n % 28),
    )
    made = replace(base, **fields)  # type: ignore[arg-type]
    return replace(made, card={"title": made.title, "language": made.language})


def index_of(*docs: IndexDoc) -> TantivySearchIndex:
    index = TantivySearchIndex(None)
    index.upsert(list(docs))
    index.commit()
    return index


def ids(index: TantivySearchIndex, request: SearchRequest) -> list[str]:
    return [hit.id for hit in index.search(request).hits]


def test_upsert_replaces_and_delete_removes() -> None:
    index = index_of(doc(1, "python developer"), doc(2, "java developer"))
    index.upsert([doc(1, "rust developer")])
    index.commit()
    assert index.count() == 2
    assert ids(index, SearchRequest(text="python")) == []
    assert ids(index, SearchRequest(text="rust")) == [f"{1:032x}"]
    index.delete([f"{2:032x}"])
    index.commit()
    assert ids(index, SearchRequest(text="java")) == []
    index.clear()
    index.commit()
    assert index.count() == 0


def test_words_are_stemmed_by_the_posting_language() -> None:
    index = index_of(
        doc(1, "Wir suchen Entwickler für unser Team", language="de"),
        doc(2, "We are hiring developers", language="en"),
        doc(3, "Procuramos enfermeiros", language="pt"),
    )
    assert ids(index, SearchRequest(text="Entwicklern")) == [f"{1:032x}"]
    assert ids(index, SearchRequest(text="developer")) == [f"{2:032x}"]
    assert ids(index, SearchRequest(text="enfermeiro")) == [f"{3:032x}"]


def test_every_word_must_match_unless_any_words() -> None:
    index = index_of(doc(1, "python and sql"), doc(2, "python only"))
    assert ids(index, SearchRequest(text="python sql")) == [f"{1:032x}"]
    assert len(ids(index, SearchRequest(text="python sql", any_words=True))) == 2


def test_longer_words_tolerate_a_typo() -> None:
    index = index_of(doc(1, "kubernetes operator"), doc(2, "go developer"))
    assert ids(index, SearchRequest(text="kubrenetes")) == [f"{1:032x}"]
    assert ids(index, SearchRequest(text="kubrenetes", fuzzy=False)) == []
    assert ids(index, SearchRequest(text="devloper")) == [f"{2:032x}"]
    assert ids(index, SearchRequest(text="og")) == []  # short words must be spelled right


def test_title_counts_more_than_body() -> None:
    index = index_of(
        doc(1, "We use rust daily", title="Go Developer"), doc(2, "Join us", title="Rust Developer")
    )
    assert ids(index, SearchRequest(text="rust"))[0] == f"{2:032x}"


def test_query_syntax_in_user_text_is_just_words() -> None:
    index = index_of(doc(1, "c++ developer"))
    for text in ['"unclosed', "title:x AND (", "c++", "*", "-", "a:b"]:
        index.search(SearchRequest(text=text))  # never a parse error


def test_filters_and_skills_all_of_them() -> None:
    index = index_of(
        doc(1, skills=(("tech:python", "Python"), ("tech:sql", "SQL")), countries=("DE",)),
        doc(2, skills=(("tech:python", "Python"),), countries=("FR",)),
        doc(3, skills=(("tech:sql", "SQL"),), countries=("DE",), work_mode="remote"),
    )
    both = Filters(skill=("tech:python", "tech:sql"))
    assert ids(index, SearchRequest(filters=both)) == [f"{1:032x}"]
    either_country = Filters(country=("DE", "FR"))
    assert len(ids(index, SearchRequest(filters=either_country))) == 3
    remote_de = Filters(country=("DE",), work_mode=("remote",))
    assert ids(index, SearchRequest(filters=remote_de)) == [f"{3:032x}"]


def test_salary_and_date_ranges() -> None:
    index = index_of(
        doc(1, salary_min=40_000.0, salary_max=50_000.0, currency="EUR"),
        doc(2, salary_min=70_000.0, salary_max=90_000.0, currency="EUR"),
        doc(3),
    )
    assert ids(index, SearchRequest(filters=Filters(salary_min=60_000))) == [f"{2:032x}"]
    assert ids(index, SearchRequest(filters=Filters(salary_max=45_000))) == [f"{1:032x}"]
    on_day = Filters(posted_from=date(2026, 1, 3), posted_to=date(2026, 1, 3))
    assert ids(index, SearchRequest(filters=on_day)) == [f"{2:032x}"]


def test_facets_have_labels_and_counts() -> None:
    index = index_of(
        doc(1, skills=(("tech:python", "Python"),), seniority="senior"),
        doc(2, skills=(("tech:python", "Python"), ("tech:go", "Go")), seniority="junior"),
    )
    page = index.search(SearchRequest(facets=("skill", "seniority")))
    assert [(v.value, v.label, v.count) for v in page.facets["skill"]] == [
        ("tech:python", "Python", 2),
        ("tech:go", "Go", 1),
    ]
    assert {v.value: v.count for v in page.facets["seniority"]} == {"senior": 1, "junior": 1}
    with pytest.raises(BadQueryError, match="unknown facet"):
        index.search(SearchRequest(facets=("colour",)))


@pytest.mark.parametrize("sort", ["relevance", "date", "salary"])
def test_pages_neither_repeat_nor_skip(sort: str) -> None:
    # Two languages: the pages merge what two threads found (English, the rest), with ties.
    docs = [
        doc(
            n,
            f"backend {'backend ' * (n % 3)}",
            salary_max=float(1000 * (n % 4)),
            language="en" if n % 2 else "de",
        )
        for n in range(1, 24)
    ]
    index = index_of(*docs)
    seen: list[str] = []
    cursor = None
    for _ in range(10):  # five pages hold them all: more means pages repeat
        page = index.search(SearchRequest(text="backend", sort=sort, limit=5, cursor=cursor))  # type: ignore[arg-type]
        assert page.total == 23
        seen += [hit.id for hit in page.hits]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    else:
        pytest.fail("the pages never end")
    assert sorted(seen) == sorted(d.id for d in docs)
    assert len(seen) == len(set(seen))


def test_date_pages_do_not_shift_when_postings_arrive() -> None:
    index = index_of(*(doc(n) for n in range(1, 11)))
    first = index.search(SearchRequest(sort="date", limit=4))
    index.upsert([doc(27)])  # the newest of all: it sorts first, before the page we saw
    index.commit()
    second = index.search(SearchRequest(sort="date", limit=4, cursor=first.next_cursor))
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert [h.card["title"] for h in second.hits] == ["Job 6", "Job 5", "Job 4", "Job 3"]


def test_bad_cursors_are_refused() -> None:
    index = index_of(*(doc(n) for n in range(1, 6)))
    page = index.search(SearchRequest(text="backend", limit=2))
    with pytest.raises(BadQueryError, match="cursor"):
        index.search(SearchRequest(text="other", limit=2, cursor=page.next_cursor))
    with pytest.raises(BadQueryError, match="cursor"):
        index.search(SearchRequest(cursor="not a cursor"))


def test_snippets_give_character_offsets() -> None:
    text = "Über uns: wir suchen eine Entwicklerin in München. " * 3
    index = index_of(doc(1, text, language="de"))
    snippet = index.search(SearchRequest(text="münchen")).hits[0].snippet
    assert snippet is not None
    assert snippet.highlights
    assert all(snippet.text[a:b] == "München" for a, b in snippet.highlights)


def test_suggestions_from_the_corpus() -> None:
    index = index_of(
        doc(1, title="Data Engineer", company="Datadog", skills=(("tech:dbt", "dbt"),)),
        doc(2, title="Data Engineer", cities=("Dakar",)),
    )
    found = {(s.kind, s.text, s.count) for s in index.suggest("Da")}
    assert found == {
        ("title", "Data Engineer", 2),
        ("company", "Datadog", 1),
        ("place", "Dakar", 1),
    }
    assert index.suggest("  ") == []
    with pytest.raises(BadQueryError):
        index.suggest("da", kinds=("colour",))


def test_more_like_this_leaves_out_the_posting_itself() -> None:
    index = index_of(
        doc(1, "rust tokio async services " * 5),
        doc(2, "rust tokio async networking " * 5),
        doc(3, "nursing care hospital ward " * 5),
    )
    similar = [hit.id for hit in index.more_like_this(f"{1:032x}")]
    assert similar[0] == f"{2:032x}"
    assert f"{1:032x}" not in similar
    assert index.more_like_this("f" * 32) == []


def test_persists_and_refuses_other_versions_and_foreign_folders(tmp_path: Path) -> None:
    path = tmp_path / "jobsift.index"
    first = TantivySearchIndex(path)
    first.upsert([doc(1, "persisted")])
    first.commit()
    first.close()
    assert ids(TantivySearchIndex(path), SearchRequest(text="persisted")) == [f"{1:032x}"]
    (path / "jobsift-index.json").write_text('{"version": "index.tantivy.v0"}')
    with pytest.raises(SearchIndexError, match="jobsift reindex"):
        TantivySearchIndex(path)
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "cat.jpg").write_bytes(b"x")
    with pytest.raises(SearchIndexError, match="not empty"):
        TantivySearchIndex(foreign)
    assert INDEX_VERSION.startswith("index.tantivy.")


_VALUES = {
    "seniority": ["junior", "senior"],
    "work_mode": ["remote", "onsite"],
    "countries": ["DE", "FR", "PL"],
    "skills": [("tech:python", "Python"), ("tech:sql", "SQL"), ("tech:go", "Go")],
}


@st.composite
def corpora(draw: st.DrawFn) -> list[IndexDoc]:
    size = draw(st.integers(1, 25))
    return [
        doc(
            n,
            seniority=draw(st.sampled_from(["", *_VALUES["seniority"]])),
            work_mode=draw(st.sampled_from(["", *_VALUES["work_mode"]])),
            countries=tuple(draw(st.sets(st.sampled_from(_VALUES["countries"]), max_size=2))),
            skills=tuple(draw(st.sets(st.sampled_from(_VALUES["skills"]), max_size=3))),
        )
        for n in range(1, size + 1)
    ]


def _has(d: IndexDoc, filters: Filters) -> bool:
    skills = {skill for skill, _ in d.skills}
    return (
        all(skill in skills for skill in filters.skill)
        and (not filters.seniority or d.seniority in filters.seniority)
        and (not filters.work_mode or d.work_mode in filters.work_mode)
        and (not filters.country or bool(set(d.countries) & set(filters.country)))
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    corpus=corpora(),
    filters=st.builds(
        Filters,
        skill=st.lists(st.sampled_from(["tech:python", "tech:sql", "tech:go"]), max_size=2).map(
            tuple
        ),
        seniority=st.lists(st.sampled_from(_VALUES["seniority"]), max_size=2).map(tuple),
        work_mode=st.lists(st.sampled_from(_VALUES["work_mode"]), max_size=1).map(tuple),
        country=st.lists(st.sampled_from(_VALUES["countries"]), max_size=2).map(tuple),
    ),
)
def test_results_satisfy_filters_and_facets_count_them(
    corpus: list[IndexDoc], filters: Filters
) -> None:
    index = index_of(*corpus)
    page = index.search(SearchRequest(filters=filters, limit=100, facet_size=10))
    expected = {d.id for d in corpus if _has(d, filters)}
    assert {hit.id for hit in page.hits} == expected
    assert page.total == len(expected)
    for value in page.facets["seniority"]:
        narrowed = replace(filters, seniority=(value.value,))
        assert value.count == index.search(SearchRequest(filters=narrowed, facets=())).total
    for value in page.facets["country"]:
        matching = [d for d in corpus if d.id in expected and value.value in d.countries]
        assert value.count == len(matching)


def test_polish_words_meet_at_their_first_letters() -> None:
    index = index_of(
        doc(1, "Szukamy programistów Java do zespołu w Łodzi", language="pl"),
        doc(2, "Kierownika magazynu zatrudnimy od zaraz", language="pl"),
        doc(3, "We hire a programmer", language="en"),
    )
    assert ids(index, SearchRequest(text="programista")) == [f"{1:032x}"]
    assert ids(index, SearchRequest(text="kierownik")) == [f"{2:032x}"]
    assert ids(index, SearchRequest(text="zespół")) == [f"{1:032x}"]  # zespołu, folded


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    corpus=corpora(),
    sort=st.sampled_from(["relevance", "date", "salary"]),
    size=st.integers(1, 7),
    text=st.sampled_from(["", "backend", "posting"]),
)
def test_pages_cover_the_results_exactly_once(
    corpus: list[IndexDoc], sort: str, size: int, text: str
) -> None:
    index = index_of(*corpus)
    expected = index.search(SearchRequest(text=text, limit=1000, facets=())).total
    seen: list[str] = []
    cursor = None
    for _ in range(len(corpus) + 2):
        request = SearchRequest(text=text, sort=sort, limit=size, cursor=cursor, facets=())  # type: ignore[arg-type]
        page = index.search(request)
        seen += [hit.id for hit in page.hits]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == expected


def clustered(n: int, text: str, canonical: int, **fields: object) -> IndexDoc:
    made = doc(n, text, canonical=f"{canonical:032x}", **fields)
    return replace(made, card={**made.card, "canonical": f"{canonical:032x}"})


def test_collapsed_search_shows_one_posting_per_cluster() -> None:
    index = index_of(
        clustered(
            1, "python developer in Berlin", 1, duplicates=2, skills=(("tech:python", "Python"),)
        ),
        clustered(2, "python developer, Berlin", 1, skills=(("tech:python", "Python"),)),
        clustered(3, "python developer Berlin (agency)", 1, skills=(("tech:python", "Python"),)),
        doc(4, "python analyst", skills=(("tech:python", "Python"),)),
    )
    collapsed = index.search(SearchRequest(text="python", facets=("skill",)))
    assert sorted(hit.id for hit in collapsed.hits) == [f"{1:032x}", f"{4:032x}"]
    assert collapsed.total == 2
    assert collapsed.facets["skill"][0].count == 2  # a cluster counts once
    every = SearchRequest(text="python", filters=Filters(collapse=False), facets=("skill",))
    expanded = index.search(every)
    assert expanded.total == 4
    assert expanded.facets["skill"][0].count == 4
    wanted = [f"{n:032x}" for n in (1, 2, 4)]
    assert set(index.lookup(wanted, Filters())) == {f"{1:032x}", f"{4:032x}"}
    assert set(index.lookup(wanted, Filters(collapse=False))) == set(wanted)


def test_more_like_this_leaves_out_the_postings_own_cluster() -> None:
    text = "Senior python developer building data pipelines with airflow and spark"
    index = index_of(
        clustered(1, text, 1, duplicates=1),
        clustered(2, text + " today", 1),
        doc(3, "Python developer building data pipelines with airflow"),
    )
    assert [hit.id for hit in index.more_like_this(f"{1:032x}")] == [f"{3:032x}"]


def test_salary_and_posted_facets_count_what_their_filter_finds() -> None:
    today = date.today()
    stated = [(0, 35_000.0), (3, 65_000.0), (40, None), (400, 120_000.0), (2, 22_000.0)]
    docs = [
        replace(doc(n), posted=today - timedelta(days=days), salary_min=pay, salary_max=pay)
        for n, (days, pay) in enumerate(stated)
    ]
    index = index_of(*docs)
    facets = index.search(SearchRequest(facets=("salary", "posted"))).facets
    assert [(v.value, v.count) for v in facets["salary"]][:3] == [
        ("20000", 4),
        ("30000", 3),
        ("40000", 2),
    ]
    assert facets["posted"][0].label == "since yesterday"
    for value in facets["salary"]:
        narrowed = Filters(salary_min=float(value.value))
        assert index.search(SearchRequest(filters=narrowed, facets=())).total == value.count
    for value in facets["posted"]:
        narrowed = Filters(posted_from=date.fromisoformat(value.value))
        assert index.search(SearchRequest(filters=narrowed, facets=())).total == value.count
    assert [v.value for v in facets["posted"]] == [
        (today - timedelta(days=days)).isoformat() for days in (1, 7, 30, 90, 365)
    ]


_CORPUS = [
    ("en", "Senior Data Engineer", "We build data pipelines in Python and SQL for engineers."),
    ("en", "Python Developer", "Senior developers write Python services; data is our engine."),
    ("de", "Senior Data Engineer (m/w/d)", "Wir suchen Entwickler mit Python und Daten."),
    ("de", "Entwicklerin Python", "Senior Entwicklerinnen bauen Datenplattformen mit Python."),
    ("pl", "Starszy programista Python", "Szukamy programistów Python do zespołu danych."),
    ("pl", "Programistka danych", "Praca z danymi, Python i SQL dla programistki."),
    ("fr", "Ingénieur données senior", "Nous cherchons des ingénieurs Python pour nos données."),
    ("xx", "Utvikler Python", "Vi søker utviklere med Python og data."),
]
_QUERIES = [
    "senior data engineer",
    "python developer",
    "Entwickler Python",
    "programista python",
    "programistów danych",
    "ingénieurs python",
    "python sql",
    "utvikler python data",
    "senior python",
]


@pytest.mark.parametrize("filters", [Filters(), Filters(country=("DE",), work_mode=("remote",))])
@pytest.mark.parametrize("text", _QUERIES)
def test_words_joined_per_language_find_and_score_as_words_joined_across_fields(
    text: str, filters: Filters
) -> None:
    # Exact words take a faster query shape (an intersection per language, filters inside);
    # it must find the same postings with the same scores as every word's union over all
    # fields, intersected with the filters.
    index = index_of(
        *(
            doc(
                n,
                body,
                title=title,
                language=lang,
                countries=("DE",) if n % 2 else ("FR",),
                work_mode="remote" if n % 3 else "onsite",
            )
            for n, (lang, title, body) in enumerate(_CORPUS, 1)
        )
    )
    searcher = index._searcher()
    request = SearchRequest(text=text, filters=filters, fuzzy=False)
    fast, _, read = index._queries(searcher, request)
    parts = index._parts(read, request)
    words = [index._word(searcher, word.casefold(), False) for word in text.split()]
    assert all(word is not None and word.exact for word in words)
    slow = index._filtered(
        tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, word.query) for word in words if word is not None]
        ),
        filters,
    )

    def found(query: tantivy.Query) -> dict[str, float]:
        hits = searcher.search(query, 100).hits
        return {str(searcher.doc(a).get_first("id")): round(score, 4) for score, a in hits}

    assert found(fast) == found(slow)
    # The parts two threads search side by side are disjoint and make up the whole.
    assert len(parts) == 2
    first, second = found(parts[0]), found(parts[1])
    assert not first.keys() & second.keys()
    assert first | second == found(fast)
    if filters == Filters():
        assert found(fast)  # every query finds something in this corpus


def test_filters_narrow_without_reordering() -> None:
    docs = [
        doc(1, "python python python", title="Python Developer", countries=("DE",)),
        doc(2, "python", title="Job", countries=("DE",)),
        doc(3, "python and more python", title="Engineer", countries=("DE", "FR")),
        doc(4, "python", title="Python", countries=("FR",)),
    ]
    index = index_of(*docs)
    everywhere = index.search(SearchRequest(text="python", facets=()))
    in_germany = index.search(
        SearchRequest(text="python", filters=Filters(country=("DE",)), facets=())
    )
    scores = {hit.id: hit.score for hit in everywhere.hits}
    assert [hit.id for hit in in_germany.hits] == [
        hit.id for hit in everywhere.hits if hit.id != f"{4:032x}"
    ]
    assert all(hit.score == pytest.approx(scores[hit.id]) for hit in in_germany.hits)
    either = Filters(country=("DE", "FR"))
    assert index.search(SearchRequest(text="python", filters=either, facets=())).total == 4


def test_facet_counts_are_counted_once_for_every_page_and_sort(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = index_of(
        *(doc(n, "backend", seniority="senior" if n % 2 else "junior") for n in range(1, 8))
    )
    counted: list[object] = []
    real = index._facets
    monkeypatch.setattr(index, "_facets", lambda *args: counted.append(args) or real(*args))
    first = index.search(SearchRequest(text="backend", limit=3))
    second = index.search(SearchRequest(text="backend", limit=3, cursor=first.next_cursor))
    by_date = index.search(SearchRequest(text="backend", sort="date"))
    assert first.facets == second.facets == by_date.facets
    assert len(counted) == 1
    index.search(SearchRequest(text="backend", filters=Filters(seniority=("junior",))))
    assert len(counted) == 2  # other filters, other counts
    index.upsert([doc(9, "backend", seniority="junior")])
    index.commit()
    after = index.search(SearchRequest(text="backend", limit=3))
    assert len(counted) == 3  # a commit: counted anew
    assert {v.value: v.count for v in after.facets["seniority"]} == {"senior": 4, "junior": 4}


def test_facet_counts_can_be_counted_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    index = TantivySearchIndex(None, counted=0)
    index.upsert([doc(1, "backend")])
    index.commit()
    counted: list[object] = []
    real = index._facets
    monkeypatch.setattr(index, "_facets", lambda *args: counted.append(args) or real(*args))
    for _ in range(2):
        assert index.search(SearchRequest(text="backend")).facets["language"][0].count == 1
    assert len(counted) == 2
