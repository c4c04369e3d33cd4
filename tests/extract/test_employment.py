from __future__ import annotations

import pytest

from jobsift.extract.employment import extract_employment_types


def types(text: str, lang: str | None = None) -> list[str]:
    return [value.value for value in extract_employment_types(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Full-time position in Leeds.", ["FULL_TIME"]),
        ("Vollzeit oder Teilzeit möglich.", ["FULL_TIME", "PART_TIME"]),
        ("Poste en CDI, temps plein.", ["FULL_TIME"]),
        ("Contrato indefinido, jornada completa.", ["FULL_TIME"]),
        ("Regime CLT, tempo integral.", ["FULL_TIME"]),
        ("Umowa o pracę, pełny etat.", ["FULL_TIME"]),
        ("Contratto a tempo indeterminato, tempo pieno.", ["FULL_TIME"]),
        ("Dienstverband: voltijd.", ["FULL_TIME"]),
        ("Parttime (24 uur).", ["PART_TIME"]),
        ("Teilzeit, 20 Stunden.", ["PART_TIME"]),
        ("Temps partiel.", ["PART_TIME"]),
        ("CDD de 6 mois.", ["TEMPORARY"]),
        ("Befristet auf 12 Monate.", ["TEMPORARY"]),
        ("Fixed-term contract (12 months).", ["TEMPORARY"]),
        ("Umowa na czas określony.", ["TEMPORARY"]),
        ("Tijdelijk contract.", ["TEMPORARY"]),
        ("Freelance mission de 6 mois.", ["CONTRACTOR"]),
        ("Wir suchen Freiberufler für ein Projekt.", ["CONTRACTOR"]),
        ("6-month contract, outside IR35.", ["CONTRACTOR"]),
        ("Tipo de vaga: PJ.", ["CONTRACTOR"]),
        ("Forma zatrudnienia: B2B.", ["CONTRACTOR"]),
        ("Summer internship in Berlin.", ["INTERN"]),
        ("Praktikum im Marketing.", ["INTERN"]),
        ("Estágio em finanças.", ["INTERN"]),
        ("Volunteer role at our food bank.", ["VOLUNTEER"]),
        ("Ehrenamtlich? No: bénévolat only.", []),
        ("Per diem nurse, flexible shifts.", ["PER_DIEM"]),
        ("Ausbildung zum Fachinformatiker (m/w/d).", ["OTHER"]),
        ("Apprenticeship in carpentry.", ["OTHER"]),
    ],
)
def test_types_in_eight_languages(text: str, expected: list[str]) -> None:
    assert types(text) == expected


def test_werkstudent_is_part_time_and_intern() -> None:
    found = {value.value: value.confidence for value in extract_employment_types("Werkstudent")}
    assert found == {"PART_TIME": 0.8, "INTERN": 0.6}


@pytest.mark.parametrize(
    "text",
    [
        "We have 2,000 full-time employees worldwide.",
        "Experience with smart contract development.",
        "Contract management and negotiation skills.",
        "B2B SaaS sales experience.",
        "Abgeschlossene Ausbildung als Elektroniker.",
        "Volunteering days and voluntary benefits.",
        "Per diem allowance for travel.",
        "Berichte intern und extern abstimmen.",
        "Seed and early stage startups.",
        "Buenas prácticas de desarrollo.",
        "Steuerst Agenturen und Freelancer.",
    ],
)
def test_traps_say_nothing(text: str) -> None:
    assert types(text) == []


def test_stage_reads_with_language() -> None:
    assert types("Stage de fin d'études (6 mois).") == ["INTERN"]
    assert types("Afstudeerstage bij ons team.", lang="nl") == ["INTERN"]


def test_every_mention_is_a_span() -> None:
    text = "Full-time. Really full time."
    (value,) = extract_employment_types(text)
    assert [text[a:b] for a, b in value.spans] == ["Full-time", "full time"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rodzaj umowy: Pełny etat.", ["FULL_TIME"]),
        ("Forma zatrudnienia: Staż. Wynagrodzenie 3 700 zł brutto.", ["INTERN"]),
        ("Stażysta w Dziale Marketingu, Warszawa.", ["INTERN"]),
        ("Rodzaj umowy: Praca tymczasowa.", ["TEMPORARY"]),
        ("Tymczasowo pracujemy zdalnie z domu.", []),
    ],
)
def test_polish_capitalised_forms(text: str, expected: list[str]) -> None:
    assert [value.value for value in extract_employment_types(text, "pl")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Formar a estudiantes en prácticas\n- Turnos de mañana", []),
        ("• Anleitung von Auszubildenden\n• Pflege der Patienten", []),
        ("You will mentor our interns and review their code.", []),
        ("Type de contrat : CDI à temps partiel (80 %).", ["PART_TIME"]),
        ("Contrato indefinido a jornada completa.", ["FULL_TIME"]),
        ("Wir suchen Praktikanten für das Marketing.", ["INTERN"]),
    ],
)
def test_people_the_job_trains_and_permanent_part_time(text: str, expected: list[str]) -> None:
    assert [value.value for value in extract_employment_types(text)] == expected
