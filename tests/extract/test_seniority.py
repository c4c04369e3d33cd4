from __future__ import annotations

from typing import Any

import pytest

from jobsift.extract.seniority import extract_seniority


def level(text: str, lang: str | None = None) -> str | None:
    found = extract_seniority(text, lang=lang)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Senior Data Engineer", "senior"),
        ("Sr. Frontend Developer", "senior"),
        ("Junior QA Analyst", "junior"),
        ("Jr. Accountant", "junior"),
        ("Tech Lead Platform", "lead"),
        ("Lead Backend Engineer", "lead"),
        ("Principal Engineer", "principal"),
        ("Staff Software Engineer", "principal"),
        ("Head of Engineering", "executive"),
        ("VP Marketing", "executive"),
        ("Chief Technology Officer", "executive"),
        ("Marketing Intern", "intern"),
        ("Werkstudent*in Data Analytics", "intern"),
        ("Praktikant (m/w/d) Vertrieb", "intern"),
        ("Stagiaire Développeur web (H/F)", "intern"),
        ("Becario/a de Marketing", "intern"),
        ("Estagiário em Finanças", "intern"),
        ("Stażysta w dziale IT", "intern"),
        ("Stagista Amministrazione", "intern"),
        ("Stagiair Marketing", "intern"),
        ("Mid-level Java Developer", "mid"),
        ("Medior .NET Ontwikkelaar", "mid"),
        ("Desenvolvedor Backend Pleno", "mid"),
        ("Ingénieur DevOps confirmé", "mid"),
        ("Regular Python Developer", "mid"),
        ("Desenvolvedora Sênior", "senior"),
        ("Analista Júnior", "junior"),
        ("Starszy Specjalista ds. Płac", "senior"),
        ("Młodszy Księgowy", "junior"),
        ("Berufseinsteiger Vertrieb (m/w/d)", "junior"),
        ("Teamleiter Logistik (m/w/d)", "lead"),
        ("SAP Expert", "senior"),
    ],
)
def test_title_words(title: str, expected: str) -> None:
    assert level(title + "\nWe build things.") == expected


def test_title_span_beats_the_body() -> None:
    text = "Junior Designer\nYou will work with our senior engineer on a senior role."
    found = extract_seniority(text, title_span=(0, 15))
    assert found is not None
    assert found.value == "junior"
    assert [text[a:b] for a, b in found.spans] == ["Junior"]


def test_summary_without_a_title_line() -> None:
    text = (
        "Senior Backend Developer responsible for high - performance .NET Core applications "
        "at a financial institution, collaborating on cloud and on - premises solutions."
    )
    assert level(text) == "senior"


@pytest.mark.parametrize(
    "text",
    [
        "Backend Engineer working with senior stakeholders across the company.",
        "Data Engineer\nYou will mentor junior developers and lead the design of pipelines.",
        "Lead Generation Manager\nGrow our pipeline.",
        "Senior Care Assistant\nLook after our residents.",
        "Staff Accountant\nMonthly closing.",
        "Founding Engineer (early stage)\nBuild the product.",
        "Digital Architect designing solutions for a bank.",
        "Software Engineer\nYou have 5+ years of experience.",
    ],
)
def test_traps_give_no_level(text: str) -> None:
    assert level(text) is None


def test_body_shapes_that_describe_this_job() -> None:
    assert level("Software Developer\nWe are hiring you as a Senior Engineer.") == "senior"
    assert level("Analyst\nSeniority level: Junior") == "junior"
    assert level("Job ad\nEstamos buscando Desarrollador Senior para el equipo.") == "senior"


def test_stage_needs_a_french_dutch_or_italian_text() -> None:
    assert level("Stage - Assistant RH (H/F)\nPoste basé à Lyon.", lang="fr") == "intern"
    assert level("Stage Manager\nRun the theatre stage.", lang="en") is None


def test_inference_from_experience_is_opt_in_and_weak() -> None:
    text = "Backend developer\nYou bring 6+ years of experience with Go."
    assert extract_seniority(text) is None
    found = extract_seniority(text, infer_from_experience=True)
    assert found is not None
    assert found.value == "senior"
    assert found.basis == "inferred:experience"
    assert found.confidence <= 0.4


def test_basis_for_levels_read_off_a_role_name() -> None:
    found = extract_seniority("Head of Data\nLead the team.")
    assert found is not None
    assert found.basis == "inferred:title"
    stated = extract_seniority("Senior Analyst")
    assert stated is not None
    assert stated.basis == "stated"


def test_seed_postings_match_the_gold(seed_postings: list[tuple[dict[str, Any], str]]) -> None:
    for gold, text in seed_postings:
        assert level(text) in gold["seniority"], gold["n"]


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Engenheiro(a) de Software", "principal"),
        ("Analyste de données Principal", "principal"),
        ("Jefe/a de Equipo de Marketing", "lead"),
        ("Kierownik zespołu sprzedaży", "lead"),
        ("Capo Reparto Progetti", "lead"),
        ("Staff nurse on a surgical ward", None),
    ],
)
def test_gendered_role_nouns_and_team_leads(title: str, level: str | None) -> None:
    found = extract_seniority(title)
    assert (found.value if found else None) == level
