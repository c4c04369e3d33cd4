from __future__ import annotations

from typing import Any

import pytest

from jobsift.extract.workmode import extract_work_mode


def mode(text: str) -> str | None:
    found, _ = extract_work_mode(text)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is a fully remote position.", "remote"),
        ("Remote-first company, work from home.", "remote"),
        ("100% remote, async team.", "remote"),
        ("Home-Office ist ausdrücklich erwünscht: vollständig remote.", "remote"),
        ("Télétravail complet depuis la France.", "remote"),
        ("Puesto en teletrabajo.", "remote"),
        ("Trabalho remoto para todo o Brasil.", "remote"),
        ("Praca zdalna z dowolnego miejsca.", "remote"),
        ("Lavoro da remoto.", "remote"),
        ("Volledig thuiswerken is mogelijk.", "remote"),
        ("Hybrid working: 2 days in our office.", "hybrid"),
        ("Modelo híbrido en Madrid.", "hybrid"),
        ("Modalità ibrida a Milano.", "hybrid"),
        ("Praca hybrydowo w Krakowie.", "hybrid"),
        ("Organisation hybride, 2 jours sur site.", "hybrid"),
        ("Home-Office möglich.", "hybrid"),
        ("Possibilité de télétravail partiel.", "hybrid"),
        ("Smart working 2 giorni a settimana.", "hybrid"),
        ("Mobiles Arbeiten an bis zu 3 Tagen pro Woche.", "hybrid"),
        ("Hybrid role with remote days.", "hybrid"),
        ("This role is on-site in Munich.", "onsite"),
        ("Arbeitsort: vor Ort in Köln.", "onsite"),
        ("Trabajo presencial en Sevilla.", "onsite"),
        ("Praca stacjonarna w Gdańsku.", "onsite"),
        ("Lavoro in sede a Torino.", "onsite"),
        ("Je werkt op kantoor in Utrecht.", "onsite"),
        ("Poste sur site à Lyon.", "onsite"),
        ("Home-Office ist in dieser Rolle nicht möglich.", "onsite"),
        ("This is not a remote role.", "onsite"),
    ],
)
def test_modes_in_eight_languages(text: str, expected: str) -> None:
    assert mode(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Collaborating on cloud and on-premises solutions.",
        "Collaborating on cloud and on - premises solutions.",
        "Experience with remote sensing and remote monitoring.",
        "Knowledge of hybrid cloud and hybrid apps.",
        "Build remote control software.",
        "Site reliability engineering for our platform.",
        "Provide onsite support for customers.",
        "We pay a home office allowance for furniture.",
        "Free parking on site.",
        "Skilled in MS Office and Office 365.",
        "Solve hardware issues on site and remotely.",
        "Conocimiento de arquitecturas de nube híbrida.",
        "Manejo de herramientas de acceso remoto.",
    ],
)
def test_traps_say_nothing(text: str) -> None:
    assert mode(text) is None


def test_region_after_remote() -> None:
    for text, region in [
        ("Remote (EU)", "EU"),
        ("We hire remote within Germany only.", "Germany"),
        ("You can work remote from anywhere in Europe.", "Europe"),
        ("Remote - US", "US"),
        ("100% remoto desde España", "España"),
    ]:
        found, where = extract_work_mode(text)
        assert found is not None, text
        assert found.value == "remote", text
        assert where is not None, text
        assert where.value == region, text
        ((start, end),) = where.spans
        assert text[start:end] == region


def test_spans_show_the_evidence() -> None:
    text = "Senior Engineer. Hybrid: 2 days in the office."
    found, region = extract_work_mode(text)
    assert found is not None
    assert next(text[a:b] for a, b in found.spans) == "Hybrid"
    assert region is None


def test_seed_postings_match_the_gold(seed_postings: list[tuple[dict[str, Any], str]]) -> None:
    for gold, text in seed_postings:
        assert mode(text) == gold["work_mode"], gold["n"]
