from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.title import clean_title, extract_title
from jobsift.extract.types import Value


def title(text: str, **kwargs: str) -> str | None:
    found = extract_title(text, **kwargs)
    return None if found is None else found.value


def assert_evidence(text: str, found: Value[str]) -> None:
    for start, end in found.spans:
        assert 0 <= start < end <= len(text)
    assert 0.0 <= found.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # en: a sentence that opens with the role phrase, a title line, a hiring formula
        (
            "Senior Backend Developer responsible for high-performance apps.",
            "Senior Backend Developer",
        ),
        (
            "Decoupled Drupal Engineer maintaining our editorial platform.",
            "Decoupled Drupal Engineer",
        ),
        ("Backend Engineer\n\nYou will build our payment services.", "Backend Engineer"),
        (
            "Senior Software Engineer II at Acme, building our ledger.",
            "Senior Software Engineer II",
        ),
        ("Head of Engineering\nWe are a small team.", "Head of Engineering"),
        ("Lead Engineer working on payments.", "Lead Engineer"),
        ("We are looking for a Senior Product Designer to join us.", "Senior Product Designer"),
        ("Acme is hiring a Staff Engineer for its cloud team.", "Staff Engineer"),
        ("Acme Ltd\nSenior Data Engineer (m/f/d)\nWe build pipelines.", "Senior Data Engineer"),
        # de
        (
            "Wir suchen einen Senior Java Entwickler (m/w/d) für unser Team.",
            "Senior Java Entwickler",
        ),
        ("Softwareentwickler (w/m/d) Backend\nDeine Aufgaben", "Softwareentwickler"),
        # fr
        (
            "Nous recrutons un Développeur Full Stack (H/F) pour notre équipe.",
            "Développeur Full Stack",
        ),
        ("Développeur web (H/F) - Lyon\nVos missions", "Développeur web"),
        # es
        (
            "Buscamos Desarrollador Backend Sénior para nuestro equipo.",
            "Desarrollador Backend Sénior",
        ),
        # pt
        ("Engenheiro de Dados Sênior em Curitiba", "Engenheiro de Dados Sênior"),
        # pl
        ("Starszy Programista Java do zespołu płatności.", "Starszy Programista Java"),
        ("Szukamy: Starszy Programista Java do zespołu płatności.", "Starszy Programista Java"),
        # nl
        ("Medior Java Developer gezocht voor ons team in Utrecht.", "Medior Java Developer"),
        ("Wij zoeken een Medior Java Developer voor ons team.", "Medior Java Developer"),
        # it
        ("Sviluppatore Backend Senior con esperienza in Java.", "Sviluppatore Backend Senior"),
        ("Cerchiamo uno Sviluppatore Backend Senior a Torino.", "Sviluppatore Backend Senior"),
        # fields, markup, a formula on a line of its own
        ("Acme Ltd\nLocation: Leeds\nPosition: QA Analyst\nAbout the job", "QA Analyst"),
        ("Job Title: Senior Backend Engineer\nLocation: Leeds", "Senior Backend Engineer"),
        ("## Senior Backend Engineer\n\nAbout the role", "Senior Backend Engineer"),
        ("**Platform Engineer**\nWe run infrastructure.", "Platform Engineer"),
        (
            "Wir suchen einen Senior Java Entwickler (m/w/d)\nDeine Aufgaben",
            "Senior Java Entwickler",
        ),
        ("Senior Java Entwickler gesucht\nDeine Aufgaben", "Senior Java Entwickler"),
        ("Backend Engineer | Berlin | Remote\nAbout us", "Backend Engineer"),
        (
            "Tech Lead – Analista de Sistemas – Recife\nSobre a vaga",
            "Tech Lead – Analista de Sistemas",
        ),
        ("We are hiring a Web Developer (Junior) in Leeds.", "Web Developer (Junior)"),
        ("Cercasi Magazziniere Esperto a Verona.", "Magazziniere Esperto"),
        (
            "Orsola S.r.l. ricerca un/una Sviluppatore Java da inserire nel team.",
            "Sviluppatore Java",
        ),
        (
            "Du möchtest als Kraftfahrer CE wirklich etwas bewegen? Dann komm zu uns.",
            "Kraftfahrer CE",
        ),
        (
            "Rejoignez Lumen en tant que Chargé de relation client et grandissez.",
            "Chargé de relation client",
        ),
        ("Tulpwerk is op zoek naar een Junior Monteur – standplaats Delft.", "Junior Monteur"),
        (
            "Join Copperline Ltd in Bath as a Maintenance Electrician and grow.",
            "Maintenance Electrician",
        ),
        ("Are you a Payroll Specialist who loves numbers? Read on.", "Payroll Specialist"),
    ],
)
def test_written_titles(text: str, expected: str) -> None:
    found = extract_title(text)
    assert found is not None
    assert found.value == expected
    assert found.basis == "stated"
    assert [text[start:end] for start, end in found.spans] == [expected]


