from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.errors import UsageError
from jobsift.ingest import records
from jobsift.ingest.base import Origin, ReadProblem
from jobsift.ingest.records import (
    MAPPABLE_FIELDS,
    RecordMapper,
    is_job_posting,
    normalize_key,
    record_to_posting,
    validate_mapping,
)
from jobsift.model import DECLARED_FIELDS, RawPosting


def origin(**options: Any) -> Origin:
    return Origin(uri="/in/jobs.json", name="jobs.json", **options)


def posting(record: dict[str, Any], **options: Any) -> RawPosting:
    item = record_to_posting(record, origin(**options), "record 1", "json")
    assert isinstance(item, RawPosting), item
    return item


def problem(record: dict[str, Any], **options: Any) -> ReadProblem:
    item = record_to_posting(record, origin(**options), "record 7", "json")
    assert isinstance(item, ReadProblem), item
    return item


# Key matching


@pytest.mark.parametrize(
    "key", ["title", "Title", "job_title", "Job Title", "jobTitle", "JOB-TITLE", "position"]
)
def test_title_keys_match_whatever_their_case_and_punctuation(key: str) -> None:
    assert posting({key: "Baker"}).declared.title == "Baker"


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("employer", "company"),
        ("companyName", "company"),
        ("apply_url", "url"),
        ("permalink", "url"),
        ("posted_at", "date_posted"),
        ("closing_date", "valid_through"),
        ("workplace_type", "work_mode"),
        ("compensation", "salary"),
        ("requisition_id", "identifier"),
    ],
)
def test_field_aliases(key: str, field: str) -> None:
    declared = posting({"title": "Baker", key: "value"}).declared
    assert getattr(declared, field) == "value"


def test_the_stronger_alias_wins_and_the_other_is_kept_in_extra() -> None:
    item = posting({"name": "Acme job", "title": "Baker", "summary": "Short", "body": "Long"})
    assert item.declared.title == "Baker"
    assert item.text == "Long"
    assert item.declared.extra == {"name": "Acme job", "summary": "Short"}


def test_unknown_keys_go_to_extra_and_json_ld_keywords_do_not() -> None:
    record: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Baker",
    }
    record |= {"shift": "night", "perks": ["bread", 2], "empty": "", "none": None}
    assert posting(record).declared.extra == {"shift": "night", "perks": ["bread", 2]}


def test_extra_is_json_safe() -> None:
    record = {"title": "Baker", "start": date(2024, 5, 1), "rate": Decimal("9.5")}
    record |= {"deep": {"a": [{"b": {1, 2}}]}, "nan": float("nan")}
    extra = posting(record).declared.extra
    assert orjson.loads(orjson.dumps(extra)) == extra
    assert extra["start"] == "2024-05-01"
    assert extra["rate"] == "9.5"


def test_very_deep_values_in_extra_are_cut() -> None:
    deep: Any = "bottom"
    for _ in range(500):
        deep = {"down": deep}
    extra = posting({"title": "Baker", "deep": deep}).declared.extra
    assert "(nested too deep)" in orjson.dumps(extra).decode()


def test_normalize_key() -> None:
    assert normalize_key("Job-Title (EN)") == normalize_key("job_title_en") == "jobtitleen"


# Text


def test_the_text_is_the_description() -> None:
    item = posting({"title": "Baker", "description": "  Bake bread.\n\nEarly shifts.  "})
    assert item.text == "Bake bread.\n\nEarly shifts."


def test_without_description_the_text_is_the_title() -> None:
    assert posting({"title": "  Night   baker "}).text == "Night baker"


def test_html_description_becomes_text_with_bullets() -> None:
    html = "<p>Our bakery.</p><ul><li>Dough</li><li>Ovens</li></ul>"
    assert posting({"description": html}).text == "Our bakery.\n\n* Dough\n* Ovens"


def test_description_given_as_list_of_paragraphs() -> None:
    assert posting({"description": ["First.", "Second."]}).text == "First.\nSecond."


def test_record_without_title_or_description_names_its_keys() -> None:
    found = problem({f"k{n}": "v" for n in range(12)})
    assert found.where == "record 7"
    assert found.message.startswith("record has no title or description (looked for keys: ")
    assert "k0, k1" in found.message
    assert "k9, ..." in found.message
    assert "k10" not in found.message
    assert "--map description=" in found.message


def test_empty_title_and_description_count_as_missing() -> None:
    assert "no title or description" in problem({"title": " ", "description": ""}).message


def test_description_of_the_wrong_shape_is_a_problem_not_an_exception() -> None:
    found = problem({"title": "Baker", "details": {"html": "<p>x</p>"}})
    assert 'key "details"' in found.message
    assert "an object" in found.message
    assert "record skipped" in found.message


def test_title_of_the_wrong_shape_is_a_problem() -> None:
    assert "title" in problem({"title": {"en": "Baker"}}).message


def test_too_long_text_is_a_problem() -> None:
    found = problem({"description": "x" * 2000}, max_bytes=1000)
    assert "over the limit of 1,000" in found.message


