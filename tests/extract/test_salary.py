from __future__ import annotations

import pytest

from jobsift.extract.salary import _NUMBER_RUN, _candidate, _may_be_pay, extract_salary
from jobsift.extract.types import Salary


def salary(text: str, lang: str | None = None) -> Salary | None:
    found = extract_salary(text, lang)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€60k-75k", Salary(60000, 75000, "EUR", "YEAR")),
        ("€60k–€75k", Salary(60000, 75000, "EUR", "YEAR")),
        ("60.000 EUR brutto/Jahr", Salary(60000, 60000, "EUR", "YEAR", True)),
        ("60.000–75.000 € brutto pro Jahr", Salary(60000, 75000, "EUR", "YEAR", True)),
        ("R$ 8.000,00", Salary(8000, 8000, "BRL", "MONTH")),
        ("R$ 8.000,00 a R$ 10.000,00 por mês", Salary(8000, 10000, "BRL", "MONTH")),
        ("12 000 – 16 000 PLN brutto miesięcznie", Salary(12000, 16000, "PLN", "MONTH", True)),
        ("12\u00a0000 zł", Salary(12000, 12000, "PLN", "MONTH")),
        ("12\u202f000 zł", Salary(12000, 12000, "PLN", "MONTH")),
        ("$120,000 - $150,000 a year", Salary(120000, 150000, "USD", "YEAR")),
        ("$45/hour", Salary(45, 45, "USD", "HOUR")),
        ("£45,000 per annum", Salary(45000, 45000, "GBP", "YEAR")),
        ("45.000 € brutos anuales", Salary(45000, 45000, "EUR", "YEAR", True)),
        ("35.000-40.000 € lordi annui", Salary(35000, 40000, "EUR", "YEAR", True)),
        ("€ 4.000 - € 5.000 bruto per maand", Salary(4000, 5000, "EUR", "MONTH", True)),
        ("CHF 110'000", Salary(110000, 110000, "CHF", "YEAR")),
        ("between 50 and 60 thousand euros", Salary(50000, 60000, "EUR", "YEAR")),
        ("up to £60k", Salary(None, 60000, "GBP", "YEAR")),
        ("from 3,500 EUR monthly", Salary(3500, None, "EUR", "MONTH")),
        ("salaire : 45 K€ - 55 K€", Salary(45000, 55000, "EUR", "YEAR")),
        ("45 000 € par an", Salary(45000, 45000, "EUR", "YEAR")),
        ("Salary: 60-75k", Salary(60000, 75000, None, "YEAR")),
        ("We offer $24 - $29.25 an hour", Salary(24, 29.25, "USD", "HOUR")),
        ("RAL 35.000 €", Salary(35000, 35000, "EUR", "YEAR")),
        ("Stundenlohn: 15,50 €", Salary(15.5, 15.5, "EUR", "HOUR")),
        ("Paga: €1.234,56 al mese netti", Salary(1234.56, 1234.56, "EUR", "MONTH", False)),
        ("Toronto office. $90,000 a year", Salary(90000, 90000, "CAD", "YEAR")),
    ],
)
def test_amounts(text: str, expected: Salary) -> None:
    assert salary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Series B startup raised $40M last year.",
        "We are 2,000 employees in 12 countries.",
        "Founded in 2015 in Berlin.",
        "We run Drupal 10 and PHP 8.2.",
        "3+ years of experience.",
        "10% bonus on top.",
        "Call +49 30 1234 5678.",
        "Great 401(k) matching.",
        "Contract for 2024-2025.",
        "€1,000 learning budget per year.",
        "Vale-refeição de R$ 30 por dia.",
        "Our company Acme Pay is here since 1951.",
    ],
)
def test_traps_are_no_pay(text: str) -> None:
    assert salary(text) is None


def test_span_covers_the_whole_phrase_and_period_basis() -> None:
    text = "Gehalt: 60.000–75.000 € brutto pro Jahr, dazu Bonus."
    found = extract_salary(text)
    assert found is not None
    assert [text[a:b] for a, b in found.spans] == ["60.000–75.000 € brutto pro Jahr"]
    assert found.basis == "stated"
    guessed = extract_salary("Salary: €60k-75k")
    assert guessed is not None
    assert guessed.basis == "inferred:magnitude"
    assert guessed.confidence < found.confidence


def test_krona_needs_the_language() -> None:
    assert salary("Lön: 40 000 kr per månad", lang="sv") is not None
    found = salary("Salary 40 000 kr per month", lang="sv")
    assert found is not None
    assert (found.currency, found.period) == ("SEK", "MONTH")
    unknown = salary("Salary 40 000 kr per month")
    assert unknown is not None
    assert unknown.currency is None


def test_best_of_several_amounts() -> None:
    text = "Budget €500 for books. Salary: 50.000–60.000 € brutto im Jahr."
    assert salary(text) == Salary(50000, 60000, "EUR", "YEAR", True)


# _may_be_pay may only say "no" where the full reading finds nothing: each text below is pay
# (or a near miss) with its currency at the far end of what the test allows for.
@pytest.mark.parametrize(
    "text",
    [
        "Team of 25 people, 60 thousand złotych monthly",
        "Range 60 -   75 thousand dollars a year",
        "60                       -                    75 EUR per year",
        "60k KCHF per year",
        "Between 50 and 60 thousand EUR",
        "Gehalt: 60.000",
        "Pay:5000 a month",
        "50 000 - 60 000 zł brutto",
        "60 000 KR per year",
        "90 000 SEK per year",
        "Real: 50 reais por hora",
        "Kraków, 8 000 - 12 000 PLN",
        "salary 2019",
        "We are 25 people in 3 offices",
    ],
)
def test_the_cheap_gate_never_hides_pay(text: str) -> None:
    for match in _NUMBER_RUN.finditer(text):
        if _candidate(text, match.start(), "sv") is not None:
            assert _may_be_pay(text, match.start(), match.end()), (text, match.group())


def test_a_plain_count_is_not_pay() -> None:
    text = "We are 25 people, and we give you plenty of days off each year."
    assert not any(_may_be_pay(text, m.start(), m.end()) for m in _NUMBER_RUN.finditer(text))
    assert salary(text) is None


def test_a_dollar_country_is_read_as_a_whole_word() -> None:
    assert extract_salary("$90,000 a year, based in Toronto") is not None
    assert salary("$90,000 a year, based in Toronto") == Salary(90000, 90000, "CAD", "YEAR")
    assert salary("$90,000 a year at XToronto Labs, Sydney") == Salary(90000, 90000, "AUD", "YEAR")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Based in Canada 80,000 CAD per year", "80,000"),  # "da" ends "Canada"
        ("Probation period 5,000 EUR per month", "5,000"),  # "od" ends "period"
        ("Office in Toledo 2.000 EUR al mes", "2.000"),  # "do" ends "Toledo"
    ],
)
def test_range_words_are_whole_words(text: str, start: str) -> None:
    found = extract_salary(text)
    assert found is not None
    assert found.value.minimum == found.value.maximum  # one amount, not "from" or "up to"
    assert found.spans[0][0] == text.index(start)


def test_range_words_still_read_before_the_amount() -> None:
    for text, low, high in [
        ("Wynagrodzenie od 8000 zł miesięcznie", 8000.0, None),
        ("Gehalt bis zu 70.000 EUR brutto/Jahr", None, 70000.0),
        ("RAL da 30.000 euro annui", 30000.0, None),
    ]:
        found = extract_salary(text)
        assert found is not None
        assert (found.value.minimum, found.value.maximum) == (low, high), text
