from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jobsift.extract.defaults import default_extractor
from jobsift.index import Filters, IndexDoc, SearchRequest
from jobsift.index.tantivyindex import TantivySearchIndex
from jobsift.search import SearchService


def doc(n: int, text: str, **fields: object) -> IndexDoc:
    made = replace(
        IndexDoc(id=f"{n:032x}", text=text, language="en", posted=date(2026, 1, n)), **fields
    )  # type: ignore[arg-type]
    return replace(made, card={"title": made.title})


@pytest.fixture(scope="module")
def service() -> SearchService:
    index = TantivySearchIndex(None)
    index.upsert(
        [
            doc(
                1,
                "python backend",
                seniority="senior",
                work_mode="remote",
                cities=("Hamburg",),
                countries=("DE",),
            ),
            doc(
                2,
                "python data",
                seniority="senior",
                work_mode="remote",
                cities=("Munich",),
                countries=("DE",),
            ),
            doc(
                3,
                "python web",
                seniority="senior",
                work_mode="remote",
                cities=("Paris",),
                countries=("FR",),
            ),
            doc(
                4,
                "python api",
                seniority="junior",
                work_mode="onsite",
                cities=("Berlin",),
                countries=("DE",),
            ),
            doc(
                5,
                "java backend",
                seniority="senior",
                work_mode="remote",
                cities=("Berlin",),
                countries=("DE",),
            ),
        ]
    )
    index.commit()
    return SearchService(index, default_extractor().gazetteer)


def test_readings_filter_the_results(service: SearchService) -> None:
    result = service.search("senior python remote hamburg", broaden=False)
    assert [hit.id for hit in result.page.hits] == [f"{1:032x}"]
    assert result.filters.city == ("Hamburg",)
    assert result.broadened == ()


def test_sparse_results_give_up_readings_one_at_a_time_and_say_so(service: SearchService) -> None:
    result = service.search("senior python remote berlin")
    # Nobody is a senior remote python developer in Berlin: the city goes first.
    assert [step.dropped for step in result.broadened] == ["city=Berlin"]
    assert result.page.total == 3
    assert result.filters.city == ()
    assert result.filters.seniority == ("senior",)


def test_explicit_filters_are_never_given_up(service: SearchService) -> None:
    result = service.search("python", filters=Filters(city=("Berlin",)))
    assert result.page.total == 1
    assert result.filters.city == ("Berlin",)
    assert result.broadened == ()  # one word, nothing read: nothing to give up


def test_last_resort_is_any_of_the_words(service: SearchService) -> None:
    result = service.search("python cobol")
    assert result.any_words
    assert result.page.total == 4


def test_later_pages_are_not_broadened(service: SearchService) -> None:
    first = service.search("python", request=SearchRequest(limit=2))
    assert first.page.next_cursor is not None
    later = service.search("python", request=SearchRequest(limit=2, cursor=first.page.next_cursor))
    assert later.broadened == ()
    assert len(later.page.hits) == 2
