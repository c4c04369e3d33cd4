"""Invariants every extractor keeps, whatever the text: no crash, spans inside, determinism."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.education import extract_education
from jobsift.extract.employment import extract_employment_types
from jobsift.extract.experience import extract_experience
from jobsift.extract.human_languages import extract_required_languages
from jobsift.extract.language import detect_language
from jobsift.extract.salary import extract_salary
from jobsift.extract.sections import find_sections
from jobsift.extract.seniority import extract_seniority
from jobsift.extract.types import Value
from jobsift.extract.workmode import extract_work_mode


def assert_spans_inside(text: str, value: Value[object]) -> None:
    for start, end in value.spans:
        assert 0 <= start < end <= len(text), (value, len(text))
    assert 0.0 <= value.confidence <= 1.0


def _values(result: object) -> list[Value[object]]:
    if result is None:
        return []
    if isinstance(result, Value):
        return [result]
    assert isinstance(result, tuple)
    return [item for item in result if item is not None]


EXTRACTORS: dict[str, Callable[[str], object]] = {
    "seniority": extract_seniority,
    "work_mode": extract_work_mode,
    "employment": extract_employment_types,
    "salary": extract_salary,
    "experience": extract_experience,
    "education": extract_education,
    "languages": extract_required_languages,
    "language": detect_language,
}

# Arbitrary Unicode, plus the words the extractors look for, so the interesting paths run too.
WORDS = st.sampled_from(
    [
        "Senior",
        "remote",
        "Hybrid",
        "on-site",
        "€60k",
        "60.000",
        "EUR",
        "brutto",
        "Jahr",
        "3+",
        "years",
        "experience",
        "Vollzeit",
        "CDI",
        "B2B",
        "PJ",
        "Bachelor",
        "Master",
        "fluent",
        "English",
        "Deutschkenntnisse",
        "(C1)",
        "R$",
        "8.000,00",
        "a",
        "-",
        "\n",
        "İ",
        "ß",
        "Stage",
        "Home-Office",
        "möglich",
        "not",
        "zł",
        "12 000",
        "per",
        "month",
        "Requirements",
        "Wir bieten",
        "equal opportunity",
        ":",
        "(",
        ")",
        "/",
        "%",
        "401(k)",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map(" ".join),
)


@pytest.mark.parametrize("name", list(EXTRACTORS))
@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_spans_lie_inside_and_results_repeat(name: str, text: str) -> None:
    extract = EXTRACTORS[name]
    first = extract(text)
    for value in _values(first):
        assert_spans_inside(text, value)
    assert extract(text) == first


@settings(max_examples=80, deadline=None)
@given(text=TEXTS)
def test_sections_are_ordered_disjoint_and_inside(text: str) -> None:
    sections = find_sections(text)
    previous_end = 0
    for section in sections:
        start, end = section.span
        assert previous_end <= start < end <= len(text)
        assert not text[start:end].isspace()
        if section.heading is not None:
            assert start <= section.heading[0] < section.heading[1] <= end
        previous_end = end
    assert find_sections(text) == sections
