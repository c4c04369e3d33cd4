"""Free-text skill linking: ESCO skills ranked for a sentence."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobsift.extract.skilllink import SkillLinker, _stem
from jobsift.taxonomy import load_taxonomy
from jobsift.technologies import load_catalog


@pytest.fixture(scope="module")
def linker() -> SkillLinker:
    # Built once for the module (about a second): every test reads it, none changes it.
    return SkillLinker(load_taxonomy(), load_catalog())


def top(linker: SkillLinker, text: str, k: int = 5) -> list[str]:
    return [candidate.label for candidate in linker.link(text, k)]


@pytest.mark.parametrize(
    ("sentence", "any_of"),
    [
        (
            "we need someone who can keep our Kubernetes clusters healthy",
            {"manage ICT virtualisation environments", "DevOps", "ICT infrastructure"},
        ),
        ("lead a team of nurses", {"lead a team"}),
        ("lead a team of nurses", {"leadership in nursing", "supervise nursing staff"}),
        ("drive a forklift in our warehouse", {"operate forklift"}),
        ("bake bread and pastries every morning", {"prepare bakery products", "bake goods"}),
        ("customer service and handling complaints", {"customer service", "handle complaints"}),
        ("experience with Python and machine learning", {"machine learning"}),
        ("teach mathematics to secondary school students", {"teach mathematics"}),
    ],
)
def test_expected_skills_in_the_top_five(
    linker: SkillLinker, sentence: str, any_of: set[str]
) -> None:
    found = top(linker, sentence)
    assert any_of & set(found), found


def test_a_verbatim_label_ranks_first(linker: SkillLinker) -> None:
    assert top(linker, "project management", 1) == ["project management"]


def test_candidates_are_well_formed(linker: SkillLinker) -> None:
    found = linker.link("install and repair electrical wiring in buildings", k=7)
    assert 0 < len(found) <= 7
    scores = [candidate.score for candidate in found]
    assert scores == sorted(scores, reverse=True)
    for uri, label, score in found:
        assert uri.startswith("http://data.europa.eu/esco/skill/")
        assert label
        assert 0.0 <= score <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "!!! ??? ...", "asdf qwertz zxcvb", "of the and"])
def test_empty_or_garbage_gives_nothing(linker: SkillLinker, text: str) -> None:
    assert linker.link(text) == []


def test_k_zero_gives_nothing(linker: SkillLinker) -> None:
    assert linker.link("lead a team", k=0) == []


def test_deterministic(linker: SkillLinker) -> None:
    sentence = "plan the budget and negotiate with suppliers"
    assert linker.link(sentence) == linker.link(sentence)


def test_fast_after_load(linker: SkillLinker) -> None:
    sentences = [
        "we need someone who can keep our Kubernetes clusters healthy",
        "You will manage the project budget and report to stakeholders every month",
        "experience with Python, SQL and machine learning in a data team",
    ]
    linker.link(sentences[0])
    start = time.perf_counter()
    for _ in range(10):
        for sentence in sentences:
            linker.link(sentence)
    per_sentence = (time.perf_counter() - start) / 30
    assert per_sentence < 0.025  # about 1-2 ms on a quiet machine; slack for a busy CI


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("nurse", "nurses", "nursing"), True),
        (("lead", "leader", "leadership", "leading"), True),
        (("manage", "managing", "management", "manager"), True),
        (("engineer", "engine"), False),
    ],
)
def test_stemming(words: tuple[str, ...], same: bool) -> None:
    assert (len({_stem(word) for word in words}) == 1) is same


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.integers(min_value=0, max_value=20))
def test_any_text_is_safe(linker: SkillLinker, text: str, k: int) -> None:
    found = linker.link(text, k)
    assert len(found) <= k
    assert all(0.0 <= candidate.score <= 1.0 for candidate in found)
