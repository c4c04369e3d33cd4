from __future__ import annotations

import pytest

from jobsift.extract.experience import (
    _AMOUNT_WORD,
    _DIGIT_YEARS,
    _OTHER_DIGIT_BLOCKS,
    _digit_matches,
    extract_experience,
)
from jobsift.extract.types import Experience


def years(text: str) -> Experience | None:
    found = extract_experience(text)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3+ years of experience in Python", Experience(3)),
        ("At least 5 years of relevant experience.", Experience(5)),
        ("5-7 years of experience", Experience(5, 7)),
        ("5 to 7 years of professional experience", Experience(5, 7)),
        ("Mindestens 3 Jahre Berufserfahrung", Experience(3)),
        ("Mind. 3-jährige Berufserfahrung", Experience(3)),
        ("Au moins 3 ans d'expérience", Experience(3)),
        ("Expérience : 3 ans minimum", Experience(3)),
        ("Experiencia de 2 años en desarrollo", Experience(2)),
        ("2+ anos de experiência", Experience(2)),
        ("Min. 3 lata doświadczenia", Experience(3)),
        ("Almeno 3 anni di esperienza", Experience(3)),
        ("Minimaal 3 jaar ervaring", Experience(3)),
        ("Three years of experience with SQL", Experience(3)),
        ("Drei Jahre Erfahrung im Vertrieb", Experience(3)),
        ("Trois ans d'expérience", Experience(3)),
        ("Esperienza triennale nel ruolo", Experience(3)),
        ("6 months of experience", Experience(0.5)),
        ("5+ years working with Kubernetes", Experience(5)),
    ],
)
def test_years(text: str, expected: Experience) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We were founded 20 years ago.",
        "For over 30 years we have served clients. Experience with Java is welcome.",
        "This is a 2 years contract. Experience with Excel.",
        "We have 20 years of experience in the market.",
        "Candidates must be at least 18 years of age.",
        "We pay $29.25 an hour, depending on experience.",
        "Starting at €71,000 a year, depending on experience.",
    ],
)
def test_traps(text: str) -> None:
    assert years(text) is None


def test_several_years_is_a_weak_two() -> None:
    text = "Sie bringen mehrjährige Berufserfahrung mit."
    found = extract_experience(text)
    assert found is not None
    assert found.value == Experience(2)
    assert found.confidence <= 0.4
    assert found.basis == "inferred:text"
    assert [text[a:b] for a, b in found.spans] == ["mehrjährige"]


def test_span_includes_the_qualifier() -> None:
    text = "You have at least 5 years of experience."
    found = extract_experience(text)
    assert found is not None
    assert [text[a:b] for a, b in found.spans] == ["at least 5 years"]


def test_digit_blocks_match_the_unicode_database() -> None:
    # The fast digit search trusts this list: a block missing from it would hide its digits.
    blocks = {code >> 8 for code in range(0x80, 0x10000) if chr(code).isdecimal()} | set(
        range(0xD8, 0xE0)
    )
    assert blocks == _OTHER_DIGIT_BLOCKS


@pytest.mark.parametrize(
    "text",
    [
        "3+ years of experience • Python",
        "٣ years of experience",  # Arabic-Indic three
        "３ years of experience",  # full-width three
        "Łódź: 3+ years of experience, 2024 founded",
        "12 34 5 years of experience 2 years",
    ],
)
def test_digit_matches_are_those_of_finditer(text: str) -> None:
    expected = [found.span() for found in _DIGIT_YEARS.finditer(text)]
    assert [found.span() for found in _digit_matches(text)] == expected


@pytest.mark.parametrize(
    "text", ["Drei Jahre Berufserfahrung", "mehrjährige Erfahrung", "Two years' experience"]
)
def test_amount_word_gate_lets_number_words_through(text: str) -> None:
    assert _AMOUNT_WORD.search(text)
    assert extract_experience(text) is not None
