from __future__ import annotations

import itertools
import re

from jobsift.corpus.generator import generate
from jobsift.extract.sections import (
    _HEADING_CANDIDATE,
    _LEGAL,
    _LEGAL_PHRASES,
    _ODD_FOLDS,
    _by_events,
    _by_lines,
    _LegalFinder,
    find_sections,
)
from jobsift.lang.sections import HEADING_KINDS


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.span[0] : s.span[1]]) for s in find_sections(text)]


def test_headings_and_their_lines() -> None:
    text = (
        "Data engineer for our logistics platform.\n"
        "Your tasks\n- Build pipelines\n- Run them\n\n"
        "Requirements: Python, SQL\n- Airflow\n"
        "## Was wir bieten\n- 30 Urlaubstage\n"
    )
    assert kinds(text) == [
        ("summary", "Data engineer for our logistics platform."),
        ("responsibilities", "Your tasks\n- Build pipelines\n- Run them"),
        ("requirements", "Requirements: Python, SQL\n- Airflow"),
        ("benefits", "## Was wir bieten\n- 30 Urlaubstage"),
    ]


def test_heading_span_is_the_heading_line() -> None:
    text = "Intro line\n**Ihr Profil:**\n- Java"
    profile = find_sections(text)[1]
    assert profile.heading is not None
    assert text[profile.heading[0] : profile.heading[1]] == "**Ihr Profil:**"


def test_headings_in_each_language() -> None:
    for heading, kind in [
        ("Missions", "responsibilities"),
        ("Requisitos", "requirements"),
        ("O que oferecemos", "benefits"),
        ("Wymagania", "requirements"),
        ("Cosa offriamo", "benefits"),
        ("Wat bieden wij?", "benefits"),
        ("Über uns", "about"),
    ]:
        text = f"Intro.\n{heading}\n- something here"
        assert kinds(text)[1][0] == kind, heading


def test_legal_paragraph_without_heading() -> None:
    text = (
        "Benefits\n- Pension\n\n"
        "We are an equal opportunity employer. All qualified applicants will be considered.\n\n"
        "- Gym"
    )
    assert kinds(text) == [
        ("benefits", "Benefits\n- Pension"),
        (
            "legal",
            "We are an equal opportunity employer. All qualified applicants will be considered.",
        ),
        ("benefits", "- Gym"),
    ]


def test_legal_sentence_inside_a_summary_line() -> None:
    text = "Nurse for our clinic in Köln. Wir freuen uns über Bewerbungen unabhängig von Alter."
    assert kinds(text) == [
        ("summary", "Nurse for our clinic in Köln."),
        ("legal", "Wir freuen uns über Bewerbungen unabhängig von Alter."),
    ]


def test_gender_tag_is_not_legal() -> None:
    assert [kind for kind, _ in kinds("Softwareentwickler (m/w/d) in Hamburg")] == ["summary"]


def test_legal_in_other_languages() -> None:
    for sentence in [
        "Tous nos postes sont ouverts sans distinction de genre.",
        "Promovemos la igualdad de oportunidades.",
        "Contratamos independentemente de gênero ou idade.",
        "Wyrażam zgodę na przetwarzanie moich danych osobowych.",
        "La ricerca è rivolta a candidati di entrambi i sessi.",
        "Wij bieden gelijke kansen ongeacht afkomst.",
    ]:
        assert kinds("Job.\n" + sentence)[-1][0] == "legal", sentence


def test_empty_and_blank_texts() -> None:
    assert find_sections("") == ()
    assert find_sections("\n \n\t") == ()


def test_every_heading_passes_the_candidate_pattern() -> None:
    # The pattern only lets lines through to the full test: it must never stop a heading.
    for heading in HEADING_KINDS:
        for line in (
            heading,
            f"## {heading.upper()}:",
            f"- {heading.title()}: more",
            heading + ".",
        ):
            assert _HEADING_CANDIDATE.match(line.lower()), line


def test_odd_folds_are_every_letter_lower_case_misses() -> None:
    # Letters whose case fold (what _may_be_heading compares) differs from their lower case
    # (what the candidate pattern reads) and is made of letters found in headings.
    letters = set("".join(HEADING_KINDS))
    odd = {
        char
        for char in map(chr, range(0x110000))
        if char.casefold() != char.lower() and set(char.casefold()) <= letters
    }
    assert odd == set(_ODD_FOLDS)