# Scalars and shapes


def test_numbers_and_booleans_become_strings() -> None:
    declared = posting(
        {"title": 1234, "id": 42, "salary": 50000.0, "date": 20240501, "remote": True}
    ).declared
    assert declared.title == "1234"
    assert declared.identifier == "42"
    assert declared.salary == "50000"
    assert declared.date_posted == "20240501"
    assert declared.work_mode == "remote"


def test_remote_false_says_so() -> None:
    assert posting({"title": "Baker", "remote": False}).declared.work_mode == "not remote"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Leeds", ("Leeds",)),
        (["Leeds", "York", "Leeds", ""], ("Leeds", "York")),
        ({"city": "Lyon", "country": "FR"}, ("Lyon, FR",)),
        ({"address": "1 Main St, Cork"}, ("1 Main St, Cork",)),
        ({"name": "Head office"}, ("Head office",)),
        (
            [{"address": {"addressLocality": "Berlin", "addressRegion": "Berlin"}}, "Remote"],
            ("Berlin", "Remote"),
        ),
        (12345, ("12345",)),
    ],
)
def test_location_shapes(value: Any, expected: tuple[str, ...]) -> None:
    assert posting({"title": "Baker", "location": value}).declared.locations == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Full-time", ("Full-time",)),
        (["FULL_TIME", "TEMPORARY", "FULL_TIME"], ("FULL_TIME", "TEMPORARY")),
    ],
)
def test_employment_type_string_or_list(value: Any, expected: tuple[str, ...]) -> None:
    assert posting({"title": "B", "job_type": value}).declared.employment_type == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("45k-55k GBP", "45k-55k GBP"),
        ({"min": 40000, "max": 50000, "currency": "USD", "period": "year"},
         "40000-50000 USD per year"),
        ({"currency": "EUR", "value": {"value": 18.5, "unitText": "HOUR"}}, "18.5 EUR per HOUR"),
        ({"currency": "EUR", "value": {"minValue": 3000, "unitText": "MONTH"}},
         "from 3000 EUR per MONTH"),
        ({"currency": "EUR", "value": {"maxValue": 3000}}, "up to 3000 EUR"),
        ({"currency": "EUR", "value": 3000}, "3000 EUR"),
    ],
)  # fmt: skip
def test_salary_shapes(value: Any, expected: str) -> None:
    assert posting({"title": "Baker", "salary": value}).declared.salary == expected


def test_unreadable_secondary_value_is_kept_in_extra() -> None:
    item = posting({"title": "Baker", "company": {"id": 5}, "url": {"href": 1}})
    assert item.declared.company is None
    assert item.declared.extra == {"company": {"id": 5}, "url": {"href": 1}}


# schema.org


JOB_POSTING: dict[str, Any] = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "title": "Pastry Chef",
    "description": "<p>Sweet things.</p><ul><li>Laminated dough</li></ul>",
    "identifier": {"@type": "PropertyValue", "name": "Crumb Ltd", "value": 7781},
    "datePosted": "2024-03-02",
    "validThrough": "2024-04-30T00:00",
    "employmentType": ["FULL_TIME", "CONTRACTOR"],
    "hiringOrganization": {
        "@type": "Organization",
        "name": "Crumb Ltd",
        "sameAs": "https://crumb.example",
    },
    "jobLocation": [
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "3 Mill Lane",
                "addressLocality": "Bristol",
                "addressRegion": "",
                "postalCode": "BS1",
                "addressCountry": {"@type": "Country", "name": "GB"},
            },
        },
        {"@type": "Place", "address": {"addressLocality": "Bath", "addressCountry": "GB"}},
    ],
    "applicantLocationRequirements": {"@type": "Country", "name": "GB"},
    "jobLocationType": "TELECOMMUTE",
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "GBP",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 30000,
            "maxValue": 36000,
            "unitText": "YEAR",
        },
    },
    "url": "https://crumb.example/jobs/7781",
}


def test_schema_org_job_posting() -> None:
    item = posting(JOB_POSTING)
    declared = item.declared
    assert item.text == "Sweet things.\n\n* Laminated dough"
    assert declared.title == "Pastry Chef"
    assert declared.company == "Crumb Ltd"
    assert declared.locations == ("Bristol, GB", "Bath, GB")
    assert declared.work_mode == "TELECOMMUTE"
    assert declared.employment_type == ("FULL_TIME", "CONTRACTOR")
    assert declared.salary == "30000-36000 GBP per YEAR"
    assert declared.identifier == "7781"
    assert declared.date_posted == "2024-03-02"
    assert declared.valid_through == "2024-04-30T00:00"
    assert declared.url == item.source.url == "https://crumb.example/jobs/7781"
    assert declared.extra == {
        "company_url": "https://crumb.example",
        "identifier_name": "Crumb Ltd",
        "applicantLocationRequirements": {"@type": "Country", "name": "GB"},
    }


