"""Skill and knowledge spans in English job-posting text: a linear-chain CRF over BIO tags.

    from jobsift.extract.skilltagger import load_skill_tagger
    tagger = load_skill_tagger()        # hold on to it: loading reads the weights file
    tagger.spans("You will develop backend services in Python.")
    # [(9, 33, 'skill'), (37, 43, 'knowledge')]

"Skill" and "knowledge" follow SkillSpan (Zhang et al., NAACL 2022): a skill is something a
person does ("develop backend services", "work in a fast-paced team"), knowledge is something
a person knows ("Python", "accounting standards").  Spans are phrases, not taxonomy labels, so
a dictionary finds few of them; the CRF was trained on SkillSpan's train split by
``scripts/build_skill_tagger.py`` (settings chosen on dev, test never seen).

Why a CRF and not a transformer: no torch, a load in a fraction of a second, a few milliseconds
per 300-word posting, and loose span F1 0.68 on SkillSpan test (target 0.60; strict F1 0.42,
where ESCOXLM-R reports 0.626).  A dictionary of ESCO labels and technology names scores 0.40
loose: most spans are phrases no taxonomy lists.  Features: the word, its affixes and shape,
the words up to two away, the two word bigrams, and lexicon flags built from the ESCO skill
labels and our technology catalog.

The build trains with CRFsuite and exports its weights (``skill-tagger.v1.weights.json.gz``,
with a penalty on the O tag chosen on dev folded in, because the bare CRF finds too few spans);
decoding here is plain Python, because handing CRFsuite ~25 feature strings per token cost
more than all the rest.  Every word's share of the scores is computed once and cached, so a
posting costs a dictionary lookup per token plus a five-state Viterbi pass.

Text of any length is cut into sentences (line breaks, ``. ! ? ;``) and tokens (runs of word
characters joined by ``- ' . / + # &``, or single other characters); spans start and end on
token boundaries.  A tagger holds no per-call state, so one instance may be shared by threads.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from operator import add
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple

import orjson

from jobsift.errors import JobsiftError

VERSION: Final = "skill-tagger.v1"
FORMAT: Final = "jobsift-crf.v1"
WEIGHTS_FILE: Final = f"{VERSION}.weights.json.gz"
LEXICON_FILE: Final = f"{VERSION}.lexicon.json.gz"

SpanLabel = Literal["skill", "knowledge"]
Span = tuple[int, int, SpanLabel]
Token = tuple[int, int, str]

#: CRF tag type -> span label; the tags are B-/I- for each type, and O.
TAG_LABELS: Final[dict[str, SpanLabel]] = {"SKILL": "skill", "KNOWLEDGE": "knowledge"}

TOKEN_RE: Final = re.compile(r"\w+(?:[-'’./+#&]\w+)*[+#]*|[^\w\s]")
_LINE_RE: Final = re.compile(r"[^\n]+")
_SENTENCE_END: Final = frozenset(".!?;")
#: Training sentences are short; cutting run-on text keeps the context the CRF knows.
_MAX_SENTENCE_TOKENS: Final = 80
#: Scores are cached per token text (about 1.2 kB each); past this many (~25 MB) the cache
#: stops growing.  Word frequencies are Zipfian: the first words seen cover most later tokens.
_CACHE_LIMIT: Final = 20_000
_HINT: Final = "reinstall jobsift, or rebuild the model with scripts/build_skill_tagger.py"


class SkillTaggerDataError(JobsiftError):
    """The skill tagger's weights or lexicon file is missing or unreadable."""

    code = "E610"
    status = 500


# --- tokens and sentences ----------------------------------------------------------------------


