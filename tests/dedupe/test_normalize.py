"""Words, and the title, employer and place keys two postings are compared on."""

from __future__ import annotations

from jobsift.dedupe.normalize import company_key, is_agency, place_key, title_key, words


def test_words_fold_case_and_drop_ascii_punctuation() -> None:
    assert words("Python, SQL; (Kotlin) Köln-Ehrenfeld!") == [
        b"python",
        b"sql",
        b"kotlin",
        "köln".encode(),
        b"ehrenfeld",
    ]
    assert words("   ") == []


def test_titles_that_differ_in_markers_case_accents_and_order_share_a_key() -> None:
    base = title_key("Data Engineer")
    assert title_key("Data Engineer (m/w/d)") == base
    assert title_key("DATA engineer (H/F)") == base
    assert title_key("Engineer, Data") == base
    assert title_key("Développeur") == title_key("Developpeur")
    assert title_key("Senior Data Engineer") != base
    assert title_key(None) == title_key("") == 0


def test_company_keys_ignore_legal_forms_and_case() -> None:
    assert company_key("Acme GmbH") == company_key("ACME") != 0
    assert company_key("Vistamar Medical sp. z o.o.") == company_key("Vistamar Medical")
    assert company_key("Acme") != company_key("Apex")
    assert company_key(None) == 0


def test_place_keys_take_the_name_before_the_first_comma() -> None:
    assert place_key(["Kraków, PL"]) == place_key(["krakow"]) != 0
    assert place_key(["Berlin", "Paris"]) == place_key(["Paris, FR", "Berlin, DE"])
    assert place_key([]) == place_key([""]) == 0


def _agency(text: str, company: str | None = None) -> bool:
    lowered = text.lower()
    return is_agency(lowered, words(text), company)


def test_agency_reposts_are_told_by_their_opening_or_their_name() -> None:
    assert _agency("Our client, Acme, is looking for a Data Engineer (location: Berlin).")
    assert _agency("Für unseren Kunden Acme suchen wir eine/n Data Engineer (Standort: Köln).")
    assert not _agency("Zu unseren Kunden zählen kleine Betriebe und Konzerne.", "Acme GmbH")
    assert _agency("Nasz klient, Acme, działający w branży IT, zatrudni: Tester.")
    assert _agency("Data Engineer in Berlin.", "Quano Staffing")
    assert not _agency("Acme is hiring a Data Engineer in Berlin. Our clients love us.")
    assert not _agency("Acme is hiring a Data Engineer in Berlin.", "Acme GmbH")
