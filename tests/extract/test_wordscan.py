from __future__ import annotations

import re

import pytest

from jobsift.extract.wordscan import PhraseScanner, _keyed_patterns, _keys, alternation

ANCHORS = ("mot", "brid", "rom h", "olonais", "leman", "lleman", "Intern", "ntern", "2B", "Sr.")


def naive(text: str, anchors: tuple[str, ...]) -> set[int]:
    """Every start of every anchor: what the keyed patterns must find (overlaps aside)."""
    found = set()
    for anchor in anchors:
        position = text.find(anchor)
        while position >= 0:
            found.add(position)
            position = text.find(anchor, position + 1)
    return found


def keyed(text: str, anchors: tuple[str, ...], start: int = 0) -> set[int]:
    found = set()
    for pattern, heads in _keyed_patterns(anchors):
        for match in pattern.finditer(text, start):
            found.add(match.start() - heads[match.lastindex or 0])
    return {position for position in found if position >= start}


def test_every_anchor_gets_a_key_inside_it_and_never_its_last_letter() -> None:
    for anchor, index in _keys(sorted(ANCHORS)):
        assert 0 <= index < max(1, len(anchor) - 1)


@pytest.mark.parametrize(
    "text",
    [
        "Remote work from home, hybrid possible",
        "Langue: polonais, B2B, Sr. Engineer, internal",
    ],
)
def test_keyed_patterns_find_every_anchor(text: str) -> None:
    assert keyed(text, ANCHORS) == naive(text, ANCHORS)


def test_of_overlapping_anchors_one_is_found() -> None:
    # "lleman" and "leman" share their key: one match there, and its word is what counts.
    text = "allemand, Intern"
    found = keyed(text, ANCHORS)
    assert found <= naive(text, ANCHORS)
    assert {text.find("lleman"), text.find("Intern")} <= found


def test_an_anchor_that_starts_before_the_region_is_not_found() -> None:
    # "mot" of "remote" starts at 2; from 3 on, only its key and tail lie in the region.
    assert keyed("remote", ("mot",), start=3) == set()


def test_find_reads_phrases_at_word_starts_around_anchors() -> None:
    scanner = PhraseScanner(
        ("mot", "rom h"), ((r"remote\b", "remote"), (r"work from home\b", "home"))
    )
    text = "Fully Remote. We work from home; remotely is no word here. " * 4
    hits = scanner.find(text)
    assert [(text[hit.start : hit.end], hit.payload) for hit in hits][:2] == [
        ("Remote", "remote"),
        ("work from home", "home"),
    ]
    assert all(text[hit.start : hit.end].lower() != "remotely" for hit in hits)


def test_alternation_matches_the_same_words_as_a_plain_one() -> None:
    words = ["a", "acht", "an", "one", "on", "één", "drei"]
    pattern = re.compile(r"\b" + alternation(words) + r"\b")
    for word in [*words, "ac", "o", "onee", "éé", "dre", ""]:
        assert bool(pattern.fullmatch(word)) == (word in words)