def tokenize(text: str) -> list[Token]:
    """``(start, end, token)`` for every token of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def sentences(text: str) -> Iterator[list[Token]]:
    """The tokens of ``text``, sentence by sentence: a line break or ``. ! ? ;`` ends one."""
    # Postings put one requirement per line without a full stop, so a newline ends a sentence.
    for line in _LINE_RE.finditer(text):
        sentence: list[Token] = []
        for match in TOKEN_RE.finditer(text, line.start(), line.end()):
            token = match.group()
            sentence.append((match.start(), match.end(), token))
            if token in _SENTENCE_END or len(sentence) >= _MAX_SENTENCE_TOKENS:
                yield sentence
                sentence = []
        if sentence:
            yield sentence


# --- features (the contract between the build and the decoder) -----------------------------------

Lexicon = dict[str, tuple[str, ...]]


class WordFeatures(NamedTuple):
    """A token's feature strings: its own, and those it lends to the token at each offset
    (``left2`` goes to the token two to its right, for which it is two to the left)."""

    own: list[str]
    left2: list[str]
    left1: list[str]
    right1: list[str]
    right2: list[str]


def shape(token: str) -> str:
    """ "Xxxx" -> "Xx", "SQL" -> "X", "m/f/d" -> "x/x/x": letter classes with repeats folded."""
    out: list[str] = []
    for char in token:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out[:6])


def word_features(token: str, lexicon: Lexicon) -> WordFeatures:
    """The features ``token`` brings to a sentence; depends on nothing else, hence cacheable."""
    lower = token.lower()
    flags = ["x=" + flag for flag in lexicon.get(lower, ())]
    form = shape(token)
    own = ["bias", "w=" + lower, "p3=" + lower[:3], "s3=" + lower[-3:], "s2=" + lower[-2:]]
    own += ["sh=" + form, *flags]
    if token[:1].isupper():
        own.append("title")
    near = ["w=" + lower, "sh=" + form, "s3=" + lower[-3:], *flags]
    far = ["w=" + lower, *flags]
    return WordFeatures(
        own,
        ["-2" + f for f in far],
        ["-1" + f for f in near],
        ["+1" + f for f in near],
        ["+2" + f for f in far],
    )


def sentence_features(words: Sequence[str], lexicon: Lexicon) -> list[list[str]]:
    """One feature list per word, as the build trains on: own, neighbours' (±2), bigrams."""
    table = [word_features(word, lexicon) for word in words]
    lowers = [word.lower() for word in words]
    last = len(words) - 1
    items: list[list[str]] = []
    for i, row in enumerate(table):
        feats = list(row.own)
        feats += table[i - 1].left1 if i >= 1 else ["BOS"]
        feats += table[i + 1].right1 if i < last else ["EOS"]
        if i >= 2:
            feats += table[i - 2].left2
        if i + 2 <= last:
            feats += table[i + 2].right2
        if i >= 1:
            feats.append(_bigram("b-=", lowers[i - 1], lowers[i]))
        if i < last:
            feats.append(_bigram("b+=", lowers[i], lowers[i + 1]))
        items.append(feats)
    return items


def _bigram(prefix: str, a: str, b: str) -> str:
    return prefix + a + "|" + b


# --- the CRF weights and decoding ----------------------------------------------------------------

Vector = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class CrfWeights:
    """What the build exports: tags, tag-to-tag weights and feature-to-tag weights."""

    tags: tuple[str, ...]
    #: transitions[previous][current]
    transitions: tuple[Vector, ...]
    state: dict[str, Vector]

    def vector(self, features: Sequence[str]) -> Vector:
        """The summed weights of ``features`` per tag (unknown features weigh nothing)."""
        zero = (0.0,) * len(self.tags)
        found = [self.state.get(feature, zero) for feature in features]
        return tuple(sum(column) for column in zip(zero, *found, strict=True))


class _WordScores(NamedTuple):
    lower: str
    own: Vector
    left2: Vector
    left1: Vector
    right1: Vector
    right2: Vector


def viterbi(emissions: Sequence[Vector], transitions: Sequence[Vector]) -> list[int]:
    """The best tag index sequence for per-token ``emissions`` (first-order, no start state);
    ``transitions[previous][current]``."""
    return best_path(emissions, incoming(transitions))


def incoming(transitions: Sequence[Vector]) -> tuple[Vector, ...]:
    """``transitions`` by column: for each tag, the weights of arriving from every tag."""
    size = len(transitions)
    return tuple(tuple(transitions[k][j] for k in range(size)) for j in range(size))


def best_path(emissions: Sequence[Vector], into: Sequence[Vector]) -> list[int]:
    """Viterbi over ``incoming(transitions)``, which a tagger computes once."""
    if not emissions:
        return []
    tags = range(len(into))
    # Only the scores are kept on the way forward; the way back recomputes one argmax per
    # token instead of storing one per tag, which is most of the work in plain Python.
    table = [list(emissions[0])]
    for emission in emissions[1:]:
        score = table[-1]
        table.append([max(map(add, score, into[j])) + emission[j] for j in tags])
    best = table[-1]
    path = [best.index(max(best))]
    for score in reversed(table[:-1]):
        candidates = list(map(add, score, into[path[-1]]))
        path.append(candidates.index(max(candidates)))
    return path[::-1]


# --- BIO tags -> spans ---------------------------------------------------------------------------


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, SpanLabel]]:
    """``(first, end, label)`` token ranges from B-/I-/O tags; a stray I- opens a span."""
    spans: list[tuple[int, int, SpanLabel]] = []
    open_at, open_type = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, name = tag.partition("-")
        if open_type and (kind != "I" or name != open_type):
            spans.append((open_at, i, TAG_LABELS[open_type]))
            open_type = ""
        if kind in ("B", "I") and not open_type:
            open_at, open_type = i, name
    return spans


# --- the tagger --------------------------------------------------------------------------------


