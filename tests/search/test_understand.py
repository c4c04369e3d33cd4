from __future__ import annotations

import pytest

from jobsift.extract.defaults import default_extractor
from jobsift.geo import Gazetteer
from jobsift.index import Filters
from jobsift.search.understand import understand


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_extractor().gazetteer


def test_the_issue_example(gazetteer: Gazetteer) -> None:
    read = understand("senior python remote berlin", gazetteer)
    assert read.text == "python"
    assert [(r.field, r.value, r.words) for r in read.readings] == [
        ("seniority", "senior", "senior"),
        ("work_mode", "remote", "remote"),
        ("city", "Berlin", "berlin"),
    ]
    assert read.readings[2].span == (21, 27)


@pytest.mark.parametrize(
    ("query", "text", "readings"),
    [
        (
            "Werkstudent Home-Office München",
            "",
            {("seniority", "intern"), ("work_mode", "remote"), ("city", "Munich")},
        ),
        (
            "python developer part-time lisboa",
            "python developer",
            {("employment_type", "PART_TIME"), ("city", "Lisbon")},
        ),
        ("enfermeiro híbrido", "enfermeiro", {("work_mode", "hybrid")}),
        ("developer germany", "developer", {("country", "DE")}),
        ("mobile developer", "mobile developer", set()),
        ("nurse", "nurse", set()),
    ],
)
def test_readings_in_several_languages(
    gazetteer: Gazetteer, query: str, text: str, readings: set[tuple[str, str]]
) -> None:
    read = understand(query, gazetteer)
    assert read.text == text
    assert {(r.field, r.value) for r in read.readings} == readings


def test_literal_fields_stay_words(gazetteer: Gazetteer) -> None:
    read = understand("senior python remote berlin", gazetteer, literal=("city",))
    assert read.text == "python berlin"
    assert "city" not in {r.field for r in read.readings}
    assert understand("senior remote", gazetteer, literal=("all",)).text == "senior remote"


def test_readings_join_the_users_filters(gazetteer: Gazetteer) -> None:
    read = understand("remote berlin", gazetteer)
    filters = read.filters(Filters(city=("Hamburg",), seniority=("senior",)))
    assert filters.city == ("Hamburg", "Berlin")
    assert filters.work_mode == ("remote",)
    assert filters.seniority == ("senior",)
