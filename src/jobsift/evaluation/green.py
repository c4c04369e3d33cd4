"""``jobsift eval green``: skill span F1 on the Green et al. (LREC 2022) gold test set.

``green-2022/raw_data/testset.txt`` (CC BY 4.0) holds 336 job-ad sentences, one ``token TAG``
per line, sentences apart by blank lines, with BIO spans of five types: Skill, Qualification,
Experience, Occupation, Domain.  Sentences are scored like SkillSpan (see
``jobsift.evaluation.skillspan``: joined with spaces, strict and loose span matching).

What is scored: the gold **Skill** spans against every span the tagger finds, skill or
knowledge alike.  Green's Skill covers both SkillSpan types ("influence cross functional teams",
"Excel"), so the tagger's type is ignored.  Qualification ("ACCA qualified"), Experience
("5 years"), Occupation and Domain ("healthcare") are not skills in SkillSpan's sense and our
tagger was never taught them; a prediction overlapping only such a span counts as wrong.

ESCOXLM-R reports span F1 51.2 on this set, over all five types, after fine-tuning on Green's
own crowd-labelled train split, which we do not have and did not use; it is shown beside our
strict Skill F1 as the nearest published figure, not a like-for-like one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from jobsift.evaluation.base import EvalDataError, EvalResult, Metric
from jobsift.evaluation.skillspan import (
    Counts,
    GoldSentence,
    SpanFinder,
    TokenSpan,
    bio_spans,
    predict,
)

SCORED = "Skill"
LABELS = ("Skill", "Qualification", "Experience", "Occupation", "Domain")
#: ESCOXLM-R's score covers all five types, after fine-tuning on Green's train split.
BASELINES = {"ESCOXLM-R (5 types, strict)": 0.512}


def gold_file(data: Path) -> Path:
    return data / "green-2022" / "raw_data" / "testset.txt"


def read_gold(data: Path) -> list[GoldSentence]:
    """The test sentences; each span is labelled with its Green type."""
    path = gold_file(data)
    if not path.is_file():
        raise EvalDataError(
            f"{path} is missing", hint="green reads green-2022/raw_data/testset.txt"
        )
    return [_sentence(path, rows) for rows in _blocks(path.read_text("utf-8").splitlines())]


def _blocks(lines: list[str]) -> Iterator[list[tuple[int, str]]]:
    block: list[tuple[int, str]] = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            block.append((n, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _sentence(path: Path, rows: list[tuple[int, str]]) -> GoldSentence:
    tokens: list[str] = []
    tags: list[str] = []
    for n, line in rows:
        parts = line.split()
        if len(parts) != 2 or not (parts[1] == "O" or parts[1][2:] in LABELS):
            raise EvalDataError(f"{path}, line {n}: expected 'token TAG', got {line!r}")
        tokens.append(parts[0])
        tags.append(parts[1])
    spans: set[TokenSpan] = set()
    for label in LABELS:
        layer = [tag if tag[2:] == label else "O" for tag in tags]
        spans |= bio_spans(layer, label)
    return GoldSentence(tuple(tokens), frozenset(spans))


def score(finder: SpanFinder, gold: list[GoldSentence]) -> Counts:
    """Gold Skill spans against all predicted spans, types ignored."""
    counts = Counts()
    for sentence in gold:
        predicted = {(first, end, SCORED) for first, end, _ in predict(finder, sentence.tokens)}
        counts.add(predicted, {s for s in sentence.spans if s[2] == SCORED})
    return counts


def _default_finder() -> SpanFinder:
    from jobsift.extract.skilltagger import load_skill_tagger

    return load_skill_tagger()


def run(data: Path, finder: SpanFinder | None = None) -> EvalResult:
    """Scores ``finder`` (the shipped skill tagger by default) on Green's gold test set."""
    gold = read_gold(data)
    finder = finder or _default_finder()
    started = time.perf_counter()
    counts = score(finder, gold)
    out: list[Metric] = []
    for kind, (p, r, f1) in (("strict", counts.strict_prf()), ("loose", counts.loose_prf())):
        out.append(Metric(f"{kind} precision", p, SCORED))
        out.append(Metric(f"{kind} recall", r, SCORED))
        out.append(Metric(f"{kind} F1", f1, SCORED, dict(BASELINES) if kind == "strict" else {}))
    return EvalResult(
        name="green",
        metrics=tuple(out),
        count=len(gold),
        seconds=time.perf_counter() - started,
        notes=(
            f"{len(gold)} sentences, {counts.gold} gold Skill spans",
            "gold Skill spans vs all predicted spans (skill or knowledge); other Green types "
            "are not scored",
            "ESCOXLM-R (51.2): all five types, fine-tuned on Green's train split; "
            "jobsift: Skill only, trained on SkillSpan alone",
        ),
    )
