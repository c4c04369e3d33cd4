"""Title -> ESCO occupation linking: known titles, ranking invariants, odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.occupations import OccupationLinker
from jobsift.occupations.linker import _variants
from jobsift.taxonomy import Taxonomy

ESCO = "http://data.europa.eu/esco/occupation/"
SOFTWARE_DEVELOPER = ESCO + "f2b15a0e-e65a-438a-affb-29b9d50b77d1"
WEB_DEVELOPER = ESCO + "c40a2919-48a9-40ea-b506-1f34f693496d"
DATA_SCIENTIST = ESCO + "258e46f9-0075-4a2e-adae-1ff0477e0f30"
SPECIALIST_NURSE = ESCO + "18e14e61-495b-44cc-a7c6-df4c625934ba"
GENERAL_NURSE = ESCO + "8d3e8aaa-791b-4c75-a465-f3f827028f50"


def uris(linker: OccupationLinker, title: str, lang: str, k: int) -> list[str]:
    return [candidate.uri for candidate in linker.link(title, lang, k)]


@pytest.mark.parametrize(
    ("title", "lang", "expected", "within"),
    [
        ("Softwareentwickler", "de", {SOFTWARE_DEVELOPER}, 1),
        ("Senior Softwareentwickler (m/w/d) - Berlin", "de", {SOFTWARE_DEVELOPER}, 1),
        ("Software Entwickler", "de", {SOFTWARE_DEVELOPER}, 1),
        ("développeur web", "fr", {WEB_DEVELOPER}, 1),
        ("Développeuse web (H/F) – Remote", "fr", {WEB_DEVELOPER}, 1),
        ("verpleegkundige", "nl", {SPECIALIST_NURSE, GENERAL_NURSE}, 3),
        ("data scientist", "en", {DATA_SCIENTIST}, 1),
        ("Backend Developer", "en", {SOFTWARE_DEVELOPER}, 1),
        ("Senior Backend Developer II - Remote", None, {SOFTWARE_DEVELOPER}, 1),
    ],
)
def test_known_titles_link_to_their_occupation(
    linker: OccupationLinker, title: str, lang: str | None, expected: set[str], within: int
) -> None:
    assert expected & set(uris(linker, title, lang or "en", within))


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("programista", "pl"),
        ("Programmierer", "de"),
        ("développeur web", "fr"),
        ("data scientist", "en"),
    ],
)
def test_titles_that_are_labels_link_to_the_occupations_they_label(
    linker: OccupationLinker, taxonomy: Taxonomy, title: str, lang: str
) -> None:
    labelled = {occupation.uri for occupation in taxonomy.occupations_by_label(title, lang)}
    assert labelled
    assert labelled & set(uris(linker, title, lang, 3))


def test_enfermera_links_to_the_occupation_spanish_esco_labels_so(
    linker: OccupationLinker, taxonomy: Taxonomy
) -> None:
    # The Spanish labels (from MELO's ESCO release) put "enfermero/enfermera" on one concept.
    labelled = [o.uri for o in taxonomy.occupations_by_label("enfermero/enfermera", "es")]
    best = linker.link("Enfermera (H/M)", "es", 1)[0]
    assert [best.uri] == labelled
    assert best.label == "enfermero/enfermera"


def test_labels_are_in_the_asked_language(linker: OccupationLinker) -> None:
    assert linker.link("Softwareentwickler", "de", 1)[0].label.startswith("Softwareentwickler")
    assert linker.link("software developer", "en", 1)[0].label == "software developer"


def test_unsupported_languages_fall_back_to_english(linker: OccupationLinker) -> None:
    assert uris(linker, "data scientist", "sv", 1) == uris(linker, "data scientist", "en", 1)


def test_scores_are_sorted_in_unit_interval_and_k_is_respected(linker: OccupationLinker) -> None:
    for k in (1, 5, 25):
        found = linker.link("project manager", "en", k)
        assert len(found) == k
        scores = [candidate.score for candidate in found]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= score <= 1.0 for score in scores)
        assert len({candidate.uri for candidate in found}) == k
        assert all(candidate.uri.startswith(ESCO) for candidate in found)


@pytest.mark.parametrize("title", ["", "   ", "(m/w/d)", "!!! ???", "---", "😀😀"])
def test_empty_or_garbage_titles_give_nothing(linker: OccupationLinker, title: str) -> None:
    assert linker.link(title, "de") == []
    assert linker.occupation(title, "de") is None


def test_k_of_zero_gives_nothing(linker: OccupationLinker) -> None:
    assert linker.link("data scientist", "en", 0) == []


def test_occupation_carries_codes_and_alternatives(linker: OccupationLinker) -> None:
    found = linker.occupation("Backend Developer (m/w/d)", "de", k=5)
    assert found is not None
    assert found.uri == SOFTWARE_DEVELOPER
    assert found.isco == "2512"
    assert found.onet == "15-1252.00"
    assert found.alternatives[0].uri == found.uri
    assert len(found.alternatives) == 5


def test_linking_is_deterministic(linker: OccupationLinker, taxonomy: Taxonomy) -> None:
    again = OccupationLinker.from_taxonomy(taxonomy)
    for title, lang in [("Entwickler", "de"), ("manager", "en"), ("técnico", "pt")]:
        assert linker.link(title, lang, 20) == linker.link(title, lang, 20)
        assert linker.link(title, lang, 20) == again.link(title, lang, 20)


def test_isco_groups_are_candidates_only_when_asked(taxonomy: Taxonomy) -> None:
    with_groups = OccupationLinker.from_taxonomy(taxonomy, isco_groups=True)
    found = uris(with_groups, "Software and applications developers and analysts", "en", 3)
    assert "http://data.europa.eu/esco/isco/C251" in found


@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=80), lang=st.sampled_from(["en", "de", "fr", "pl", None, "xx"]))
def test_arbitrary_unicode_never_crashes(
    linker: OccupationLinker, title: str, lang: str | None
) -> None:
    found = linker.link(title, lang, 5)
    assert len(found) <= 5
    assert all(0.0 <= candidate.score <= 1.0 for candidate in found)


def test_a_specialty_after_a_dash_counts_and_a_place_does_not(linker: OccupationLinker) -> None:
    # "Berlin" is in no German label: it cannot change the ranking.
    assert uris(linker, "Softwareentwickler - Berlin", "de", 5) == uris(
        linker, "Softwareentwickler", "de", 5
    )
    # "Textil" is: it picks the textile production mechanic.
    with_specialty = linker.link("Produktionsmechaniker - Textil", "de", 1)[0]
    assert "Textil" in with_specialty.label


@pytest.mark.parametrize(
    ("label", "variants"),
    [
        ("Koch/Köchin", ["Koch", "Köchin"]),
        (
            "vendeur en magasin/vendeuse en magasin",
            ["vendeur en magasin", "vendeuse en magasin"],
        ),
        (
            "Referent/in für Wohnungsbau",
            ["Referent für Wohnungsbau", "Referentin für Wohnungsbau"],
        ),
        (
            "vendeur/vendeuse en articles de sport",
            ["vendeur en articles de sport", "vendeuse en articles de sport"],
        ),
        ("pattern developer/grader", ["pattern developer", "pattern grader"]),
        ("Import-/Exportmanager für Fleisch", ["Import-/Exportmanager für Fleisch"]),
        ("Vendedor/a", ["Vendedor/a"]),
    ],
)
def test_slashes_give_each_side_of_a_label_whole(label: str, variants: list[str]) -> None:
    assert _variants(label) == variants
