"""Build ``src/jobsift/extract/data/skill-tagger.v1.*``: the skill and knowledge span tagger.

    python scripts/build_skill_tagger.py [--data ../shared/data] [--select]

Reads SkillSpan (``<data>/skillspan/data/json/{train,dev}.json``; MIT, Zhang et al. 2022),
never its test split.  Writes

* ``skill-tagger.v1.lexicon.json.gz``: per lowercased word, how often it starts an ESCO skill
  label, how often it occurs in one, and whether it is (part of) a technology name in our
  catalog, as bucketed flags;
* ``skill-tagger.v1.weights.json.gz``: a linear-chain CRF trained with CRFsuite (L-BFGS, L1+L2)
  on the train split with the features of ``jobsift.extract.skilltagger``, its weights exported
  for that module's decoder (CRFsuite is needed to build, not to run).

``--select`` first tries each regularisation setting in ``GRID`` on dev and keeps the best
loose F1; without it the settings chosen that way (``C1``, ``C2``) are used.  Then a penalty
on the O tag (``O_PENALTIES``, see ``with_o_penalty``) is chosen on dev, by loose F1.  CRFsuite's
L-BFGS is deterministic, and the input order is fixed, so the same data builds the same model.
"""

from __future__ import annotations

import argparse
import gzip
import math
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import orjson

try:
    import pycrfsuite  # type: ignore[import-untyped, import-not-found, unused-ignore]
except ImportError:
    # Only the build trains; jobsift itself decodes the exported weights without CRFsuite.
    sys.exit("build_skill_tagger.py needs CRFsuite: pip install 'python-crfsuite>=0.9.10'")

from jobsift.evaluation.skillspan import GoldSentence, read_split, score
from jobsift.extract.skilltagger import (
    FORMAT,
    LEXICON_FILE,
    TOKEN_RE,
    WEIGHTS_FILE,
    CrfWeights,
    Lexicon,
    SkillTagger,
    read_lexicon,
    read_weights,
    sentence_features,
)
from jobsift.taxonomy import load_taxonomy
from jobsift.technologies import load_catalog

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "jobsift" / "extract" / "data"
DATA = ROOT.parent / "shared" / "data"
#: Chosen with --select on dev (loose F1, skill+knowledge).
C1, C2 = 0.05, 0.01
GRID = ((0.05, 0.01), (0.1, 0.01), (0.2, 0.01), (0.4, 0.01), (0.1, 0.1))
MAX_ITERATIONS = 150
#: Tried on dev after training; see ``with_o_penalty``.
O_PENALTIES = (0.0, 0.25, 0.5, 0.75, 1.0)
TAGS = {"skill": "SKILL", "knowledge": "KNOWLEDGE"}


# --- lexicon -------------------------------------------------------------------------------------


def build_lexicon() -> dict[str, str]:
    """``word -> "h3 a5 tc"``: ESCO head and any-position counts (log2 buckets), tech flags."""
    heads: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    for label in load_taxonomy().skill_labels():
        words = [w.lower() for w in TOKEN_RE.findall(label.text)]
        if words:
            heads[words[0]] += 1
            anywhere.update(set(words))
    tech: dict[str, str] = {}
    for surface, _, _ in load_catalog().surfaces():
        words = [w.lower() for w in TOKEN_RE.findall(surface)]
        for word in words:
            if len(words) == 1 or word not in tech:
                tech[word] = "tc" if len(words) == 1 else "tm"
    flags: dict[str, list[str]] = {}
    for word, n in anywhere.items():
        flags.setdefault(word, []).append(f"a{_bucket(n)}")
    for word, n in heads.items():
        flags[word].append(f"h{_bucket(n)}")
    for word, flag in tech.items():
        flags.setdefault(word, []).append(flag)
    return {word: " ".join(sorted(found)) for word, found in sorted(flags.items())}


def _bucket(n: int) -> int:
    return min(int(math.log2(n)) + 1, 8)


# --- training data -------------------------------------------------------------------------------


def training_sequence(sentence: GoldSentence) -> tuple[list[str], list[str]]:
    """SkillSpan's tokens re-cut by our tokenizer ("posted:" -> "posted", ":"), with BIO tags.

    One type per token: where a knowledge span and a skill span overlap (rare), skill wins.
    Punctuation cut off the edge of a span's first or last token stays outside the span.
    """
    gold = [TAGS_OF_O] * len(sentence.tokens)
    for label in ("knowledge", "skill"):
        for first, end, _ in sorted(s for s in sentence.spans if s[2] == label):
            gold[first:end] = [f"I-{TAGS[label]}"] * (end - first)
            gold[first] = f"B-{TAGS[label]}"
    words: list[str] = []
    tags: list[str] = []
    for i, token in enumerate(sentence.tokens):
        inside_next = i + 1 < len(gold) and gold[i + 1].startswith("I-")
        for word, tag in _cut(token, gold[i], inside_next):
            words.append(word)
            tags.append(tag)
    return words, _repair(tags)


TAGS_OF_O = "O"


def _cut(token: str, tag: str, inside_next: bool) -> list[tuple[str, str]]:
    pieces = TOKEN_RE.findall(token)
    if tag == "O" or not pieces:
        return [(piece, "O") for piece in pieces]
    core = [i for i, piece in enumerate(pieces) if piece[0].isalnum() or piece[0] == "_"]
    first, last = (core[0], core[-1]) if core else (0, len(pieces) - 1)
    kind, label = tag.split("-", 1)
    out = []
    for i, piece in enumerate(pieces):
        if i < first:
            out.append((piece, "I-" + label if kind == "I" else "O"))
        elif i > last:
            out.append((piece, "I-" + label if inside_next else "O"))
        else:
            out.append((piece, tag if i == first else "I-" + label))
    return out


