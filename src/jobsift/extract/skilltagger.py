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

Why a CRF and not a transformer: no torch, a load in a fraction of a second, about a
millisecond or less per 300-word posting, and loose span F1 0.68 on SkillSpan test (target
0.60; strict F1 0.42, where ESCOXLM-R reports 0.626).  A dictionary of ESCO labels and
technology names scores 0.40 loose: most spans are phrases no taxonomy lists.  Features: the
word, its affixes and shape, the words up to two away, the two word bigrams, and lexicon flags
built from the ESCO skill labels and our technology catalog.

The build trains with CRFsuite and exports its weights (``skill-tagger.v1.weights.json.gz``,
with a penalty on the O tag chosen on dev folded in, because the bare CRF finds too few spans);
decoding is done here, because handing CRFsuite ~25 feature strings per token cost more than
all the rest.  Every word's share of the scores is computed once and cached.  A text longer
than a line or two is decoded in numpy: the emissions of all its tokens in one matrix, then one
Viterbi pass for all its sentences in step (one numpy step per token position, not per token).
Shorter texts take the plain-Python path, which is also the reference: the numpy path does the
same additions in the same order and breaks ties the same way, so it finds the same spans.

Text of any length is cut into sentences (line breaks, ``. ! ? ;``) and tokens (runs of word
characters joined by ``- ' . / + # &``, or single other characters); spans start and end on
token boundaries.  A tagger holds no per-call state, so one instance may be shared by threads.
"""

from __future__ import annotations

import gzip
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import repeat
from operator import add
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt
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
#: Scores are cached per token text (200 bytes packed, 1.2 kB more as tuples if the word is met
#: in a short text); past this many (~5-30 MB) a cache stops growing.  Word frequencies are
#: Zipfian: the first words seen cover most later tokens.
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


# --- batch decoding: all sentences of a text at once, in numpy ------------------------------------
#
# ``SkillTagger.emissions`` and ``best_path`` above are the reference, in plain Python.  The batch
# path does the very same floating-point additions, in the same order, and breaks ties the same
# way (the first best tag wins), so it finds the same tags bit for bit, not merely nearly: the
# weights have six decimals, so two paths can score exactly the same.  The one difference is that
# a term the reference skips (a bigram the model does not know, a word two away past a sentence's
# end) adds 0.0 here; that changes no value (at most the sign of a zero, which no comparison
# sees).

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
BoolArray = npt.NDArray[np.bool_]
_Array = TypeVar("_Array", bound=npt.NDArray[Any])

#: ``TOKEN_RE`` with possessive quantifiers and a look-ahead that lets the engine skip whitespace
#: fast (the same tokens, found sooner), in a group: ``split`` gives whitespace and tokens in turn.
_SPLIT_RE: Final = re.compile(r"((?=\S)(?:\w++(?:[-'’./+#&]\w++)*+[+#]*+|.))")
#: By code point (all of 128 and above at 128): does a token starting with it end a sentence?
_ENDERS: Final = np.isin(np.arange(129), [ord(char) for char in _SENTENCE_END])
_ENDERS.flags.writeable = False
_NEWLINE: Final = ord("\n")
#: Rows of a word's packed scores, in ``WordFeatures`` order.
_OWN, _LEFT2, _LEFT1, _RIGHT1, _RIGHT2 = range(5)
#: Tag kinds, for turning tags into spans without strings.
_OUTSIDE, _BEGIN, _INSIDE = range(3)
#: Sentences decoded in one batch, which bounds the memory a very long text takes.
_BATCH_SENTENCES: Final = 256
#: Up to this many characters (a line or two) a text is tagged in plain Python, and a sentence
#: of up to this many words: numpy's cost per call outweighs its speed on so few tokens.
_SHORT_TEXT: Final = 200
_SHORT_SENTENCE: Final = 30
#: Two of these stand between sentences in the batch; no token is empty.  Its packed scores
#: give BOS or EOS to the first or last word beside it and nothing to the others.
_GAP: Final = ""


class _Layout(NamedTuple):
    """Where each token sits: sentences are runs of tokens, the last one marked in ``last``."""

    first: BoolArray
    last: BoolArray
    sentence: IntArray
    position: IntArray
    starts: IntArray
    lengths: IntArray

    @classmethod
    def of(cls, last: BoolArray) -> _Layout:
        first = np.empty(len(last), np.bool_)
        first[0] = True
        first[1:] = last[:-1]
        starts = first.nonzero()[0]
        sentence = np.add.accumulate(first, dtype=np.intp) - 1
        position = np.arange(len(last)) - starts[sentence]
        lengths = last.nonzero()[0] - starts + 1
        return cls(first, last, sentence, position, starts, lengths)


class _Tokens(NamedTuple):
    """What ``sentences`` gives, as arrays: the same tokens, offsets and sentence ends."""

    words: list[str]
    starts: IntArray
    stops: IntArray
    layout: _Layout


def _tokens(text: str) -> _Tokens | None:
    """The tokens of ``text`` and its sentences, or None if it has no token."""
    parts = _SPLIT_RE.split(text)
    if len(parts) == 1:
        return None
    sizes = np.fromiter(map(len, parts), np.intp, len(parts))
    stops = np.add.accumulate(sizes)[1::2]
    starts = stops - sizes[1::2]
    return _Tokens(parts[1::2], starts, stops, _sentence_layout(text, starts))


def _sentence_layout(text: str, starts: IntArray) -> _Layout:
    """Sentences as ``sentences`` cuts them: at line breaks, after ``. ! ? ;``, and after every
    ``_MAX_SENTENCE_TOKENS`` tokens of a longer run."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    line = np.searchsorted((codes == _NEWLINE).nonzero()[0], starts)
    last = np.empty(len(starts), np.bool_)
    np.not_equal(line[1:], line[:-1], out=last[:-1])
    last[-1] = True
    last |= _ENDERS[np.minimum(codes[starts], len(_ENDERS) - 1)]
    layout = _Layout.of(last)
    if layout.lengths.max() <= _MAX_SENTENCE_TOKENS:
        return layout
    return _Layout.of(last | (layout.position % _MAX_SENTENCE_TOKENS == _MAX_SENTENCE_TOKENS - 1))


def _read_only(array: _Array) -> _Array:
    array.flags.writeable = False
    return array


class _PairTable(NamedTuple):
    """The ``b-=`` and ``b+=`` weights by word pair, found with numpy: each word that is part
    of a pair has a number (``words``; any other word is ``len(words)``), a pair's key is
    ``first * (len(words) + 1) + second``, and ``rows[i]`` holds the pair ``keys[i]``'s ``b-=``
    then ``b+=`` weights (zeros for one it lacks).  A last key, above all, has zero weights."""

    words: dict[str, int]
    keys: IntArray
    rows: FloatArray

    @classmethod
    def of(cls, state: dict[str, Vector], size: int) -> _PairTable:
        found: dict[tuple[str, str], list[Vector]] = {}
        for name, vector in state.items():
            side = {"b-=": 0, "b+=": 1}.get(name[:3])
            if side is None:
                continue
            pair = name[3:]
            # SkillSpan's words may hold "|", ours never do (but "|" alone): file every split,
            # so that exactly the pairs whose joined name is in ``state`` are found.
            for at, char in enumerate(pair):
                if char == "|" and 0 < at < len(pair) - 1:  # no token is empty
                    split = pair[:at], pair[at + 1 :]
                    found.setdefault(split, [(0.0,) * size] * 2)[side] = vector
        words = {word: i for i, word in enumerate(dict.fromkeys(itertools.chain(*found)))}
        base = len(words) + 1
        keys = np.array([words[a] * base + words[b] for a, b in found] + [base * base], np.intp)
        rows = np.array([*found.values(), [(0.0,) * size] * 2], np.float64)
        order = keys.argsort()
        return cls(words, _read_only(keys[order]), _read_only(rows[order]))

    def lookup(self, numbers: FloatArray) -> FloatArray:
        """``[pair, b-= or b+=, tag]`` for the pairs of neighbours among words so numbered."""
        ids = numbers.astype(np.intp)
        keys = ids[:-1] * (len(self.words) + 1) + ids[1:]
        at = np.searchsorted(self.keys, keys)  # a real pair's index, or that of one above
        rows: FloatArray = self.rows[np.where(self.keys[at] == keys, at, len(self.keys) - 1)]
        return rows


class _Decoder:
    """The batch path's fixed arrays (read-only, shared by threads) and its steps."""

    def __init__(self, weights: CrfWeights) -> None:
        size = len(weights.tags)
        zero = (0.0,) * size
        self.size = size
        self.transitions = _read_only(np.array(weights.transitions, np.float64))
        bos, eos = weights.state.get("BOS", zero), weights.state.get("EOS", zero)
        self.pairs = _PairTable.of(weights.state, size)
        self.gap = self.pack([zero, zero, bos, eos, zero], _GAP)  # rows in WordFeatures order
        kinds, names = zip(*map(_kind_and_name, weights.tags), strict=True)
        self.labels: tuple[SpanLabel, ...] = tuple(TAG_LABELS[n] for n in dict.fromkeys(names) if n)
        self.kinds = _read_only(np.array(kinds, np.int8))
        self.label_of = _read_only(np.array([self._label_index(name) for name in names], np.intp))

    def _label_index(self, name: str) -> int:
        return self.labels.index(TAG_LABELS[name]) if name else -1

    def pack(self, vectors: Sequence[Vector], word: str) -> bytes:
        """A word's scores (``WordFeatures`` order) and its number in the pair table."""
        number = self.pairs.words.get(word.lower(), len(self.pairs.words))
        return np.array([*itertools.chain(*vectors), number], np.float64).tobytes()

    def emissions(self, table: FloatArray) -> FloatArray:
        """``SkillTagger.emissions`` for every word but the two at each end, which are gaps:
        own scores, then ±1 (BOS/EOS beside a gap), ±2 and the two bigrams, in that order;
        ``table`` has a row of packed scores per word."""
        size = self.size
        own, left2, left1, right1, right2 = (table[:, i * size : (i + 1) * size] for i in range(5))
        pairs = self.pairs.lookup(table[:, -1])
        out = own[2:-2] + left1[1:-3]
        out += right1[3:-1]
        out += left2[:-4]
        out += right2[4:]
        out += pairs[1:-2, 0]  # the pair of the word before and this one, as b-=
        out += pairs[2:-1, 1]  # the pair of this word and the next, as b+=
        return out

    def best_tags(self, emissions: FloatArray, layout: _Layout) -> list[int]:
        """``best_path`` for every sentence, as one list of tag indices; ``emissions`` has
        the two gap rows between sentences."""
        length, count = int(layout.lengths.max()), len(layout.lengths)
        at = layout.position * count + layout.sentence  # [position, sentence], flattened
        padded = np.zeros((length * count, self.size))
        padded[at] = emissions[layout.sentence * 2 + np.arange(len(at))]  # skip the gaps
        # [position, tag, current tag, sentence]: repeated along the current (the next step's)
        # tag, so that each step's adds are plain ones, several times faster than broadcasts.
        repeated = np.empty((length, self.size, self.size, count))
        repeated[...] = padded.reshape(length, count, self.size).transpose(0, 2, 1)[:, :, None]
        scores = self._forward(repeated).transpose(0, 2, 1).reshape(length * count, self.size)
        return self._backtrack(scores, at, layout)

    def _forward(self, repeated: FloatArray) -> FloatArray:
        """``[position, tag, sentence]``: ``best_path``'s table for all sentences in step, padded
        to the longest (scores past a sentence's end are never read); ``repeated`` holds the
        emissions and becomes the scores."""
        size, count = self.size, repeated.shape[-1]
        into = np.empty((size, size, count))
        into[...] = self.transitions[:, :, None]  # [previous, current, sentence]
        work, best = np.empty((size, size, count)), np.empty((size, 1, count))
        # The loop runs once per position: its views are made beforehand.
        add, most, best_2d, steps = np.add, np.maximum.reduce, best[:, 0], list(repeated)
        for before, now in itertools.pairwise(steps):
            add(before, into, work)
            most(work, axis=0, out=best_2d)
            add(best, now, now)
        scores: FloatArray = repeated[:, :, 0, :]
        return scores

    def _backtrack(self, scores: FloatArray, at: IntArray, layout: _Layout) -> list[int]:
        """The way back of ``best_path``; ``scores[at[i]]`` are token ``i``'s."""
        pointers = self._pointers(scores[np.maximum(at - len(layout.lengths), 0)]).tolist()
        last = layout.starts + layout.lengths - 1
        finals = scores[at[last]].argmax(1).tolist()
        path: list[int] = []  # backwards, from the last token of the last sentence
        sentences = zip(layout.starts.tolist(), last.tolist(), finals, strict=True)
        for first, end, final in reversed(list(sentences)):
            tag = final
            path.append(tag)
            for row in pointers[end:first:-1]:
                tag = row[tag]
                path.append(tag)
        path.reverse()
        return path

    def _pointers(self, previous: FloatArray) -> IntArray:
        """``[token, tag]``: the best tag before, given the scores ``previous[token, tag]``:
        the first best of ``previous + transitions`` (as ``list.index(max(...))`` finds it)."""
        before = previous.T  # [tag before, token]
        best = before[0] + self.transitions[0][:, None]  # [tag, token]
        pointers = np.zeros(best.shape, np.intp)
        for tag in range(1, self.size):
            candidate = before[tag] + self.transitions[tag][:, None]
            np.copyto(pointers, tag, where=candidate > best)
            np.maximum(best, candidate, out=best)
        found: IntArray = pointers.T
        return found

    def spans(self, path: list[int], tokens: _Tokens) -> list[Span]:
        """``tag_spans`` on every sentence, as character spans."""
        tags = np.fromiter(path, np.intp, len(path))
        kind, label = self.kinds[tags], self.label_of[tags]
        inside = kind != _OUTSIDE
        # A token goes on with a span if it is I- of the type of the span its predecessor is in.
        goes_on = np.zeros(len(tags) + 1, np.bool_)
        goes_on[1:-1] = (kind[1:] == _INSIDE) & inside[:-1] & (label[1:] == label[:-1])
        goes_on[:-1] &= ~tokens.layout.first
        opens = (inside & ~goes_on[:-1]).nonzero()[0]
        closes = (inside & ~goes_on[1:]).nonzero()[0]
        names = [self.labels[i] for i in label[opens].tolist()]
        starts, stops = tokens.starts[opens].tolist(), tokens.stops[closes].tolist()
        return list(zip(starts, stops, names, strict=True))


def _kind_and_name(tag: str) -> tuple[int, str]:
    kind, _, name = tag.partition("-")
    if kind in ("B", "I"):
        if name not in TAG_LABELS:
            raise SkillTaggerDataError(f"{WEIGHTS_FILE}: unknown tag {tag!r}", hint=_HINT)
        return (_BEGIN if kind == "B" else _INSIDE), name
    return _OUTSIDE, ""


# --- the tagger --------------------------------------------------------------------------------


class _WordScores(NamedTuple):
    lower: str
    own: Vector
    left2: Vector
    left1: Vector
    right1: Vector
    right2: Vector


class SkillTagger:
    """Finds skill and knowledge spans; share one instance, it is thread-safe."""

    def __init__(self, weights: CrfWeights, lexicon: Lexicon) -> None:
        self._weights = weights
        self._lexicon = lexicon
        self._decoder = _Decoder(weights)
        # Packed scores per word; holds only immutable results, so a race at worst computes
        # one entry twice.  The gap between sentences is filed under "", which no token is.
        self._cache: dict[str, bytes] = {_GAP: self._decoder.gap}
        # The same as tuples, for the plain path (short texts).
        self._plain_cache: dict[str, _WordScores] = {}
        self._row_bytes = len(self._decoder.gap)
        zero = (0.0,) * len(weights.tags)
        self._bos = weights.state.get("BOS", zero)
        self._eos = weights.state.get("EOS", zero)
        self._into = incoming(weights.transitions)

    @property
    def version(self) -> str:
        return VERSION

    def spans(self, text: str) -> list[Span]:
        """``(start, end, label)`` character spans ``[start, end)`` in ``text``, in order."""
        # numpy costs ~60 calls per text whatever its size: a line is quicker in plain Python.
        if len(text) <= _SHORT_TEXT:
            return self._plain_spans(text)
        return self._batch_spans(text)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-SKILL``, ``I-KNOWLEDGE``, ``O`` ...) for one tokenized sentence."""
        if len(words) <= _SHORT_SENTENCE or _GAP in words:  # "" is no token, but a word here
            tags = self._weights.tags
            return [tags[i] for i in best_path(self.emissions(words), self._into)]
        return self._batch_tag(words)

    def _plain_spans(self, text: str) -> list[Span]:
        """``spans`` sentence by sentence in plain Python: the reference for the batch path."""
        found: list[Span] = []
        for sentence in sentences(text):
            path = best_path(self.emissions([token[2] for token in sentence]), self._into)
            tags = tag_spans([self._weights.tags[i] for i in path])
            found += [(sentence[a][0], sentence[b - 1][1], label) for a, b, label in tags]
        return found

    def _batch_spans(self, text: str) -> list[Span]:
        tokens = _tokens(text)
        if tokens is None:
            return []
        return self._decoder.spans(self._best_tags(tokens.words, tokens.layout), tokens)

    def _batch_tag(self, words: Sequence[str]) -> list[str]:
        if not words:
            return []
        last = np.zeros(len(words), np.bool_)
        last[-1] = True
        tags = self._weights.tags
        return [tags[i] for i in self._best_tags(list(words), _Layout.of(last))]

    def _best_tags(self, words: list[str], layout: _Layout) -> list[int]:
        """Tag indices for ``words``, decoded ``_BATCH_SENTENCES`` sentences at a time."""
        cuts = layout.starts[_BATCH_SENTENCES::_BATCH_SENTENCES].tolist()
        path: list[int] = []
        for start, end in itertools.pairwise([0, *cuts, len(words)]):
            part = _Layout.of(layout.last[start:end]) if cuts else layout
            spaced = self._spaced(words, part.starts.tolist(), start, end)
            emissions = self._decoder.emissions(self._table(spaced))
            path += self._decoder.best_tags(emissions, part)
        return path

    @staticmethod
    def _spaced(words: list[str], starts: list[int], start: int, end: int) -> list[str]:
        """``words[start:end]`` with two gaps before, between and after its sentences."""
        spaced: list[str] = []
        for first, stop in itertools.pairwise([*starts, end - start]):
            spaced += (_GAP, _GAP, *words[start + first : start + stop])
        spaced += (_GAP, _GAP)
        return spaced

    def _table(self, words: list[str]) -> FloatArray:
        """The words' packed scores, a row each (see ``_Decoder.pack``)."""
        rows = list(map(self._cache.get, words, repeat(b"")))
        packed = b"".join(rows)
        if len(packed) != len(words) * self._row_bytes:  # some word was not cached yet
            pairs = zip(rows, words, strict=True)
            packed = b"".join([row or self._packed(word) for row, word in pairs])
        table: FloatArray = np.frombuffer(packed, np.float64)
        return table.reshape(len(words), -1)

    def emissions(self, words: Sequence[str]) -> list[Vector]:
        """Per word, the summed weights of what ``sentence_features`` would give it, in plain
        Python: the reference that ``spans`` matches bit for bit."""
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
        found = self._plain_cache.get(word)
        if found is None:
            values = memoryview(self._packed(word)).cast("d").tolist()
            size = len(self._weights.tags)
            own, left2, left1, right1, right2 = (
                tuple(values[at : at + size]) for at in range(0, 5 * size, size)
            )
            found = _WordScores(word.lower(), own, left2, left1, right1, right2)
            if len(self._plain_cache) < _CACHE_LIMIT:
                self._plain_cache[word] = found
        return found

    def _packed(self, word: str) -> bytes:
        found = self._cache.get(word) if word != _GAP else None
        if found is None:
            vectors = [*map(self._weights.vector, word_features(word, self._lexicon))]
            found = self._decoder.pack(vectors, word)
            if len(self._cache) < _CACHE_LIMIT and word != _GAP:
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
