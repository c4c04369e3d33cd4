"""``jobsift eval skillspan``: skill and knowledge span F1 on the SkillSpan test split.

SkillSpan (Zhang et al., NAACL 2022; MIT) gives English job-posting sentences as tokens with two
BIO layers, one for SKILL and one for KNOWLEDGE (``skillspan/data/json/test.json``).  Each
sentence is joined with single spaces and passed to the tagger as text, the path postings take;
a predicted character span becomes the range of gold tokens it touches.

* strict: a predicted span is right when a gold span of the same type has the same tokens;
* loose: a predicted span is right when it overlaps a gold span of the same type (precision),
  and a gold span is found when a predicted span of its type overlaps it (recall);
* "skill+knowledge" adds up both types (micro average), as the published scores do.

ESCOXLM-R reports strict span F1 62.6 on this test split (skill and knowledge combined).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import orjson

from jobsift.evaluation.base import EvalDataError, EvalResult, Metric

#: (first token, end token, label): a span over a tokenized sentence.
TokenSpan = tuple[int, int, str]
SUBSETS = ("skill+knowledge", "skill", "knowledge")
BASELINES = {"ESCOXLM-R (strict)": 0.626}
SPLITS = ("train", "dev", "test")


class SpanFinder(Protocol):
    """What is evaluated: ``SkillTagger`` or a stand-in with the same method."""

    def spans(self, text: str) -> Sequence[tuple[int, int, str]]: ...


@dataclass(frozen=True, slots=True)
class GoldSentence:
    tokens: tuple[str, ...]
    spans: frozenset[TokenSpan]


@dataclass(slots=True)
class Counts:
    """What P/R/F1 are computed from; loose hits differ on each side (see the module notes)."""

    predicted: int = 0
    gold: int = 0
    strict: int = 0
    loose_predicted: int = 0
    loose_gold: int = 0

    def add(self, predicted: set[TokenSpan], gold: frozenset[TokenSpan] | set[TokenSpan]) -> None:
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.strict += len(predicted & gold)
        self.loose_predicted += sum(any(_overlap(p, g) for g in gold) for p in predicted)
        self.loose_gold += sum(any(_overlap(p, g) for p in predicted) for g in gold)

    def strict_prf(self) -> tuple[float, float, float]:
        return prf(self.strict, self.predicted, self.strict, self.gold)

    def loose_prf(self) -> tuple[float, float, float]:
        return prf(self.loose_predicted, self.predicted, self.loose_gold, self.gold)


def prf(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side scores 0 rather than dividing by zero."""
    precision = right / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    total = precision + recall
    return precision, recall, 2 * precision * recall / total if total else 0.0


def _overlap(a: TokenSpan, b: TokenSpan) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


# --- reading -------------------------------------------------------------------------------------


def split_file(data: Path, split: str) -> Path:
    return data / "skillspan" / "data" / "json" / f"{split}.json"


def read_split(data: Path, split: str = "test") -> list[GoldSentence]:
    """The sentences of one SkillSpan split under the shared data folder ``data``."""
    path = split_file(data, split)
    if not path.is_file():
        raise EvalDataError(
            f"{path} is missing",
            hint="skillspan reads skillspan/data/json/{train,dev,test}.json under the data folder",
        )
    return [_sentence(path, n, line) for n, line in _lines(path)]


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with path.open("rb") as lines:
        for n, line in enumerate(lines, 1):
            if line.strip():
                yield n, line


def _sentence(path: Path, n: int, line: bytes) -> GoldSentence:
    try:
        row = orjson.loads(line)
        tokens = tuple(str(token) for token in row["tokens"])
        skill, knowledge = row["tags_skill"], row["tags_knowledge"]
    except (orjson.JSONDecodeError, KeyError, TypeError) as error:
        raise EvalDataError(
            f"{path}, line {n}: not a SkillSpan sentence ({error})",
            hint='expected {"tokens": [...], "tags_skill": [...], "tags_knowledge": [...]}',
        ) from None
    if not len(tokens) == len(skill) == len(knowledge):
        raise EvalDataError(f"{path}, line {n}: tokens and tags differ in length")
    spans = bio_spans(skill, "skill") | bio_spans(knowledge, "knowledge")
    return GoldSentence(tokens, frozenset(spans))


