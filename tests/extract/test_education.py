from __future__ import annotations

import pytest

from jobsift.extract.education import extract_education


def level(text: str) -> str | None:
    found = extract_education(text)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bachelor's degree in Computer Science", "bachelor"),
        ("BSc in Mathematics", "bachelor"),
        ("Master's degree required", "master"),
        ("MSc in Physics", "master"),
        ("PhD in Machine Learning", "doctorate"),
        ("Abgeschlossenes Studium der Informatik", "bachelor"),
        ("Diplom oder Master in Elektrotechnik", "master"),
        ("Abgeschlossene Ausbildung als Elektroniker", "vocational"),
        ("Abitur", "secondary"),
        ("Licence en informatique", "bachelor"),
        ("Bac+5 en école d'ingénieur", "master"),
        ("Grado en Ingeniería Informática", "bachelor"),
        ("Licenciatura en Economía", "bachelor"),
        ("Graduação em Ciência da Computação", "bachelor"),
        ("Mestrado em Estatística", "master"),
        ("Wykształcenie wyższe - licencjat", "bachelor"),
        ("Tytuł magistra: studia magisterskie", "master"),
        ("Laurea triennale in Economia", "bachelor"),
        ("Laurea magistrale in Ingegneria", "master"),
        ("HBO werk- en denkniveau", "bachelor"),
        ("WO-niveau", "master"),
        ("MBO niveau 4", "vocational"),
        ("High school diploma or GED", "secondary"),
        ("No degree required", "none"),
    ],
)
def test_levels(text: str, expected: str) -> None:
    assert level(text) == expected


def test_alternatives_count_as_their_lowest_and_requirements_as_their_highest() -> None:
    assert level("Bachelor's or Master's degree in CS") == "bachelor"
    assert level("BSc/MSc in Physics") == "bachelor"
    assert level("PhD required. Bachelor's students may apply for the internship.") == ("doctorate")


def test_preferred_only_when_nothing_is_required() -> None:
    found = extract_education("A Master's degree is a plus.")
    assert found is not None
    assert found.value == "master"
    assert found.basis == "stated:preferred"
    assert level("Bachelor's degree. A Master's degree is a plus.") == "bachelor"


@pytest.mark.parametrize(
    "text",
    [
        "Certified Scrum Master wanted.",
        "Experience with Master Data Management.",
        "A valid driving licence.",
        "Sales promotion campaigns.",
        "Inżynier DevOps (m/k)",
        "Ausbildung zum Fachinformatiker (m/w/d)",
        "we watch hbo in the break room",
    ],
)
def test_traps(text: str) -> None:
    assert level(text) is None
