"""The whole pipeline: every field present, spans inside the text, no crash, determinism."""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobsift.extract.extraction import Extraction
from jobsift.extract.pipeline import Extractor
from jobsift.extract.types import Value
from jobsift.model import Declared

POSTING = """Senior Backend Engineer (m/w/d)

Acme Robotics is hiring in München. Hybrid: two days a week in the office.

Requirements
- 5+ years of experience with Python and PostgreSQL
- Fluent English

Nice to have
- Kubernetes

Salary: €70k-85k per year, full-time.
"""


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def _v(value: Value[object] | None) -> object:
    return value.value if value is not None else None


def _values(extraction: Extraction) -> Iterator[Value[object]]:
    for name in Extraction.__dataclass_fields__:
        field = getattr(extraction, name)
        items = field if isinstance(field, tuple) else (field,)
        for item in items:
            if isinstance(item, Value):
                yield item


def _assert_sound(text: str, extraction: Extraction) -> None:
    for value in _values(extraction):
        assert 0.0 <= value.confidence <= 1.0, value
        for start, end in value.spans:
            assert 0 <= start <= end <= len(text), (value, len(text))
    for section in extraction.sections:
        assert 0 <= section.span[0] < section.span[1] <= len(text)


def test_a_posting_gets_every_field(extractor: Extractor) -> None:
    found = extractor.extract(POSTING)
    assert _v(found.language) == "en"
    assert _v(found.title) == "Senior Backend Engineer"
    assert _v(found.seniority) == "senior"
    assert _v(found.company) == "Acme Robotics"
    assert [v.value.country for v in found.locations] == ["DE"]
    assert _v(found.work_mode) == "hybrid"
    assert [v.value for v in found.employment_types] == ["FULL_TIME"]
    assert found.salary is not None
    assert found.salary.value.currency == "EUR"
    assert found.experience is not None
    assert found.experience.value.min_years == 5
    assert found.occupation is not None
    assert found.occupation.basis == "inferred:title"
    skills = {v.value.label: v.value.requirement for v in found.skills}
    assert skills.get("Python") == "required"
    assert skills.get("Kubernetes") == "preferred"
    _assert_sound(POSTING, found)


def test_json_form_has_every_field_and_versions(extractor: Extractor) -> None:
    data = orjson.loads(orjson.dumps(extractor.extract(POSTING).to_dict()))
    assert set(data) == set(Extraction.__dataclass_fields__)
    assert data["title"]["basis"] == "stated"
    start, end = data["title"]["spans"][0]
    assert POSTING[start:end].startswith("Senior Backend Engineer")
    assert data["versions"]["pipeline"].startswith("extract.")


def test_declared_fields_are_used(extractor: Extractor) -> None:
    declared = Declared(title="Pflegefachkraft (m/w/d)", locations=("Köln, DE",))
    found = extractor.extract("Wir suchen Verstärkung für unser Team.", declared=declared)
    assert found.title is not None
    assert (found.title.value, found.title.basis) == ("Pflegefachkraft", "declared")
    assert [(v.value.city, v.basis) for v in found.locations] == [("Köln", "declared")]


def test_a_given_language_skips_detection(extractor: Extractor) -> None:
    found = extractor.extract(POSTING, lang="de")
    assert found.language == Value("de", basis="declared")


def test_empty_text(extractor: Extractor) -> None:
    found = extractor.extract("")
    assert (found.title, found.skills, found.locations) == (None, (), ())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_and_spans_stay_inside(
    extractor: Extractor, text: str
) -> None:
    first = extractor.extract(text)
    _assert_sound(text, first)
    assert extractor.extract(text) == first


def test_declared_salary_employment_and_work_mode_fill_in(extractor: Extractor) -> None:
    declared = Declared(
        salary="50,000-60,000 EUR per year", employment_type=("FULL_TIME",), work_mode="remote"
    )
    found = extractor.extract("We build tools for farmers.", declared=declared)
    assert found.salary is not None
    assert (found.salary.value.minimum, found.salary.basis) == (50_000, "declared")
    assert [(v.value, v.basis) for v in found.employment_types] == [("FULL_TIME", "declared")]
    assert found.work_mode is not None
    assert (found.work_mode.value, found.work_mode.basis) == ("remote", "declared")


def test_the_text_wins_over_what_was_declared(extractor: Extractor) -> None:
    declared = Declared(employment_type=("PART_TIME",))
    found = extractor.extract("Full-time position as a welder in Porto.", declared=declared)
    assert [v.value for v in found.employment_types] == ["FULL_TIME"]


def test_a_bare_dollar_is_the_local_dollar(extractor: Extractor) -> None:
    # The salary reader knows a few big Canadian names; the gazetteer knows every city.
    found = extractor.extract("Warehouse associate, our Winnipeg location. We offer $23.75-$31/h.")
    assert found.salary is not None
    assert (found.salary.value.currency, found.salary.basis) == ("CAD", "inferred:location")
    us = extractor.extract("Warehouse associate, our Winnipeg location. Pay: US$23.75 per hour.")
    assert us.salary is not None
    assert us.salary.value.currency == "USD"


def test_thousands_before_a_currency_code(extractor: Extractor) -> None:
    found = extractor.extract("Ingénieur logiciel à Genève. Salaire : 67-80 KCHF brut/an.")
    assert found.salary is not None
    assert (found.salary.value.minimum, found.salary.value.currency) == (67_000, "CHF")