def test_a_hiring_formula_names_a_title_without_a_known_role_noun() -> None:
    text = "Wir suchen: Servicekraft\nDeine Aufgaben"
    found = extract_title(text)
    assert found is not None
    assert found.value == "Servicekraft"
    assert found.confidence < 0.85
    assert title("Wir suchen Verstärkung! Bewirb dich jetzt.") is None
    assert title("Use tools such as Git and Jira daily.") is None  # "as" is a weak formula


@pytest.mark.parametrize(
    "marked",
    [
        "Senior Java Entwickler (m/w/d)",
        "Senior Java Entwickler (m/f/d)",
        "Senior Java Entwickler (w/m/d)",
        "Senior Java Entwickler (H/F)",
        "Senior Java Entwickler (F/H)",
        "Senior Java Entwickler (h/m)",
        "Senior Java Entwickler (K/M)",
        "Senior Java Entwickler (m/v/x)",
        "Senior Java Entwickler (M/F)",
        "Senior Java Entwickler m/w/d",
        "Senior Java Entwickler (all genders)",
    ],
)
def test_declared_titles_win_and_lose_their_gender_tags(marked: str) -> None:
    text = "Data Engineer\nSomething else entirely."
    found = extract_title(text, declared=marked)
    assert found is not None
    assert found.value == "Senior Java Entwickler"
    assert found.basis == "declared"
    assert found.spans == ()  # not written in the body


def test_declared_title_points_at_the_body_when_written_there() -> None:
    text = "Senior Java Entwickler (m/w/d)\nDeine Aufgaben ..."
    found = extract_title(text, declared="Senior Java Entwickler (m/w/d)")
    assert found is not None
    assert [text[start:end] for start, end in found.spans] == ["Senior Java Entwickler"]


def test_an_empty_declared_title_falls_back_to_the_text() -> None:
    assert title("Backend Engineer\nText.", declared=" (m/w/d) ") == "Backend Engineer"


def test_clean_title() -> None:
    assert clean_title("  Koch (m/w/d) - ") == "Koch"


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        (
            "Develop and maintain backend services and REST APIs in Go; own the caching layer.",
            "Backend Developer",
            ["Develop", "backend"],
        ),
        (
            "Desarrollar y mantener aplicaciones frontend con React.",
            "Desarrollador Frontend",
            ["Desarrollar", "frontend"],
        ),
        ("Entwicklung von Datenpipelines in der Cloud.", "Data Engineer", None),
        (
            "Build data pipelines with Spark and Airflow.",
            "Data Engineer",
            ["Build", "data pipelines"],
        ),
    ],
)
def test_inferred_titles(text: str, expected: str, evidence: list[str] | None) -> None:
    found = extract_title(text)
    assert found is not None
    assert found.value == expected
    assert found.basis == "inferred:text"
    assert found.confidence <= 0.5
    assert_evidence(text, found)
    if evidence is not None:
        assert [text[start:end] for start, end in found.spans] == evidence


@pytest.mark.parametrize(
    "text",
    ["", "   \n  ", "The weather is nice today.", "Responsibilities\nRequirements\n"],
)
def test_nothing_supports_a_title(text: str) -> None:
    assert extract_title(text) is None


def test_only_the_head_of_the_text_is_read() -> None:
    text = "x " * 400 + "\nSenior Backend Developer wanted."
    assert title(text) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                ["Senior", "Engineer", "(m/w/d)", "de", "Buscamos", " ", "\n", ".", "Develop"]
            ),
        ),
        max_size=12,
    ).map("".join),
    st.one_of(st.none(), st.text(max_size=20)),
)
def test_any_text_gives_evidence_inside_it(text: str, declared: str | None) -> None:
    found = extract_title(text, declared=declared)
    assert found == extract_title(text, declared=declared)  # deterministic
    if found is not None:
        assert_evidence(text, found)
        assert found.value.strip() == found.value != ""
        if found.basis == "stated":
            assert [text[start:end] for start, end in found.spans] != []


def test_seed_postings(seed_postings: list[tuple[dict[str, Any], str]]) -> None:
    for row, text in seed_postings:
        found = extract_title(text)
        assert found is not None, row["n"]
        assert_evidence(text, found)
        if row["title"] is None:
            assert found.basis.startswith("inferred"), (row["n"], found)
        else:
            assert (found.value, found.basis) == (row["title"], "stated"), row["n"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Siamo alla ricerca di un/una Responsabile di Progetto per la nostra sede.",
            "Responsabile di Progetto",
        ),
        ("Word Docent Engels bij Velivo School en groei met ons mee.", "Docent Engels"),
        (
            "Wir wachsen und suchen für Berlin eine/n engagierte/n Pflegefachkraft.",
            "Pflegefachkraft",
        ),
        (
            "Wir suchen für unser Team einen Elektroniker für Betriebstechnik (m/w/d).",
            "Elektroniker für Betriebstechnik",
        ),
    ],
)
def test_more_hiring_formulas(text: str, title: str) -> None:
    found = extract_title(text)
    assert found is not None
    assert (found.value, found.basis) == (title, "stated")


def test_word_as_an_english_noun_is_no_formula() -> None:
    found = extract_title("Word processing and Excel skills required.")
    assert found is None or found.value != "processing"