class SkillTagger:
    """Finds skill and knowledge spans; share one instance, it is thread-safe."""

    def __init__(self, weights: CrfWeights, lexicon: Lexicon) -> None:
        self._weights = weights
        self._lexicon = lexicon
        # Holds only pure results: a race at worst computes one entry twice.
        self._cache: dict[str, _WordScores] = {}
        zero = (0.0,) * len(weights.tags)
        self._bos = weights.state.get("BOS", zero)
        self._eos = weights.state.get("EOS", zero)
        self._into = incoming(weights.transitions)

    @property
    def version(self) -> str:
        return VERSION

    def spans(self, text: str) -> list[Span]:
        """``(start, end, label)`` character spans ``[start, end)`` in ``text``, in order."""
        found: list[Span] = []
        for sentence in sentences(text):
            tags = self.tag([token[2] for token in sentence])
            found += [
                (sentence[first][0], sentence[end - 1][1], label)
                for first, end, label in tag_spans(tags)
            ]
        return found

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-SKILL``, ``I-KNOWLEDGE``, ``O`` ...) for one tokenized sentence."""
        tags = self._weights.tags
        path = best_path(self.emissions(words), self._into)
        return [tags[i] for i in path]

    def emissions(self, words: Sequence[str]) -> list[Vector]:
        """Per word, the summed weights of what ``sentence_features`` would give it."""
        rows = [self._scores(word) for word in words]
        state = self._weights.state
        last = len(rows) - 1
        out: list[Vector] = []
        for i, row in enumerate(rows):
            parts = [row.own, rows[i - 1].left1 if i >= 1 else self._bos]
            parts.append(rows[i + 1].right1 if i < last else self._eos)
            if i >= 2:
                parts.append(rows[i - 2].left2)
            if i + 2 <= last:
                parts.append(rows[i + 2].right2)
            if i >= 1 and (pair := state.get(_bigram("b-=", rows[i - 1].lower, row.lower))):
                parts.append(pair)
            if i < last and (pair := state.get(_bigram("b+=", row.lower, rows[i + 1].lower))):
                parts.append(pair)
            out.append(tuple(map(sum, zip(*parts, strict=True))))
        return out

    def _scores(self, word: str) -> _WordScores:
        found = self._cache.get(word)
        if found is None:
            features = word_features(word, self._lexicon)
            found = _WordScores(word.lower(), *map(self._weights.vector, features))
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[word] = found
        return found


# --- loading -------------------------------------------------------------------------------------


def data_folder() -> Traversable:
    """The folder holding the shipped weights and lexicon."""
    return resources.files("jobsift.extract").joinpath("data")


def load_skill_tagger(folder: Traversable | Path | None = None) -> SkillTagger:
    """The shipped tagger (or the one a build wrote into ``folder``)."""
    where = data_folder() if folder is None else folder
    weights = read_weights(_read(where, WEIGHTS_FILE))
    return SkillTagger(weights, read_lexicon(_read(where, LEXICON_FILE)))


def read_weights(raw: bytes) -> CrfWeights:
    """Parses the gzip JSON weights: ``{"format", "tags", "transitions", "state"}``."""
    doc = _json(raw, WEIGHTS_FILE)
    try:
        if doc["format"] != FORMAT:
            raise ValueError(f"format {doc['format']!r}, expected {FORMAT!r}")
        tags = tuple(str(tag) for tag in doc["tags"])
        transitions = tuple(_vector(row, len(tags)) for row in doc["transitions"])
        state = {str(name): _vector(row, len(tags)) for name, row in doc["state"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise SkillTaggerDataError(f"{WEIGHTS_FILE} is malformed: {error}", hint=_HINT) from None
    if len(transitions) != len(tags):
        raise SkillTaggerDataError(f"{WEIGHTS_FILE}: one transition row per tag", hint=_HINT)
    return CrfWeights(tags, transitions, state)


def _vector(row: object, size: int) -> Vector:
    if not isinstance(row, list) or len(row) != size:
        raise ValueError(f"expected {size} weights, got {row!r}")
    return tuple(float(value) for value in row)


def read_lexicon(raw: bytes) -> Lexicon:
    """Parses the gzip JSON lexicon: ``{"words": {"develop": "a8 h8", ...}}``."""
    try:
        words = _json(raw, LEXICON_FILE)["words"]
        return {str(word): tuple(flags.split()) for word, flags in words.items()}
    except (KeyError, TypeError, AttributeError) as error:
        raise SkillTaggerDataError(f"{LEXICON_FILE} is malformed: {error}", hint=_HINT) from None


def _json(raw: bytes, name: str) -> dict[str, Any]:
    try:
        doc = orjson.loads(gzip.decompress(raw))
    except (OSError, EOFError, orjson.JSONDecodeError) as error:
        raise SkillTaggerDataError(f"{name} is unreadable: {error}", hint=_HINT) from None
    if not isinstance(doc, dict):
        raise SkillTaggerDataError(f"{name} is not a JSON object", hint=_HINT)
    return doc


def _read(folder: Traversable | Path, name: str) -> bytes:
    try:
        return folder.joinpath(name).read_bytes()
    except OSError as error:
        raise SkillTaggerDataError(f"cannot read {name} in {folder}: {error}", hint=_HINT) from None


__all__ = [
    "VERSION",
    "CrfWeights",
    "SkillTagger",
    "SkillTaggerDataError",
    "Span",
    "load_skill_tagger",
    "sentence_features",
    "sentences",
    "tag_spans",
    "tokenize",
    "viterbi",
]
