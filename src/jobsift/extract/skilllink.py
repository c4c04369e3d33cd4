"""Rank ESCO skills for a free sentence, even when no skill label occurs in it verbatim.

A lexical model, built once from the taxonomy: each ESCO skill or knowledge concept is a
document made of its labels (the preferred label counted twice, hidden labels half), indexed by
lightly stemmed words and by pairs of neighbouring words, and scored with BM25.  On top:

* a label found verbatim in the sentence (after normalization) lifts its concept, the more
  the larger the share of the sentence it covers;
* technologies named in the sentence (found with the technology catalog) add the words of
  their category that ESCO uses: "Kubernetes" brings "devops", "containerization",
  "virtualisation", so "keep our Kubernetes clusters healthy" reaches ESCO's container skills.

Scores are squashed into [0, 1]; the order is what matters.  A sentence of twenty words takes
well under five milliseconds; the index takes about a second to build.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterable, Iterator
from math import log
from typing import Final

from jobsift.extract.types import Candidate
from jobsift.taxonomy import Skill, Taxonomy
from jobsift.technologies import TechCatalog, find_technologies, load_catalog

#: Bump when the ranking for a sentence changes.
SKILLLINK_VERSION: Final = "skilllink.v1"

_K1: Final = 1.2
_B: Final = 0.75
#: raw BM25 score / (raw + _SQUASH): a score of _SQUASH maps to 0.5.
_SQUASH: Final = 12.0
#: A verbatim label covering the whole sentence closes this share of the gap to 1.
_EXACT_BOOST: Final = 0.6
#: Weight of each label role in a concept's document, and of words a technology brings.
_PREFERRED_WEIGHT: Final = 2.0
_ALTERNATIVE_WEIGHT: Final = 1.0
_HIDDEN_WEIGHT: Final = 0.5
_EXPANSION_WEIGHT: Final = 0.6
#: Terms in more documents than this only add to documents rarer terms already found.
_COMMON_DF: Final = 1500
_MAX_QUERY_WORDS: Final = 200
#: How many of the best BM25 candidates are reranked by label coverage, and how much a
#: preferred label the sentence does not cover at all costs.
_SHORTLIST: Final = 50
_UNCOVERED_PENALTY: Final = 0.3
_MAX_LABEL_NGRAM: Final = 6

# Derivational endings, longest first; one is cut when at least _SHORTEST_STEM letters remain.
_DERIVATIONS: Final = ("ership", "ment", "ation", "ion", "ate", "er", "or")
_SHORTEST_STEM: Final = 4
_WORD: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# fmt: off
_STOPWORDS: Final = frozenset({
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "by", "at", "from",
    "as", "be", "is", "are", "was", "were", "been", "being", "it", "its", "this", "that", "these",
    "those", "their", "them", "they", "we", "us", "our", "you", "your", "he", "she", "his", "her",
    "who", "whom", "which", "what", "when", "where", "how", "why", "can", "could", "will",
    "would", "should", "must", "may", "might", "shall", "do", "does", "did", "have", "has", "had",
    "need", "needs", "needed", "someone", "somebody", "person", "people", "looking", "want",
    "wants", "able", "ability", "abilities", "into", "about", "than", "then", "so", "such",
    "very", "also", "not", "no", "all", "any", "each", "other", "some", "more", "most", "own",
    "up", "out", "over", "under", "within", "across", "via", "etc", "i", "me", "my", "mine",
    "ours", "yours", "if", "but", "while", "both", "either", "well", "strong", "good", "great",
    "experience", "experienced", "knowledge", "skills", "skill", "candidate", "role", "job",
})
# Words ESCO uses for what a technology category is about.
_CATEGORY_WORDS: Final[dict[str, str]] = {
    "language": "computer programming software development",
    "framework": "software development computer programming",
    "library": "software development computer programming",
    "database": "database management systems query languages",
    "cloud": "cloud technologies",
    "cloud_service": "cloud technologies",
    "devops": "devops containerization virtualisation ict infrastructure deployment",
    "os": "operating systems",
    "data": "data analytics data processing",
    "ml": "machine learning artificial intelligence",
    "testing": "software testing ict test",
    "security": "ict security information security",
    "design": "graphic design user interface design",
    "office": "office software",
    "erp_crm": "enterprise resource planning customer relationship management",
    "protocol": "ict network protocols",
}
# fmt: on

Postings = list[tuple[int, float]]


class SkillLinker:
    """Ranks ESCO skills and knowledge for a sentence.  Build once (about a second) and share:
    immutable after construction, so safe across threads."""

    __slots__ = ("_catalog", "_common", "_concepts", "_heads", "_labels", "_postings", "version")

    def __init__(self, taxonomy: Taxonomy, catalog: TechCatalog | None = None) -> None:
        self.version = SKILLLINK_VERSION
        self._catalog = catalog if catalog is not None else load_catalog()
        self._concepts: list[Skill] = [
            skill for skill in taxonomy.iter_skills() if skill.kind != "technology"
        ]
        self._postings = _index(self._concepts)
        # Common terms also as dicts, to add their weight to documents already found.
        self._common = {
            term: dict(postings)
            for term, postings in self._postings.items()
            if len(postings) > _COMMON_DF
        }
        self._labels = _label_index(self._concepts)
        self._heads = [
            frozenset(_terms(w.casefold() for w in _WORD.findall(skill.label)))
            for skill in self._concepts
        ]

    def link(self, text: str, k: int = 10) -> list[Candidate]:
        """The ``k`` best ESCO concepts for ``text``, best first; [] when nothing matches."""
        if k <= 0 or not text or text.isspace():
            return []
        words = [word.casefold() for word in _WORD.findall(text)[:_MAX_QUERY_WORDS]]
        weights = _query_terms(words)
        for term, weight in self._expansion(text).items():
            weights[term] = weights.get(term, 0.0) + weight
        scores = self._bm25(weights)
        exact = self._exact(words)
        for index in exact:
            scores.setdefault(index, 0.0)
        if not scores:
            return []
        final = {i: _final(scores[i], exact.get(i, 0.0)) for i in scores}
        # Rerank a shortlist by how much of each preferred label the sentence covers, so that
        # "lead a team in fishery services" falls behind "lead a team" for a team of nurses.
        shortlist = heapq.nlargest(max(k, _SHORTLIST), final, key=lambda i: (final[i], -i))
        query = set(weights)
        for index in shortlist:
            head = self._heads[index]
            covered = len(head & query) / len(head) if head else 1.0
            final[index] *= 1.0 - _UNCOVERED_PENALTY * (1.0 - covered)
        ranked = sorted(shortlist, key=lambda i: (-final[i], i))[:k]
        return [
            Candidate(self._concepts[i].uri, self._concepts[i].label, round(final[i], 4))
            for i in ranked
        ]

    def _bm25(self, weights: dict[str, float]) -> dict[int, float]:
        scores: dict[int, float] = {}
        terms = sorted(
            (term for term in weights if term in self._postings),
            key=lambda term: len(self._postings[term]),
        )
        for term in terms:
            weight = weights[term]
            common = self._common.get(term)
            if common is not None and scores:
                for index in scores:  # only where rarer terms already matched
                    scores[index] += weight * common.get(index, 0.0)
                continue
            for index, value in self._postings[term]:
                scores[index] = scores.get(index, 0.0) + weight * value
        return scores

    def _exact(self, words: list[str]) -> dict[int, float]:
        """Concepts with a label written out in the sentence: the share of the sentence's
        content words that label covers."""
        content = sum(1 for word in words if word not in _STOPWORDS) or 1
        found: dict[int, float] = {}
        for size in range(1, _MAX_LABEL_NGRAM + 1):
            for start in range(len(words) - size + 1):
                gram = " ".join(words[start : start + size])
                for index in self._labels.get(gram, ()):
                    covered = sum(1 for w in words[start : start + size] if w not in _STOPWORDS)
                    found[index] = max(found.get(index, 0.0), min(1.0, covered / content))
        return found

    def _expansion(self, text: str) -> dict[str, float]:
        """Terms for the technologies named in ``text``: their name and their category's
        words, each at a reduced weight."""
        out: dict[str, float] = {}
        for match in find_technologies(text, self._catalog):
            tech = self._catalog.get(match.id)
            if tech is None:
                continue
            extra = _CATEGORY_WORDS.get(tech.category, "")
            words = [w.casefold() for w in _WORD.findall(f"{tech.name} {extra}")]
            for term in _query_terms(words):
                out[term] = max(out.get(term, 0.0), _EXPANSION_WEIGHT)
        return out


def _final(bm25: float, exact: float) -> float:
    squashed = bm25 / (bm25 + _SQUASH) if bm25 > 0 else 0.0
    return 1.0 - (1.0 - squashed) * (1.0 - _EXACT_BOOST * exact)


# -- terms ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)  # a pure function over a small vocabulary
def _stem(word: str) -> str:
    """A light English stemmer: inflections, then one derivational ending, so that "nurse",
    "nurses", "nursing" meet, and so do "lead", "leader", "leadership"."""
    word = _inflection(word.replace("’", "'").removesuffix("'s"))
    for ending in _DERIVATIONS:
        long_enough = len(word) - len(ending) >= _SHORTEST_STEM
        # "engineer" is no "engine"
        if word.endswith(ending) and long_enough and not (ending == "er" and word[-3] == "e"):
            word = word[: -len(ending)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _inflection(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending, shortest in (("ing", 6), ("ed", 5)):
        if len(word) >= shortest and word.endswith(ending):
            word = word[: -len(ending)]
            if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "running" -> "run"
            break
    return word


def _query_terms(words: list[str]) -> dict[str, float]:
    """Stemmed content words and pairs of neighbouring content words, with their counts."""
    out: dict[str, float] = {}
    for term in _terms(words):
        out[term] = out.get(term, 0.0) + 1.0
    return out


def _terms(words: Iterable[str]) -> Iterator[str]:
    previous = None
    for word in words:
        if word in _STOPWORDS or len(word) < 2:
            previous = None if word not in ("a", "an", "the", "of") else previous
            continue
        stem = _stem(word)
        yield stem
        if previous is not None:
            yield f"{previous} {stem}"
        previous = stem


# -- building ------------------------------------------------------------------------------------


def _index(concepts: list[Skill]) -> dict[str, Postings]:
    """``term -> [(concept index, BM25 weight)]``, the weight precomputed for each pair."""
    counts: list[dict[str, float]] = []
    lengths: list[float] = []
    for skill in concepts:
        tf: dict[str, float] = {}
        for text, weight in _documents(skill):
            for term in _terms(word.casefold() for word in _WORD.findall(text)):
                tf[term] = tf.get(term, 0.0) + weight
        counts.append(tf)
        lengths.append(sum(tf.values()))
    average = sum(lengths) / max(1, len(lengths))
    df: dict[str, int] = {}
    for tf in counts:
        for term in tf:
            df[term] = df.get(term, 0) + 1
    return _postings(counts, lengths, average, df)


def _postings(
    counts: list[dict[str, float]], lengths: list[float], average: float, df: dict[str, int]
) -> dict[str, Postings]:
    total = len(counts)
    idf = {term: log(1.0 + (total - n + 0.5) / (n + 0.5)) for term, n in df.items()}
    out: dict[str, Postings] = {}
    for index, tf in enumerate(counts):
        norm = _K1 * (1.0 - _B + _B * lengths[index] / average)
        for term, count in tf.items():
            weight = idf[term] * count * (_K1 + 1.0) / (count + norm)
            out.setdefault(term, []).append((index, weight))
    return out


def _documents(skill: Skill) -> Iterator[tuple[str, float]]:
    yield skill.label, _PREFERRED_WEIGHT
    for text in skill.alt_labels:
        yield text, _ALTERNATIVE_WEIGHT
    for text in skill.hidden_labels:
        yield text, _HIDDEN_WEIGHT


def _label_index(concepts: list[Skill]) -> dict[str, tuple[int, ...]]:
    """Normalized label (words joined by one space) -> concept indexes, for verbatim hits."""
    out: dict[str, tuple[int, ...]] = {}
    for index, skill in enumerate(concepts):
        for text in (skill.label, *skill.alt_labels):
            key = " ".join(word.casefold() for word in _WORD.findall(text))
            if key and key not in _STOPWORDS and index not in out.get(key, ()):
                out[key] = (*out.get(key, ()), index)
    return out
