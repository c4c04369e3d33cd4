from __future__ import annotations

from jobsift.extract.sections import _HEADING_CANDIDATE, _ODD_FOLDS, find_sections
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
    assert odd == set(_ODD_FOLDS.pattern.strip("[]"))


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