def bio_spans(tags: Sequence[str], label: str) -> set[TokenSpan]:
    """Token ranges of one BIO layer (``B``/``I``/``O``, with or without a ``-TYPE`` suffix);
    an ``I`` after ``O`` opens a span, as conlleval does."""
    spans: set[TokenSpan] = set()
    start = -1
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[:1]
        if start >= 0 and kind != "I":
            spans.add((start, i, label))
            start = -1
        if kind in ("B", "I") and start < 0:
            start = i
    return spans


# --- predicting and scoring ----------------------------------------------------------------------


def predict(finder: SpanFinder, tokens: Sequence[str]) -> set[TokenSpan]:
    """The finder's spans over ``" ".join(tokens)``, as ranges of the tokens they touch."""
    starts = list(_token_starts(tokens))
    ends = [start + len(token) for start, token in zip(starts, tokens, strict=True)]
    found: set[TokenSpan] = set()
    for start, end, label in finder.spans(" ".join(tokens)):
        first = bisect.bisect_right(ends, start)  # first token ending after the span starts
        last = bisect.bisect_left(starts, end)  # first token starting at or after its end
        if first < last:
            found.add((first, last, label))
    return found


def _token_starts(tokens: Sequence[str]) -> Iterator[int]:
    at = 0
    for token in tokens:
        yield at
        at += len(token) + 1


def score(
    finder: SpanFinder, gold: Iterable[GoldSentence], labels: Sequence[str] = ("skill", "knowledge")
) -> dict[str, Counts]:
    """Counts per label and for all labels together (``"+".join(labels)``)."""
    counts = {name: Counts() for name in ("+".join(labels), *labels)}
    for sentence in gold:
        predicted = predict(finder, sentence.tokens)
        counts["+".join(labels)].add(predicted, sentence.spans)
        for label in labels:
            counts[label].add(
                {s for s in predicted if s[2] == label},
                {s for s in sentence.spans if s[2] == label},
            )
    return counts


def metrics(
    counts: dict[str, Counts], baselines: dict[str, dict[str, float]]
) -> tuple[Metric, ...]:
    """Strict and loose P/R/F1 for each subset; ``baselines`` by subset, on the F1s."""
    out: list[Metric] = []
    for subset, count in counts.items():
        known = baselines.get(subset, {})
        for kind, (p, r, f1) in (("strict", count.strict_prf()), ("loose", count.loose_prf())):
            out.append(Metric(f"{kind} precision", p, subset))
            out.append(Metric(f"{kind} recall", r, subset))
            out.append(Metric(f"{kind} F1", f1, subset, dict(known)))
    return tuple(out)


def _default_finder() -> SpanFinder:
    from jobsift.extract.skilltagger import load_skill_tagger

    return load_skill_tagger()


def run(data: Path, finder: SpanFinder | None = None, split: str = "test") -> EvalResult:
    """Scores ``finder`` (the shipped skill tagger by default) on a SkillSpan split."""
    gold = read_split(data, split)
    finder = finder or _default_finder()
    started = time.perf_counter()
    counts = score(finder, gold)
    return EvalResult(
        name="skillspan" if split == "test" else f"skillspan-{split}",
        metrics=metrics(counts, {"skill+knowledge": BASELINES}),
        count=len(gold),
        seconds=time.perf_counter() - started,
        notes=(
            f"SkillSpan {split} split, {len(gold)} sentences, "
            f"{counts['skill+knowledge'].gold} gold spans",
            "strict: same tokens and type; loose: overlapping span of the same type",
            "ESCOXLM-R's 62.6 is strict span F1; it is shown beside both F1s for comparison",
        ),
    )
