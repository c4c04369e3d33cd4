from __future__ import annotations

import pytest

from jobsift.extract.human_languages import extract_required_languages


def required(text: str) -> list[tuple[str, str]]:
    return [(value.value, value.basis) for value in extract_required_languages(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fluent English is required.", "en"),
        ("Deutschkenntnisse (C1)", "de"),
        ("Fließend Deutsch in Wort und Schrift", "de"),
        ("Anglais courant", "en"),
        ("Inglés avanzado", "en"),
        ("Inglês fluente", "en"),
        ("Biegła znajomość języka angielskiego", "en"),
        ("Inglese fluente", "en"),
        ("Vloeiend Nederlands", "nl"),
        ("Français courant exigé", "fr"),
        ("Dominio del español", "es"),
        ("Português nativo", "pt"),
        ("Bardzo dobra znajomość języka polskiego", "pl"),
        ("Ottima conoscenza dell'italiano", "it"),
    ],
)
def test_required_in_eight_languages(text: str, code: str) -> None:
    assert required(text) == [(code, "stated")]


def test_several_languages_in_order() -> None:
    assert required("Fluent English and German (B2).") == [("en", "stated"), ("de", "stated")]
    assert required("Languages: English, Spanish") == [("en", "stated"), ("es", "stated")]


def test_preferred_and_team_languages() -> None:
    assert required("German is a plus.") == [("de", "stated:preferred")]
    assert required("Französisch von Vorteil.") == [("fr", "stated:preferred")]
    found = extract_required_languages("We are an English-speaking team.")
    assert [(v.value, v.basis) for v in found] == [("en", "inferred:text")]
    assert found[0].confidence <= 0.4


@pytest.mark.parametrize(
    "text",
    [
        "Experience with Python, Java and Go.",
        "Knowledge of the German market.",
        "You will polish the UI with us.",
        "Our Italian clients love us.",
    ],
)
def test_no_requirement(text: str) -> None:
    assert required(text) == []


def test_spans_are_the_names() -> None:
    text = "Fluent English; English documentation."
    (value,) = extract_required_languages(text)
    assert [text[a:b] for a, b in value.spans] == ["English"]