def test_applicant_location_requirements_stand_in_for_a_missing_job_location() -> None:
    record = {"title": "Remote baker", "applicantLocationRequirements": [
        {"@type": "Country", "name": "DE"}, {"@type": "Country", "name": "AT"}]}  # fmt: skip
    assert posting(record).declared.locations == ("DE", "AT")


def test_source_ref_carries_locator_format_and_uri() -> None:
    item = record_to_posting({"title": "B"}, origin(), "line 9", "csv")
    assert isinstance(item, RawPosting)
    assert (item.source.uri, item.source.locator, item.source.format) == (
        "/in/jobs.json",
        "line 9",
        "csv",
    )


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("JobPosting", True),
        (["Thing", "JobPosting"], True),
        ("schema:JobPosting", True),
        ("http://schema.org/JobPosting", True),
        ("https://schema.org/JobPosting", True),
        ("Organization", False),
        (["WebPage"], False),
        (7, False),
    ],
)
def test_is_job_posting(kind: Any, expected: bool) -> None:
    assert is_job_posting({"@type": kind}) is expected


# --map


def test_mapping_beats_the_aliases() -> None:
    record = {"description": "Boilerplate", "blurb": "The real text", "Job": "Baker"}
    item = posting(record, mapping={"description": "blurb", "title": "Job"})
    assert item.text == "The real text"
    assert item.declared.title == "Baker"
    assert item.declared.extra == {"description": "Boilerplate"}


def test_mapping_columns_match_folded_too() -> None:
    item = posting(
        {"Beschreibung Text": "Brot backen"}, mapping={"description": "beschreibung_text"}
    )
    assert item.text == "Brot backen"


def test_validate_mapping_accepts_any_spelling_of_a_field() -> None:
    assert validate_mapping({"Date-Posted": " Datum ", "description": "Text"}) == {
        "date_posted": "Datum",
        "description": "Text",
    }


def test_validate_mapping_rejects_unknown_fields_listing_the_valid_ones() -> None:
    with pytest.raises(UsageError) as raised:
        validate_mapping({"headline": "Titel"})
    message = str(raised.value)
    assert "'headline'" in message
    assert all(name in message for name in MAPPABLE_FIELDS)


def test_validate_mapping_rejects_an_empty_column() -> None:
    with pytest.raises(UsageError, match="names no column"):
        validate_mapping({"title": " "})


def test_validate_mapping_rejects_one_column_for_two_fields() -> None:
    with pytest.raises(UsageError, match="'Job' to title and description"):
        validate_mapping({"title": "Job", "description": "Job"})


def test_mappable_fields() -> None:
    assert MAPPABLE_FIELDS[0] == "description"
    assert MAPPABLE_FIELDS[1:] == DECLARED_FIELDS


def test_mapper_reports_unmatched_columns_and_text_keys() -> None:
    mapper = RecordMapper(origin(mapping={"description": "Text"}), "csv")
    assert mapper.unmatched_columns(["text", "other"]) == []
    assert mapper.unmatched_columns(["other"]) == ["Text"]
    assert mapper.has_text_key(["TEXT"])
    assert not RecordMapper(origin(), "csv").has_text_key(["foo", "bar"])


def test_mapper_gives_the_same_answer_for_repeated_keys() -> None:
    mapper = RecordMapper(origin(), "json")
    first = mapper.to_posting({"title": "A", "city": "Ely"}, "line 1")
    second = mapper.to_posting({"city": "Ely", "title": "A"}, "line 2")
    assert isinstance(first, RawPosting)
    assert isinstance(second, RawPosting)
    assert first.declared == second.declared


# Never raises

_KEYS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["title", "description", "location", "jobLocation", "salary", "baseSalary", "company",
         "hiringOrganization", "remote", "id", "identifier", "employmentType", "url", "@type"]
    ),
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["<p>x</p>", "<ul><li>a", "&lt;li&gt;b", "<", "\x00<br>", "<li></li>"]),
)
_VALUES = st.recursive(
    st.one_of(_TEXT, st.integers(), st.floats(), st.booleans(), st.none()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=3)),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_KEYS, _TEXT, max_size=8))
def test_records_of_text_values_never_raise(record: dict[str, str]) -> None:
    item = record_to_posting(record, origin(), "record 1", "json")
    assert isinstance(item, RawPosting | ReadProblem)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=8))
def test_records_of_any_json_values_never_raise(record: dict[str, Any]) -> None:
    item = record_to_posting(record, origin(), "record 1", "json")
    assert isinstance(item, RawPosting | ReadProblem)
    if isinstance(item, RawPosting):
        orjson.dumps(item.declared.to_dict())


@given(st.sampled_from(sorted(records._FROM_TEXT)), st.text(max_size=40))
def test_plain_text_shortcut_agrees_with_the_converters(field: str, value: str) -> None:
    # _posting reads plain strings through _FROM_TEXT; other shapes through _CONVERTERS.
    try:
        expected = records._CONVERTERS[field](value, "key", {})
    except records._BadValue:
        return
    assert records._FROM_TEXT[field](value) == expected
