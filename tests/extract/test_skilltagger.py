from __future__ import annotations

import gzip
import itertools
import random
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobsift.extract.skilltagger import (
    LEXICON_FILE,
    VERSION,
    WEIGHTS_FILE,
    CrfWeights,
    SkillTagger,
    SkillTaggerDataError,
    Vector,
    _tokens,
    best_path,
    data_folder,
    incoming,
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


def assert_well_formed(text: str, spans: Sequence[tuple[int, int, str]]) -> None:
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


# --- the batch decoder against the plain-Python reference ---------------------------------------

LINES = [
    "Senior Data Engineer (m/f/d) - Berlin, Germany",
    "You will design, build and operate scalable data pipelines in Python and SQL.",
    "Experience with Apache Spark, Kafka and Airflow is a must; dbt is a plus!",
    "Strong communication skills and the ability to work in an agile, cross-functional team.",
    "- Mentor junior engineers and review their code",
    "• Knowledge of GDPR, ISO 27001 and accounting standards (IFRS, HGB)",
    "We offer: 30 days of vacation, a company pension scheme & flexible hours.",
    "Requirements",
    "3+ years of experience in C++, C# or .NET; e-mail us at jobs@example.com.",
    "Proficiency in Microsoft Excel, Word and PowerPoint?",
    "Able to lift 50 lbs and stand for long periods of time",
    "Maintain accurate patient records and administer medication under supervision",
    "Negotiate contracts with suppliers, manage budgets and forecast demand.",
    "Fluent English; German is nice-to-have. Travel up to 20% of the time.",
    "Develop and maintain RESTful APIs using Node.js, TypeScript and React",
    "Work closely with product managers to define requirements and priorities",
    "Bachelor's degree in Computer Science, Mathematics or a related field",
    "Hands-on experience with AWS (EC2, S3, Lambda), Docker and Kubernetes",
    "Perform routine maintenance on HVAC systems and troubleshoot electrical faults",
    "Provide excellent customer service in a fast-paced retail environment",
    "Teach mathematics to students aged 11-16 and prepare them for exams",
    "Ensure compliance with food safety regulations and HACCP procedures",
    "Analyse sales data, build dashboards in Tableau and present insights to stakeholders",
    "Drive a forklift safely; a valid driver's licence is required",
    "Coordinate with the legal team on contracts, NDAs and intellectual property",
    "Straße 5, 80331 München — Łódź — Goiânia — Zürich",
    "Write unit tests with pytest/JUnit and keep CI/CD pipelines green",
    "Manage a team of 12 nurses; experience in intensive care is an advantage",
    "Salary: $120,000 - $150,000 per year + equity",
    "Conduct market research, competitor analysis and customer interviews",
]


def reference_spans(tagger: SkillTagger, text: str) -> list[tuple[int, int, str]]:
    """What ``spans`` did before the batch decoder: sentence by sentence, in plain Python."""
    into = incoming(tagger._weights.transitions)
    found: list[tuple[int, int, str]] = []
    for sentence in sentences(text):
        path = best_path(tagger.emissions([word for *_, word in sentence]), into)
        tags = [tagger._weights.tags[i] for i in path]
        found += [(sentence[a][0], sentence[b - 1][1], label) for a, b, label in tag_spans(tags)]
    return found


def varied_texts() -> list[str]:
    rng = random.Random(11)
    words = [w for line in LINES for _, _, w in tokenize(line)]
    texts = [*LINES, "\n".join(LINES), " ".join(LINES), POSTING, POSTING.upper(), POSTING.lower()]
    texts += ["\n".join(rng.sample(LINES, 6)) for _ in range(60)]
    texts += [" ".join(rng.choices(words, k=rng.randint(1, 60))) for _ in range(150)]
    texts += [
        "Python",
        ".",
        "; ; ;",
        " ".join(words[:200]),  # one run-on line: cut after 80 tokens
        "\n".join(["Use SQL."] * 300),  # more sentences than one batch holds
        "Write tests\r\n\tmentor juniors\x1cdeploy\u2028review code\u00a0daily",
        "C++,C#,F#;node.js/React+Redux & e-mail: a++b a+#b a-.b",
        "Lone \ud800 surrogate and emoji 🚀 in a skill: develop 🚀 backends",
    ]
    return texts


def test_batch_decoder_matches_the_reference(tagger: SkillTagger) -> None:
    texts = varied_texts()
    assert len(texts) > 200
    for text in texts:
        expected = reference_spans(tagger, text)
        assert tagger._batch_spans(text) == expected, text[:80]
        assert tagger.spans(text) == expected  # short texts take the plain path


def test_threads_share_one_tagger_on_the_batch_path() -> None:
    rng = random.Random(2)
    texts = ["\n".join(rng.sample(LINES, 8)) for _ in range(40)]
    shared = load_skill_tagger()
    expected = [load_skill_tagger()._batch_spans(text) for text in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(shared._batch_spans, texts * 3)) == expected * 3


def test_batch_decoder_matches_the_reference_on_skillspan_dev(
    tagger: SkillTagger, shared_dir: Path
) -> None:
    path = shared_dir / "data" / "skillspan" / "data" / "json" / "dev.json"
    lines = [" ".join(orjson.loads(row)["tokens"]) for row in path.read_text("utf-8").splitlines()]
    assert len(lines) > 3000
    for line in lines:
        assert tagger._batch_spans(line) == reference_spans(tagger, line), line
    for start in range(0, len(lines), 25):  # as postings: many sentences decoded together
        text = "\n".join(lines[start : start + 25])
        assert tagger._batch_spans(text) == tagger.spans(text) == reference_spans(tagger, text)


def test_tag_matches_the_reference(tagger: SkillTagger) -> None:
    into = incoming(tagger._weights.transitions)
    for line in LINES:
        words = [word for _, _, word in tokenize(line)]
        expected = [tagger._weights.tags[i] for i in best_path(tagger.emissions(words), into)]
        assert tagger._batch_tag(words) == tagger.tag(words) == expected
    assert tagger.tag([]) == tagger._batch_tag([]) == []
    words = ["", "develop", "", "Python", *[word for _, _, word in tokenize(POSTING)]]
    expected = [tagger._weights.tags[i] for i in best_path(tagger.emissions(words), into)]
    assert tagger.tag(words) == expected  # an empty word is not the gap between sentences


def tie_prone_tagger() -> SkillTagger:
    """Weights from a few round values, so that paths often score exactly the same."""
    rng = random.Random(3)
    tags = ("O", "B-KNOWLEDGE", "B-SKILL", "I-KNOWLEDGE", "I-SKILL")

    def vector() -> Vector:
        return tuple(rng.choice([-1.0, -0.5, 0.0, 0.0, 0.5, 1.0]) for _ in tags)

    words = ["a", "b", "c|d", "|", "e"]
    names = ["bias", "BOS", "EOS", *(f"w={w}" for w in words), *(f"-1w={w}" for w in words)]
    names += [f"b{side}={a}|{b}" for side in "-+" for a in words for b in words]
    state = {name: vector() for name in names}
    transitions = tuple(vector() for _ in tags)
    return SkillTagger(CrfWeights(tags, transitions, state), {})


def test_ties_and_odd_words_break_as_in_the_reference() -> None:
    # Words holding "|" (as SkillSpan's may, ours never do) must find their bigram weights.
    tagger = tie_prone_tagger()
    into = incoming(tagger._weights.transitions)
    rng = random.Random(5)
    for _ in range(300):
        words = rng.choices(["a", "b", "c|d", "|", "e", "A"], k=rng.randint(1, 12))
        expected = [tagger._weights.tags[i] for i in best_path(tagger.emissions(words), into)]
        assert tagger._batch_tag(words) == expected, words


def test_batch_emissions_are_the_reference_bit_for_bit(tagger: SkillTagger) -> None:
    for line in LINES:
        words = [word for _, _, word in tokenize(line)]
        spaced = ["", "", *words, "", ""]
        decoder = tagger._decoder
        got = decoder.emissions(tagger._table(spaced)).tolist()
        assert got == [list(row) for row in tagger.emissions(words)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1_ .;!?\n\t-'’/+#&|ßΣ\x1c\u2028,"), max_size=300))
def test_batch_tokens_and_sentences_are_those_of_sentences(text: str) -> None:
    tokens = _tokens(text)
    expected = list(sentences(text))
    if tokens is None:
        assert expected == []
        return
    flat = list(zip(tokens.starts.tolist(), tokens.stops.tolist(), tokens.words, strict=True))
    cuts = [*tokens.layout.starts.tolist(), len(flat)]
    assert [flat[a:b] for a, b in itertools.pairwise(cuts)] == expected


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_unicode_text_matches_the_reference(text: str) -> None:
    tagger = load_skill_tagger_once()
    assert tagger._batch_spans(text) == tagger.spans(text) == reference_spans(tagger, text)
