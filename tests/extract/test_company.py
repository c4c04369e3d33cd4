from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.company import extract_company, normalize_company
from jobsift.extract.title import extract_title


def company(text: str, **kwargs: object) -> str | None:
    found = extract_company(text, **kwargs)  # type: ignore[arg-type]
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        # en
        (
            "Perception Engineer writing sensor fusion code. You will help build "
            "automated driving technology for Ford vehicles at Latitude AI.",
            "Latitude AI",
            "Latitude AI",
        ),
        ("Platform Engineer at Quillware, building our data platform.", "Quillware", "Quillware"),
        ("Backend Developer working on billing at brightbyte.", "brightbyte", "brightbyte"),
        (
            "Web Engineer maintaining the storefront for Nordlicht.io, building APIs.",
            "Nordlicht",
            "Nordlicht.io",
        ),
        ("Join Pinecrest Labs as a Site Reliability Engineer.", "Pinecrest Labs", "Pinecrest Labs"),
        ("Orbitly is hiring a Data Engineer in Lisbon.", "Orbitly", "Orbitly"),
        (
            "Kestrel Systems Inc. is looking for an Android Developer.",
            "Kestrel Systems",
            "Kestrel Systems Inc.",
        ),
        ("At Fennel, we believe in small teams.", "Fennel", "Fennel"),
        (
            "Data Analyst\nCompany: Marlow Freight Ltd\nLocation: Leeds",
            "Marlow Freight",
            "Marlow Freight Ltd",
        ),
        ("Data Analyst\n\nAbout Tidewater\nWe move containers.", "Tidewater", "Tidewater"),
        # de
        ("Softwareentwickler (m/w/d) bei Brennwerk GmbH in Köln.", "Brennwerk", "Brennwerk GmbH"),
        (
            "Die Halden Logistik GmbH sucht einen Fahrer (m/w/d).",
            "Halden Logistik",
            "Halden Logistik GmbH",
        ),
        (
            "Firma: Müller Antriebstechnik GmbH & Co. KG\nOrt: Ulm",
            "Müller Antriebstechnik",
            "Müller Antriebstechnik GmbH & Co. KG",
        ),
        # fr
        (
            "Développeur Java (H/F) chez Lumière Numérique à Lyon.",
            "Lumière Numérique",
            "Lumière Numérique",
        ),
        ("Entreprise : Cartelis\nPoste : Data Analyst", "Cartelis", "Cartelis"),
        ("Rejoignez Vélonaute en tant que développeur mobile.", "Vélonaute", "Vélonaute"),
        # es
        (
            "Empresa: Soluciones Alba S.L.\nPuesto: Analista",
            "Soluciones Alba",
            "Soluciones Alba S.L.",
        ),
        ("Únete a Pimentel Tech como desarrollador backend.", "Pimentel Tech", "Pimentel Tech"),
        # pt
        ("Desenvolvedor Backend em Cajuína Ltda, atuando com Java.", "Cajuína", "Cajuína Ltda"),
        (
            "A Jabuti Pagamentos contrata desenvolvedor Android.",
            "Jabuti Pagamentos",
            "Jabuti Pagamentos",
        ),
        # pl
        ("Programista Java w firmie Borsuk Systems.", "Borsuk Systems", "Borsuk Systems"),
        ("Dołącz do Wierzba Soft jako tester.", "Wierzba Soft", "Wierzba Soft"),
        # it
        (
            "Sviluppatore Python presso Castagna Digitale a Milano.",
            "Castagna Digitale",
            "Castagna Digitale",
        ),
        ("Unisciti a Girasole come sviluppatore.", "Girasole", "Girasole"),
        # nl
        ("Java Developer bij Tulpwerk in Utrecht.", "Tulpwerk", "Tulpwerk"),
        ("Kom werken bij Dijkstra Data als ontwikkelaar.", "Dijkstra Data", "Dijkstra Data"),
        ("Tulpwerk B.V. is op zoek naar een monteur.", "Tulpwerk", "Tulpwerk B.V."),
        ("Quintal S.A. precisa incorporar un analista.", "Quintal", "Quintal S.A."),
        # a name with a legal form, wherever it stands
        (
            "Wie wir sind\nSeit 1982 ist die Hallberg Sensorik GmbH Partner der Industrie.",
            "Hallberg Sensorik",
            "Hallberg Sensorik GmbH",
        ),
        (
            "Desde 1990, Robledo Ingeniería S.L. diseña puentes.",
            "Robledo Ingeniería",
            "Robledo Ingeniería S.L.",
        ),
        ("Support Engineer at Fjordline AS & Co. KG.", "Fjordline", "Fjordline AS & Co. KG"),
        # a title that holds a client word is no client
        ("Customer Success Manager at Ravenmoor, remote.", "Ravenmoor", "Ravenmoor"),
    ],
)
def test_employers(text: str, expected: str, evidence: str) -> None:
    found = extract_company(text)
    assert found is not None
    assert found.value == expected
    assert found.basis == "stated"
    assert evidence in [text[start:end] for start, end in found.spans]


