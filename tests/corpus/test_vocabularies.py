"""The generator's data: every language complete, every template filled by known fields."""

from __future__ import annotations

import string

import pytest

from jobsift.corpus.companies import COMPANY_COUNT, make_companies
from jobsift.corpus.occupations import OCCUPATIONS
from jobsift.corpus.places import CITIES, LANGUAGE_COUNTRIES, cities_for
from jobsift.corpus.randomness import Dice
from jobsift.corpus.salary import CURRENCY_AFFIXES, SALARY_TEMPLATES
from jobsift.corpus.vocabulary import LANGUAGES, Vocabulary, registry

VOCABULARIES = registry()

# Template attribute -> the fields it may use.
FIELDS: dict[str, set[str]] = {
    "intros": {"company", "title", "a_title", "city", "industry", "country"},
    "remote_intros": {"company", "title", "a_title", "industry", "country"},
    "agency_intros": {"company", "title", "a_title", "city", "industry", "country"},
    "short_intros": {"company", "title", "a_title", "city", "industry", "country"},
    "about": {"company", "industry", "year", "size", "hq"},
    "legal": {"company"},
    "skill_lines": {"skills"},
    "plus_lines": {"skills"},
    "nice_lines": {"skills"},
    "experience": {"n", "years"},
    "employment_lines": {"employment"},
    "salary_lines": {"salary"},
    "team": set(),
    "soft_skills": set(),
    "language_lines": set(),
    "benefits": set(),
    "apply": set(),
    "traps": set(),
    "office_tasks": set(),
    "trade_tasks": set(),
}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_all_eight_languages_are_registered() -> None:
    assert tuple(VOCABULARIES) == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_role_has_titles_and_tasks(language: str) -> None:
    vocabulary = VOCABULARIES[language]
    assert len(OCCUPATIONS) >= 25
    for occupation in OCCUPATIONS:
        assert vocabulary.titles[occupation.key], occupation.key
        assert len(vocabulary.tasks[occupation.key]) >= 4, occupation.key
        assert occupation.department in vocabulary.departments


@pytest.mark.parametrize("language", LANGUAGES)
def test_templates_use_only_known_fields(language: str) -> None:
    vocabulary = VOCABULARIES[language]
    for attribute, allowed in FIELDS.items():
        for template in getattr(vocabulary, attribute):
            assert _fields(template) <= allowed, (attribute, template)
    for mode in ("remote", "hybrid", "onsite"):
        for template in vocabulary.work_modes[mode] + vocabulary.work_mode_labels[mode]:
            assert _fields(template) <= {"city", "country", "days"}, template
    for tasks in vocabulary.tasks.values():
        assert not any("{" in task for task in tasks)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_have_headings(language: str) -> None:
    vocabulary: Vocabulary = VOCABULARIES[language]
    kinds = {
        "responsibilities",
        "requirements",
        "nice_to_have",
        "benefits",
        "about",
        "legal",
        "apply",
    }
    assert set(vocabulary.headings) == kinds
    assert set(vocabulary.employment) == {
        "FULL_TIME",
        "PART_TIME",
        "CONTRACTOR",
        "TEMPORARY",
        "INTERN",
    }


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("de", "Werkstudent"),
        ("de", "Praktikant"),
        ("pt", "Pleno"),
        ("pt", "Sênior"),
        ("pt", "Júnior"),
        ("pl", "Starszy"),
        ("pl", "Młodszy"),
        ("fr", "Confirmé"),
        ("fr", "Stagiaire"),
        ("es", "Sr."),
        ("es", "Becario"),
        ("it", "Stagista"),
        ("nl", "Medior"),
        ("en", "Head of"),
    ],
)
def test_seniority_words_read_the_local_way(language: str, word: str) -> None:
    patterns = VOCABULARIES[language].seniority.values()
    assert any(word in pattern for level in patterns for pattern in level)


def test_polish_years_agree_with_the_number() -> None:
    years = VOCABULARIES["pl"].year_words
    assert [years(n) for n in (1, 2, 4, 5, 12, 22, 25)] == [
        "rok",
        "lata",
        "lata",
        "lat",
        "lat",
        "lata",
        "lat",
    ]


def test_every_salary_template_names_its_currency() -> None:
    for (language, currency), affixes in CURRENCY_AFFIXES.items():
        for templates in SALARY_TEMPLATES[language].values():
            for template in templates:
                for prefix, suffix in affixes:
                    text = template.format(
                        a="1.000",
                        b="2.000",
                        ak=1,
                        bk=2,
                        p=prefix,
                        q=suffix,
                        qs=suffix.strip(),
                        code=currency,
                    )
                    symbol = (prefix + suffix).strip()
                    assert currency in text or symbol in text, (language, template)


def test_places_cover_the_countries_with_local_names() -> None:
    names = {city.name for city in CITIES}
    for name in (
        "München",
        "Zürich",
        "Kraków",
        "Łódź",
        "Gdańsk",
        "São Paulo",
        "Goiânia",
        "Málaga",
        "Düsseldorf",
        "Köln",
    ):
        assert name in names
    for language, countries in LANGUAGE_COUNTRIES.items():
        for country in countries:
            assert cities_for(country, language), (language, country)


def test_companies_are_distinct_and_varied() -> None:
    companies = make_companies(Dice(0))
    names = [company.name for company in companies]
    assert len(set(names)) == len(names) == COMPANY_COUNT
    joined = "\n".join(names)
    for form in ("GmbH", "S.A.", "sp. z o.o.", "B.V.", "S.r.l.", "Ltda."):
        assert form in joined, form
    assert any(name.endswith((".io", ".ai", ".com", ".app")) for name in names)
