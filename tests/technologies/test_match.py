from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.technologies import MATCHER_VERSION, TechCatalog, TechMatch, find_technologies
from jobsift.technologies.match import (
    CONFIDENCE_CONTEXT_TECH,
    CONFIDENCE_CONTEXT_WORD,
    CONFIDENCE_PLAIN,
    CONFIDENCE_RULED,
)


def found(text: str, catalog: TechCatalog) -> list[tuple[str, str]]:
    matches = find_technologies(text, catalog)
    for m in matches:
        assert text[m.start : m.end] == m.surface
    return [(m.id, m.surface) for m in matches]


def ids(text: str, catalog: TechCatalog) -> set[str]:
    return {tech_id for tech_id, _ in found(text, catalog)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Go
        ("experience with Go and Kubernetes", {"tech:go", "tech:kubernetes"}),
        ("Golang developer", {"tech:go"}),
        ("We write our backend services in Go.", {"tech:go"}),
        # R
        ("statistics in R and Python", {"tech:r", "tech:python"}),
        ("R, SAS or Stata for econometrics", {"tech:r", "tech:sas", "tech:stata"}),
        # Swift, Spring, Express, Rust
        ("iOS development with Swift", {"tech:ios", "tech:swift"}),
        ("Java and Spring Boot", {"tech:java", "tech:spring-boot"}),
        ("Spring, Hibernate and Java 17", {"tech:spring", "tech:hibernate", "tech:java"}),
        ("Node.js with Express", {"tech:nodejs", "tech:express"}),
        ("systems programming in Rust", {"tech:rust"}),
        # .NET, Node, C family
        (".NET, dotnet and .NET Core", {"tech:dotnet"}),
        ("legacy .NET Framework 4.8 apps", {"tech:dotnet-framework"}),
        ("C#.NET developer", {"tech:csharp", "tech:dotnet"}),
        ("Node.js, NodeJS and node with TypeScript", {"tech:nodejs", "tech:typescript"}),
        ("C++ and cpp", {"tech:cpp"}),
        ("C# and C Sharp", {"tech:csharp"}),
        ("Objective-C and CI/CD", {"tech:objective-c", "tech:ci-cd"}),
        ("F# on the JVM? No: F# on .NET", {"tech:fsharp", "tech:jvm", "tech:dotnet"}),
    ],
)
def test_hard_names_are_found(catalog: TechCatalog, text: str, expected: set[str]) -> None:
    assert ids(text, catalog) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ready to go live next month",
        "Go to our careers page and apply",
        "we invest in R&D every year",
        "salário de R$ 8.000 por mês",
        "a swift response to every request",
        "the spring 2026 intake",
        "Spring 2026 internship programme",
        "please express interest by email",
        "Express interest by writing to us",
        "rust removal and painting",
        "Rust removal and painting",
        "each node in the cluster reports to the leader",
        "C-level executives and C-suite stakeholders",
        "visit example.net for details",
        "Word of mouth matters",
        "Excel in a fast-paced environment",
        "a word of advice",
    ],
)
def test_ordinary_words_are_not_technologies(catalog: TechCatalog, text: str) -> None:
    assert found(text, catalog) == []


def test_c_family_gives_three_technologies_with_exact_spans(catalog: TechCatalog) -> None:
    text = "C, C++ and C#"
    spans = [(m.id, m.start, m.end) for m in find_technologies(text, catalog)]
    assert spans == [("tech:c", 0, 1), ("tech:cpp", 3, 6), ("tech:csharp", 11, 13)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ASP.NET Core MVC", [("tech:aspnet-core", "ASP.NET Core MVC")]),
        ("ASP.NET and VB.NET", [("tech:aspnet", "ASP.NET"), ("tech:vb-net", "VB.NET")]),
        ("Spring Boot", [("tech:spring-boot", "Spring Boot")]),
        ("Apache Kafka", [("tech:kafka", "Apache Kafka")]),
        ("JavaScript, not Java", [("tech:javascript", "JavaScript"), ("tech:java", "Java")]),
    ],
)
def test_longest_match_wins(
    catalog: TechCatalog, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, catalog) == expected


def test_spans_point_into_the_original_text_even_when_folding_grows_it(
    catalog: TechCatalog,
) -> None:
    text = "Straße İzmir ﬁnance: Python and Go developers"
    matches = find_technologies(text, catalog)
    assert [(m.id, m.surface) for m in matches] == [("tech:python", "Python"), ("tech:go", "Go")]
    assert all(text[m.start : m.end] == m.surface for m in matches)


def test_line_breaks_inside_a_name_still_match(catalog: TechCatalog) -> None:
    assert found("Spring\nBoot and Power\tBI", catalog) == [
        ("tech:spring-boot", "Spring\nBoot"),
        ("tech:power-bi", "Power\tBI"),
    ]


def test_bullets_give_context_across_lines(catalog: TechCatalog) -> None:
    text = "Requirements:\n- Go\n- Kubernetes\n- PostgreSQL"
    assert ids(text, catalog) == {"tech:go", "tech:kubernetes", "tech:postgresql"}