def _repair(tags: list[str]) -> list[str]:
    """An ``I-X`` that does not follow ``B-X``/``I-X`` becomes ``B-X``."""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:]):
            tags[i] = "B-" + tag[2:]
    return tags


# --- training, export and selection -------------------------------------------------------------


def train(sentences: Iterable[GoldSentence], lexicon: Lexicon, c1: float, c2: float) -> CrfWeights:
    """Trains with CRFsuite and exports its weights for our decoder."""
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for sentence in sentences:
        words, tags = training_sequence(sentence)
        if words:
            trainer.append(sentence_features(words, lexicon), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": MAX_ITERATIONS, "feature.possible_transitions": True}
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "model.crfsuite")
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        return export(tagger)


def export(tagger: pycrfsuite.Tagger) -> CrfWeights:
    info = tagger.info()
    tags = tuple(sorted(tagger.labels(), key=lambda tag: (tag != "O", tag)))
    index = {tag: i for i, tag in enumerate(tags)}
    transitions = [[0.0] * len(tags) for _ in tags]
    for (before, after), weight in info.transitions.items():
        transitions[index[before]][index[after]] = weight
    state: dict[str, list[float]] = {}
    for (feature, tag), weight in info.state_features.items():
        state.setdefault(feature, [0.0] * len(tags))[index[tag]] = weight
    return CrfWeights(
        tags,
        tuple(tuple(row) for row in transitions),
        {name: tuple(row) for name, row in sorted(state.items())},
    )


def with_o_penalty(weights: CrfWeights, penalty: float) -> CrfWeights:
    """The same model with ``penalty`` taken off the O tag's score at every token.

    Every token carries the ``bias`` feature, so lowering its O weight is exactly a penalty on
    O: spans become more likely.  The CRF alone is cautious (dev loose precision 0.73, recall
    0.57); a penalty chosen on dev trades a little precision for more recall.
    """
    state = dict(weights.state)
    bias = list(state["bias"])
    bias[weights.tags.index("O")] -= penalty
    state["bias"] = tuple(bias)
    return CrfWeights(weights.tags, weights.transitions, state)


def choose_o_penalty(weights: CrfWeights, lexicon: Lexicon, dev: Sequence[GoldSentence]) -> float:
    best = (-1.0, 0.0)
    for penalty in O_PENALTIES:
        strict, loose = dev_scores(with_o_penalty(weights, penalty), lexicon, dev)
        print(f"O penalty {penalty}: dev strict F1 {strict:.3f}, loose F1 {loose:.3f}")
        best = max(best, (loose, -penalty))  # on a tie, the smaller penalty
    return -best[1]


def weights_bytes(weights: CrfWeights, settings: dict[str, float]) -> bytes:
    doc = {
        "format": FORMAT,
        "built_with": settings,
        "tags": weights.tags,
        "transitions": weights.transitions,
        "state": weights.state,
    }
    # mtime=0 keeps the gzip bytes identical from one build to the next.
    return gzip.compress(orjson.dumps(doc), compresslevel=9, mtime=0)


def dev_scores(
    weights: CrfWeights, lexicon: Lexicon, dev: Sequence[GoldSentence]
) -> tuple[float, float]:
    """(strict F1, loose F1) on dev, skill and knowledge combined."""
    counts = score(SkillTagger(weights, lexicon), dev)["skill+knowledge"]
    return counts.strict_prf()[2], counts.loose_prf()[2]


def select(
    train_set: Sequence[GoldSentence], dev: Sequence[GoldSentence], lexicon: Lexicon
) -> tuple[float, float]:
    best = (-1.0, C1, C2)
    for c1, c2 in GRID:
        strict, loose = dev_scores(train(train_set, lexicon, c1, c2), lexicon, dev)
        print(f"c1={c1} c2={c2}: dev strict F1 {strict:.3f}, loose F1 {loose:.3f}")
        best = max(best, (loose, c1, c2))
    return best[1], best[2]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where the model files go")
    parser.add_argument("--select", action="store_true", help="choose c1/c2 on dev first")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    train_set, dev = read_split(args.data, "train"), read_split(args.data, "dev")
    raw = orjson.dumps({"version": 1, "words": build_lexicon()}, option=orjson.OPT_SORT_KEYS)
    # mtime=0 keeps the gzip bytes identical from one build to the next.
    packed = gzip.compress(raw, compresslevel=9, mtime=0)
    lexicon = read_lexicon(packed)
    c1, c2 = select(train_set, dev, lexicon) if args.select else (C1, C2)
    weights = train(train_set, lexicon, c1, c2)
    penalty = choose_o_penalty(weights, lexicon, dev)
    settings = {"c1": c1, "c2": c2, "max_iterations": MAX_ITERATIONS, "o_penalty": penalty}
    packed_weights = weights_bytes(with_o_penalty(weights, penalty), settings)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / LEXICON_FILE).write_bytes(packed)
    (args.out / WEIGHTS_FILE).write_bytes(packed_weights)
    strict, loose = dev_scores(read_weights(packed_weights), lexicon, dev)
    print(f"{settings}: dev strict F1 {strict:.3f}, loose F1 {loose:.3f}")
    print(f"built in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
