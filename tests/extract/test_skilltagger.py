from __future__ import annotations

import gzip
import itertools
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.skilltagger import (
    LEXICON_FILE,
    VERSION,
    WEIGHTS_FILE,
    SkillTagger,
    SkillTaggerDataError,
    Vector,
    data_folder,
    load_skill_tagger,
    sentence_features,
    sentences,
    tag_spans,
    tokenize,
    viterbi,
)

POSTING = """Senior Backend Engineer (m/f/d)

What you will do:
- Develop and maintain backend services in Python and Go.
- Work in a fast-paced, cross-functional team; mentor junior engineers.
- Design REST APIs and write automated tests.

What we expect: 3+ years of experience with PostgreSQL, Docker and Kubernetes. Strong
communication skills and knowledge of accounting standards are a plus!
"""


@pytest.fixture(scope="module")
def tagger() -> SkillTagger:
    return load_skill_tagger()


def assert_well_formed(text: str, spans: list[tuple[int, int, str]]) -> None:
    starts = {start for start, _, _ in tokenize(text)}
    ends = {end for _, end, _ in tokenize(text)}
    for start, end, label in spans:
        assert 0 <= start < end <= len(text)
        assert start in starts, (text[start:end], text)
        assert end in ends, (text[start:end], text)
        assert label in ("skill", "knowledge")
    # in order and apart
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_model_files_ship_and_load(tagger: SkillTagger) -> None:
    for name in (WEIGHTS_FILE, LEXICON_FILE):
        assert data_folder().joinpath(name).is_file()
    assert tagger.version == VERSION == "skill-tagger.v1"


def test_empty_and_blank_text(tagger: SkillTagger) -> None:
    assert tagger.spans("") == []
    assert tagger.spans(" \n\t ") == []


def test_posting_spans_are_well_formed_and_plausible(tagger: SkillTagger) -> None:
    spans = tagger.spans(POSTING)
    assert_well_formed(POSTING, spans)
    found = {(POSTING[start:end], label) for start, end, label in spans}
    knowledge = " ".join(text for text, label in found if label == "knowledge")
    skills = " ".join(text for text, label in found if label == "skill")
    assert "Python" in knowledge
    assert "Docker" in knowledge
    assert "backend services" in skills


def test_deterministic(tagger: SkillTagger) -> None:
    assert tagger.spans(POSTING) == tagger.spans(POSTING) == load_skill_tagger().spans(POSTING)


def test_threads_share_one_tagger(tagger: SkillTagger) -> None:
    texts = [line for line in POSTING.splitlines() if line] * 20
    expected = [tagger.spans(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(load_skill_tagger().spans, texts)) == expected


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_unicode_text(text: str) -> None:
    tagger = load_skill_tagger_once()
    assert_well_formed(text, tagger.spans(text))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["develop", "Python", "team", "and", ".", "\n", "ß", "C++"])))
def test_job_like_word_soup(words: list[str]) -> None:
    text = " ".join(words)
    assert_well_formed(text, load_skill_tagger_once().spans(text))


_TAGGER: list[SkillTagger] = []


def load_skill_tagger_once() -> SkillTagger:
    # hypothesis runs a test body many times; loading once keeps that fast.
    if not _TAGGER:
        _TAGGER.append(load_skill_tagger())
    return _TAGGER[0]


def test_fast_emissions_equal_the_trained_features(tagger: SkillTagger) -> None:
    # The decoder pre-sums weights per word; it must score what the build trained on.
    words = [token for _, _, token in tokenize(POSTING)][:40]
    weights = tagger._weights
    expected = [weights.vector(features) for features in sentence_features(words, tagger._lexicon)]
    for got, want in zip(tagger.emissions(words), expected, strict=True):
        assert got == pytest.approx(want, abs=1e-9)


def test_viterbi_finds_the_best_path() -> None:
    rng = random.Random(7)
    for _ in range(30):
        size, length = 3, rng.randint(1, 5)
        emissions = [tuple(rng.uniform(-2, 2) for _ in range(size)) for _ in range(length)]
        transitions = [tuple(rng.uniform(-2, 2) for _ in range(size)) for _ in range(size)]

        def total(
            path: tuple[int, ...], em: list[Vector] = emissions, tr: list[Vector] = transitions
        ) -> float:
            score = sum(em[i][tag] for i, tag in enumerate(path))
            return score + sum(tr[a][b] for a, b in itertools.pairwise(path))

        best = max(itertools.product(range(size), repeat=length), key=total)
        assert tuple(viterbi(emissions, transitions)) == best
    assert viterbi([], []) == []


def test_tag_spans() -> None:
    tags = ["O", "B-SKILL", "I-SKILL", "B-KNOWLEDGE", "I-SKILL", "O", "I-KNOWLEDGE"]
    assert tag_spans(tags) == [
        (1, 3, "skill"),
        (3, 4, "knowledge"),
        (4, 5, "skill"),
        (6, 7, "knowledge"),
    ]


def test_tokens_keep_tech_names_whole() -> None:
    words = [token for _, _, token in tokenize("C++, C#, node.js and e-mail (m/f/d).")]
    assert words == ["C++", ",", "C#", ",", "node.js", "and", "e-mail", "(", "m/f/d", ")", "."]


def test_sentences_end_at_line_breaks_and_stops() -> None:
    text = "Use SQL. Write tests\n- mentor juniors\n\n"
    groups = [[token for *_, token in group] for group in sentences(text)]
    assert groups == [["Use", "SQL", "."], ["Write", "tests"], ["-", "mentor", "juniors"]]
    assert [token for group in sentences(text) for token in group] == tokenize(text)


def test_missing_files_raise_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SkillTaggerDataError, match=WEIGHTS_FILE):
        load_skill_tagger(tmp_path)


def test_corrupt_weights_raise_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / WEIGHTS_FILE).write_bytes(gzip.compress(b'{"format": "other"}'))
    (tmp_path / LEXICON_FILE).write_bytes(data_folder().joinpath(LEXICON_FILE).read_bytes())
    with pytest.raises(SkillTaggerDataError, match="malformed"):
        load_skill_tagger(tmp_path)
    (tmp_path / WEIGHTS_FILE).write_bytes(b"not gzip")
    with pytest.raises(SkillTaggerDataError, match="unreadable"):
        load_skill_tagger(tmp_path)