@pytest.mark.parametrize(
    "text",
    [
        # descriptions, not names
        "Data Engineer for risk reporting at a financial institution.",
        "Backend Developer at a fast-growing startup in Berlin.",
        "Entwickler (m/w/d) bei einem führenden Unternehmen der Branche.",
        "Développeur (H/F) chez un grand groupe français.",
        "Desarrollador en una empresa líder del sector.",
        # a client, not the employer
        "Working for our client, a leading bank, you will build APIs.",
        "For our client Harbor Bank we are looking for a Java Developer.",
        "Für unseren Kunden sucht die Agentur einen Entwickler.",
        # places
        "Hybrid position based in Goiânia, three office days.",
        "Java Engineer building trading tools in Switzerland.",
        "Desarrollador Backend en Madrid con experiencia en Java.",
        "Programista Java w Krakowie, praca hybrydowa.",
        "Backend Developer at Berlin office.",
        # technologies and common phrases
        "Our stack runs at scale on Git-based workflows.",
        "Frontend Developer with experience at Angular and React.",
        "Bei Fragen wende dich an unser Recruiting.",
        "Bei Interesse freuen wir uns auf deine Bewerbung.",
        "We are hiring a backend engineer.",
        "About us\nWe make rockets.",
        "About the role\nYou will build things.",
        # past employers and clients with legal forms
        "Experience at Google or a similar company is a plus.",
        "You will work for our client Harbor Finance GmbH in Munich.",
        # one weak cue alone
        "Contribute to Mirela's engineering culture.",
        "",
    ],
)
def test_no_employer(text: str) -> None:
    assert company(text) is None


def test_declared_wins_without_its_legal_form() -> None:
    text = "Backend Engineer at Quillware."
    found = extract_company(text, declared="Brennwerk GmbH")
    assert found is not None
    assert (found.value, found.basis, found.spans) == ("Brennwerk", "declared", ())


def test_an_ambiguous_preposition_needs_a_legal_form() -> None:
    assert company("Desarrollador Backend en Pimentel, trabajando con Java.") is None
    assert company("Desarrollador Backend en Valencia, trabajando con Java.") is None
    assert company("Desarrollador Backend en Pimentel S.L., con Java.") == "Pimentel"
    assert company("We are hiring a Staff Accountant in Leipzig.", title_span=(16, 32)) is None


def test_weak_cues_add_up() -> None:
    text = (
        "Work with teams across Mirela to ship features.\n"
        "Learn and contribute to Mirela’s engineering culture."
    )
    found = extract_company(text)
    assert found is not None
    assert found.value == "Mirela"
    assert len(found.spans) == 2


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("Acme GmbH", "Acme"),
        ("Acme S.A.", "Acme"),
        ("Acme Inc.", "Acme"),
        ("Forcepoint.com", "Forcepoint"),
        ("acme.io", "acme"),
        ("Latitude AI", "Latitude AI"),
        ("Müller GmbH & Co. KG", "Müller"),
    ],
)
def test_normalize_company(written: str, normalized: str) -> None:
    assert normalize_company(written) == normalized


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                ["at ", "Acme", "bei ", " GmbH", "Firma: ", "\nAbout ", "’s culture", "is hiring"]
            ),
        ),
        max_size=12,
    ).map("".join)
)
def test_any_text_gives_evidence_inside_it(text: str) -> None:
    found = extract_company(text)
    assert found == extract_company(text)  # deterministic
    if found is not None:
        assert found.value
        assert 0.0 <= found.confidence <= 1.0
        for start, end in found.spans:
            assert 0 <= start < end <= len(text)


def test_seed_postings(seed_postings: list[tuple[dict[str, Any], str]]) -> None:
    for row, text in seed_postings:
        title = extract_title(text)
        span = title.spans[0] if title is not None and title.basis == "stated" else None
        assert company(text, title_span=span) == row["company"], row["n"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quois Transport is a logistics company founded in 2016. We move goods.",
            "Quois Transport",
        ),
        ("Desde 2019, Belely es una referencia en la hostelería.", "Belely"),
        ("Dal 2015, Blackthorn Retail è un punto di riferimento nel settore.", "Blackthorn Retail"),
        ("Rhoora Capital est un acteur reconnu de la fintech.", "Rhoora Capital"),
        ("Seit 1998 ist Mühlbach Logistik GmbH ein Familienunternehmen.", "Mühlbach Logistik"),
        ("Velis is een familiebedrijf uit Utrecht.", "Velis"),
    ],
)
def test_a_sentence_describing_the_employer_names_it(text: str, name: str | None) -> None:
    found = extract_company(text)
    assert (found.value if found else None) == name


@pytest.mark.parametrize(
    "text",
    [
        "Python is a language we love.",
        "Berlin is a great city for startups.",
        "The team is a group of ten engineers.",
        "Kubernetes is a platform we run everywhere.",
        "This role is a great opportunity at a leading company.",
    ],
)
def test_descriptions_of_other_things_are_not_employers(text: str) -> None:
    assert extract_company(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Somos uma empresa familiar.\nCOMO SE CANDIDATAR\nEnvie seu currículo.",
        "The salary for this position is starting at CA$106,000 a year.",
    ],
)
def test_headings_and_amounts_are_not_employers(text: str) -> None:
    assert extract_company(text) is None
