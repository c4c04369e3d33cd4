from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.company import extract_company
from jobsift.extract.industry import (
    INDUSTRIES,
    INDUSTRIES_VERSION,
    INDUSTRY_PARENTS,
    extract_industry,
    industry_ancestors,
    industry_matches,
)

LANGUAGES = ("en", "de", "fr", "es", "pt", "pl", "it", "nl")


def industry(text: str, company: str | None = None) -> str | None:
    found = extract_industry(text, company=company)
    return None if found is None else found.value


@pytest.mark.parametrize(
    ("text", "expected", "evidence"),
    [
        # en
        (
            "We build cloud service solutions for telecommunications providers.",
            "telecommunications",
            "telecommunications",
        ),
        ("Backend services that improve healthcare delivery.", "healthcare", "healthcare"),
        ("Our music streaming app reaches millions.", "media", "music streaming"),
        (
            "Sensor fusion for automated driving technology in Ford vehicles.",
            "automotive",
            "automated driving",
        ),
        ("Our platform powers banking solutions for regional lenders.", "banking", "banking"),
        ("Backend Developer at a financial institution.", "finance", "financial institution"),
        ("A technology company working in the banking sector.", "banking", "banking sector"),
        ("We protect endpoints: a cybersecurity vendor.", "cybersecurity", "cybersecurity"),
        ("A games studio making mobile games.", "gaming", "games studio"),
        ("A logistics scale-up optimising freight.", "logistics", "logistics"),
        # de
        (
            "Wir sind ein Versicherungskonzern: Versicherungen für alle.",
            "insurance",
            "Versicherungen",
        ),
        (
            "Ein Unternehmen der Automobilindustrie sucht Entwickler.",
            "automotive",
            "Automobilindustrie",
        ),
        # fr
        ("Nous sommes un acteur de la cybersécurité.", "cybersecurity", "cybersécurité"),
        ("Une banque en ligne recrute.", "banking", "banque"),
        # es
        ("Empresa del sector bancario busca desarrollador.", "banking", "sector bancario"),
        ("Líder en comercio electrónico en España.", "ecommerce", "comercio electrónico"),
        # pt
        ("Somos uma empresa do setor de energia.", "energy", "setor de energia"),
        ("Fintech de pagamentos: serviços financeiros para todos.", "finance", "Fintech"),
        # pl
        ("Firma z branży motoryzacyjnej szuka programisty.", "automotive", "branży motoryzacyjnej"),
        ("Dołącz do lidera rynku logistyki.", "logistics", "logistyki"),
        # it
        ("Azienda leader nelle telecomunicazioni.", "telecommunications", "telecomunicazioni"),
        ("Gruppo assicurativo italiano cerca sviluppatori.", "insurance", "assicurativo"),
        # nl
        ("Wij zijn een logistiek dienstverlener.", "logistics", "logistiek"),
        ("Een ziekenhuis in Utrecht zoekt een ontwikkelaar.", "healthcare", "ziekenhuis"),
    ],
)
def test_stated_industries(text: str, expected: str, evidence: str) -> None:
    found = extract_industry(text)
    assert found is not None
    assert found.value == expected
    assert found.basis == "stated"
    assert evidence in [text[start:end] for start, end in found.spans]


@pytest.mark.parametrize(
    "text",
    [
        "Focus on security and scalability.",  # security alone is no cybersecurity
        "Using Kafka event streaming and responsive media queries.",
        "Experiência com banco de dados PostgreSQL. Plano de saúde.",
        "Esperienza con banca dati relazionali.",
        "We offer private health insurance and life insurance.",
        "Wir bieten eine betriebliche Krankenversicherung und Datenbank-Know-how.",
        "Strong background in quality assurance.",
        "Bachelor's degree from a university; willingness to travel.",
        "Extra day off on every bank holiday.",
        "Share your work on social media.",
        "",
    ],
)
def test_traps_give_no_industry(text: str) -> None:
    assert industry(text) is None


def test_a_specific_sector_beats_generic_software_words() -> None:
    text = "Software Developer working on telecommunications and cloud service solutions."
    assert industry(text) == "telecommunications"
    assert industry("A SaaS company serving the banking sector.") == "banking"


def test_a_known_employer_gives_an_inferred_industry() -> None:
    text = "Platform Engineer in the Spotify payments squad."
    found = extract_industry(text, company="Spotify")
    assert found is not None
    assert (found.value, found.basis) == ("media", "inferred:company")
    assert [text[start:end] for start, end in found.spans] == ["Spotify"]
    assert industry("Digital Architect.", company="Nordbank") == "banking"  # a name part
    assert industry("Digital Architect.", company="Quillware") is None


def test_a_stated_industry_beats_the_employer_table() -> None:
    assert industry("Our clients are banks: banking software.", company="Accenture") == "banking"


def test_banking_is_narrower_than_finance() -> None:
    assert INDUSTRY_PARENTS["banking"] == "finance"
    assert industry_ancestors("banking") == ("finance",)
    assert industry_ancestors("finance") == ()
    assert industry_matches("finance", "banking")
    assert industry_matches("banking", "banking")
    assert not industry_matches("banking", "finance")


def test_the_vocabulary_file() -> None:
    assert INDUSTRIES_VERSION == "industries.v1"
    assert 30 <= len(INDUSTRIES) <= 40
    raw = resources.files("jobsift.extract").joinpath("data", f"{INDUSTRIES_VERSION}.json")
    data = json.loads(raw.read_text("utf-8"))
    for key, entry in data["industries"].items():
        assert INDUSTRIES[key].label
        assert entry["parent"] is None or entry["parent"] in INDUSTRIES
        assert all(entry["cues"][lang] for lang in LANGUAGES), key
    assert set(data["companies"].values()) <= set(INDUSTRIES)
    assert set(data["company_stems"].values()) <= set(INDUSTRIES)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(["bank", "banking sector", "İ", "logistik", " ", "banco de dados"]),
        ),
        max_size=12,
    ).map("".join),
    st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["Spotify", "Nordbank"])),
)
def test_any_text_gives_evidence_inside_it(text: str, company: str | None) -> None:
    found = extract_industry(text, company=company)
    assert found == extract_industry(text, company=company)  # deterministic
    if found is not None:
        assert found.value in INDUSTRIES
        assert 0.0 <= found.confidence <= 1.0
        for start, end in found.spans:
            assert 0 <= start < end <= len(text)


# Gold industries are free text ("music streaming / media"): each id accepts these parts.
ALIASES = {
    "media": {"media", "music streaming", "entertainment"},
    "automotive": {"automotive", "autonomous driving"},
    "finance": {"finance", "financial services", "fintech"},
    "telecommunications": {"telecommunications", "telecom"},
}


def test_seed_postings(seed_postings: list[tuple[dict[str, Any], str]]) -> None:
    for row, text in seed_postings:
        employer = extract_company(text)
        found = extract_industry(text, company=employer.value if employer else None)
        if row["industry"] is None:
            continue  # not required to be None: see the report of what we return
        assert found is not None, row["n"]
        parts = {part.strip().lower() for part in str(row["industry"]).split("/")}
        assert parts & ALIASES.get(found.value, {found.value}), (row["n"], found.value)


def test_lowered_given_by_the_caller_changes_nothing() -> None:
    text = "İnnovative Commerzbank AG: we are a leading bank in the banking sector."
    lowered = text.replace("\u0130", "i").lower()
    assert extract_industry(text, company="Commerzbank", lowered=lowered) == extract_industry(
        text, company="Commerzbank"
    )