def test_heading_with_a_ligature_or_sharp_s() -> None:
    assert kinds("Intro.\nPROFIL\n- Java")[1][0] == "requirements"
    assert kinds("Straße 1.\nProﬁle\n- Java")[1][0] == "requirements"
    assert kinds("Intro.\nProﬁle\n- Java")[1][0] == "requirements"


def test_legal_whole_words() -> None:
    text = "Job.\nAcme is an EEO employer for all persons."
    assert kinds(text)[-1] == ("legal", "Acme is an EEO employer for all persons.")
    assert kinds("Job.\nWe follow the DSGVO, see personal notes.")[-1][0] == "legal"
    # "eeo" inside a word, with a stem in the line, is no legal statement.
    assert kinds("Job.\nPersonal: Deeon.")[-1][0] == "summary"


def test_legal_phrase_after_a_whole_word() -> None:
    text = "Job.\nIntro here. Processing of your personal data and EEO rules apply."
    assert kinds(text)[-1] == ("legal", "Processing of your personal data and EEO rules apply.")


def test_legal_phrases_open_with_a_plain_letter() -> None:
    # _by_first_letter groups the phrases under their first character.
    for phrase in _LEGAL_PHRASES:
        assert phrase[0].isalnum(), phrase
        assert phrase[1] not in "?*+{", phrase


def test_legal_pattern_finds_what_the_plain_alternation_finds() -> None:
    plain = re.compile("|".join(_LEGAL_PHRASES))
    lines = [
        "We are an equal employment opportunity employer; all qualified applicants apply.",
        "Zgodnie z RODO, wyrażam zgodę na przetwarzanie moich danych osobowych.",
        "Ai sensi del D.Lgs 198/2006 e del gdpr 2016/679, entrambi i sessi.",
        "Nous traitons vos données personnelles sans distinction d'origine.",
        "Independientemente de su género; igualdade de oportunidades; ongeacht afkomst.",
        "Nothing legal here, only colour and regard.",
    ]
    for line in lines:
        low = line.lower()
        for start in range(len(low)):
            new, old = _LEGAL.search(low, start), plain.search(low, start)
            assert (new and new.start()) == (old and old.start()), (line, start)


def _both_ways(text: str) -> None:
    legal = _LegalFinder(text)
    assert _by_events(text, legal) == _by_lines(text, legal), text


def test_reading_by_events_equals_reading_line_by_line() -> None:
    for text in [
        "",
        "\n\n",
        "Intro\n\nWe are an equal opportunity employer.\nMore of it.\n\n- Gym\nBenefits",
        "Benefits\n- Pension\n  \n\tWe do not discriminate. All persons.\nRequirements: x\n",
        "Datenschutz\nIhre personenbezogenen Daten.\n\nMehr Text\nWir bieten\n- Obst",
        "Job. Wir sind unabhängig von Alter offen.\n\n\nProfil\n- Java\n\nIhr Profil",
        "Straße 1.\nProﬁle\n- Java\nPersonal data: none\nyour personal data is safe",
        "equal opportunity\nRequirements\n- regardless of age\n\nafter\nmore",
    ]:
        _both_ways(text)
    for posting in itertools.islice(generate(10_000, seed=3, duplicate_rate=0.0), 300):
        _both_ways(posting.record["description"])


def test_other_line_breaks_are_read_line_by_line() -> None:
    text = "Intro\r\nRequirements\r\n- Python\u2028Benefits\x0c- Gym"
    assert kinds(text) == [
        ("summary", "Intro"),
        ("requirements", "Requirements\r\n- Python"),
        ("benefits", "Benefits\x0c- Gym"),
    ]


def test_lowered_given_by_the_caller_changes_nothing() -> None:
    text = "Über uns\nWir sind İstanbul-Fans.\nIhr Profil:\n- Python\nEqual opportunity employer."
    lowered = text.replace("\u0130", "i").lower()
    assert find_sections(text, lowered=lowered) == find_sections(text)