def test_confidence_and_rule_trace(catalog: TechCatalog) -> None:
    matches = find_technologies("Go, goroutines, Excel and .NET", catalog)
    by_id = {m.id: m for m in matches}
    assert by_id["tech:go"].surface == "Go"
    assert by_id["tech:go"].confidence == CONFIDENCE_CONTEXT_WORD
    assert by_id["tech:go"].rule[-1] == "context:goroutines"
    assert "case_sensitive" in by_id["tech:go"].rule
    assert by_id["tech:excel"].confidence == CONFIDENCE_RULED
    assert by_id["tech:dotnet"].rule == ("standalone",)

    plain = find_technologies("Golang", catalog)[0]
    assert (plain.confidence, plain.rule) == (CONFIDENCE_PLAIN, ())

    via_tech = find_technologies("Swift and Kotlin", catalog)[0]
    assert via_tech.id == "tech:swift"
    assert via_tech.confidence == CONFIDENCE_CONTEXT_TECH
    assert via_tech.rule[-1] == "context:tech:kotlin"


def test_a_surface_is_no_evidence_for_itself(catalog: TechCatalog) -> None:
    # "node" must not count itself as its own context.
    assert found("node", catalog) == []


def test_to_dict(catalog: TechCatalog) -> None:
    match = find_technologies("Python", catalog)[0]
    assert match.to_dict() == {
        "id": "tech:python",
        "start": 0,
        "end": 6,
        "surface": "Python",
        "confidence": CONFIDENCE_PLAIN,
        "rule": [],
    }


def test_matcher_is_built_once_per_catalog(catalog: TechCatalog) -> None:
    from jobsift.technologies.match import TechMatcher

    first = catalog.derived(MATCHER_VERSION, TechMatcher)
    find_technologies("Python", catalog)
    assert catalog.derived(MATCHER_VERSION, TechMatcher) is first


def test_empty_text(catalog: TechCatalog) -> None:
    assert find_technologies("", catalog) == []


def _check(text: str, matches: list[TechMatch]) -> None:
    previous_end = 0
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        assert m.start >= previous_end, "matches are in text order and do not overlap"
        previous_end = m.end
        assert 0 < m.confidence <= 1


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(catalog: TechCatalog, text: str) -> None:
    _check(text, find_technologies(text, catalog))


# fmt: off
_PIECES = st.sampled_from(
    ["Go", "R", "C", "C++", "C#", ".NET", "ASP.NET", "Node", "node", "Spring", "Boot", "ß", "İ",
     "ﬁ", "&", "$", "-", ".", ",", " ", "\n", "Kubernetes", "golang", "statistics", "2026", "é"]
)
# fmt: on


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_tricky_text_never_raises(catalog: TechCatalog, text: str) -> None:
    _check(text, find_technologies(text, catalog))


def test_seed_postings_name_their_technologies(
    seed_postings: list[tuple[dict[str, Any], str]], catalog: TechCatalog
) -> None:
    # Of the gold skills, those the catalog knows and the text spells out must be found.
    checked = 0
    for record, text in seed_postings:
        got = {m.id for m in find_technologies(text, catalog)}
        for skill in record["skills"]:
            tech = catalog.by_surface(skill)
            if tech is not None and skill.casefold() in text.casefold():
                assert tech.id in got, (record["n"], skill)
                checked += 1
    assert checked >= 20


def test_skeleton_keys_put_a_space_where_the_text_needs_a_boundary() -> None:
    from jobsift.technologies.match import _skeleton, _skeleton_key

    assert _skeleton_key("go") == " go "
    assert _skeleton_key("c++") == " c  "
    assert _skeleton_key(".net") == " net "
    assert _skeleton_key("node.js") == " node js "
    assert _skeleton("c++ • go_lang, é") == " c     go lang  é "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statistics in R and Python; C and C++", {"tech:r", "tech:python", "tech:c", "tech:cpp"}),
        ("Statistics in r and Python_3; c and my_Python", set()),  # "_" joins words, too
        (".NET; ASP.NET", {"tech:aspnet", "tech:dotnet"}),
    ],
)
def test_boundaries_on_the_skeleton(catalog: TechCatalog, text: str, expected: set[str]) -> None:
    assert {m.id for m in find_technologies(text, catalog)} == expected


_SKELETON_PIECES = st.sampled_from(
    ["Go", "R", "C", "C++", "C#", ".NET", "ASP.NET", "Node", "node.js", "Spring", "Boot", "_",
     "•", "€", "–", "é", "É", "&", "-", ".", ",", " ", "\n", "Kubernetes", "Python", "2026"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_SKELETON_PIECES, max_size=30).map("".join))
def test_find_in_skeleton_agrees_with_find(catalog: TechCatalog, text: str) -> None:
    from jobsift.technologies.match import TechMatcher, _plain, _skeleton

    matcher = catalog.derived(MATCHER_VERSION, TechMatcher)
    automaton = matcher._automaton  # the skeleton keys, as a caller's automaton holds them
    hits = list(automaton.iter(_skeleton(_plain(text).casefold())))
    assert matcher.find_in_skeleton(text, hits) == matcher.find(text)
