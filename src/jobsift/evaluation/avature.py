"""``jobsift eval avature``: MAP of job title similarity ranking (Avature's title similarity set).

``avature-title-similarity/dataset/<lang>/`` holds ``queries.tsv`` and ``corpus_documents.tsv``
(id, title) and TREC qrels ``annotations.tsv`` (query, 0, document, relevance): for each of
about 105 query titles, which of 2,619 titles name a similar job.  Each query ranks every
document; average precision is taken over the whole ranking, as ``trec_eval``'s ``map`` does.

A title is represented twice: by the occupations the linker finds for it (a vector of candidate
scores; "Lohnbuchhalter" and "Gehaltsabrechner" meet there) and by its own character n-grams
after jobsift's title normalization (which separates titles the linker puts in one occupation).
Similarity is a weighted sum of the two cosines.  Languages without linker support (ja, ko,
zh) are left out.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from jobsift.evaluation.base import EvalDataError, EvalResult, Metric
from jobsift.evaluation.melo import read_pairs
from jobsift.occupations import LANGUAGES, OccupationLinker, clean_title, words
from jobsift.occupations.index import Floats, TfidfIndex, char_ngram_pairs
from jobsift.taxonomy import load_taxonomy

FILES = ("queries.tsv", "corpus_documents.tsv", "annotations.tsv")
OCCUPATION_WEIGHT = 0.5  # the rest goes to the titles' own character n-grams
CANDIDATES = 20


def run(data: Path) -> EvalResult:
    """MAP per supported language under ``data/avature-title-similarity/dataset``."""
    started = time.perf_counter()
    root = data / "avature-title-similarity" / "dataset"
    if not root.is_dir():
        raise EvalDataError(
            f"{root} is missing", hint="pass the shared data folder (avature-title-similarity/)"
        )
    languages = [lang for lang in LANGUAGES if (root / lang).is_dir()]
    linker = OccupationLinker.from_taxonomy(load_taxonomy())
    metrics: list[Metric] = []
    count = 0
    for lang in languages:
        queries, documents, relevant = read_language(root / lang)
        value = mean_average_precision(linker, lang, queries, documents, relevant)
        metrics.append(Metric("MAP", value, subset=lang))
        count += len(queries)
    skipped = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in LANGUAGES)
    return EvalResult(
        name="avature",
        metrics=tuple(metrics),
        count=count,
        seconds=time.perf_counter() - started,
        notes=(f"languages without linker support left out: {', '.join(skipped) or 'none'}",),
    )


def mean_average_precision(
    linker: OccupationLinker,
    lang: str,
    queries: dict[str, str],
    documents: dict[str, str],
    relevant: dict[str, set[str]],
) -> float:
    doc_ids = list(documents)
    similarity = title_similarity(linker, lang, list(queries.values()), list(documents.values()))
    total = 0.0
    for row, query in enumerate(queries):
        order = np.lexsort((np.arange(len(doc_ids)), -similarity[row]))
        total += average_precision([doc_ids[i] for i in order], relevant.get(query, set()))
    return total / len(queries) if queries else 0.0


def title_similarity(
    linker: OccupationLinker, lang: str, queries: list[str], documents: list[str]
) -> Floats:
    """``queries x documents`` similarity: occupation-candidate cosine and n-gram cosine."""
    occupations = _occupation_vectors(linker, lang, [*queries, *documents])
    by_occupation = occupations[: len(queries)] @ occupations[len(queries) :].T
    keys = [" ".join(words(clean_title(text), lang)) for text in documents]
    index = TfidfIndex(*char_ngram_pairs(keys), len(keys))
    by_ngrams = np.stack(
        [
            index.scores(char_ngram_pairs([" ".join(words(clean_title(q), lang))])[1])
            for q in queries
        ]
    )
    mixed = OCCUPATION_WEIGHT * by_occupation + (1 - OCCUPATION_WEIGHT) * by_ngrams
    return mixed.astype(np.float32)


def _occupation_vectors(linker: OccupationLinker, lang: str, titles: list[str]) -> Floats:
    """One L2-normalized row of candidate scores per title."""
    columns: dict[str, int] = {}
    found = [linker.link(title, lang, CANDIDATES) for title in titles]
    for candidates in found:
        for candidate in candidates:
            columns.setdefault(candidate.uri, len(columns))
    vectors = np.zeros((len(titles), max(len(columns), 1)), np.float32)
    for row, candidates in enumerate(found):
        for candidate in candidates:
            vectors[row, columns[candidate.uri]] = candidate.score
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    normalized: Floats = vectors / np.maximum(norms, 1e-9)
    return normalized


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for position, doc in enumerate(ranked, 1):
        if doc in relevant:
            hits += 1
            total += hits / position
    return total / len(relevant)


def read_language(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise EvalDataError(
            f"{folder} lacks {', '.join(missing)}",
            hint="each language folder holds " + ", ".join(FILES),
        )
    queries = read_pairs(folder / "queries.tsv")
    documents = read_pairs(folder / "corpus_documents.tsv")
    relevant: dict[str, set[str]] = {}
    path = folder / "annotations.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        if fields == [""]:
            continue
        if len(fields) != 4:
            raise EvalDataError(
                f"{path} line {number} has {len(fields)} fields",
                hint="expected: query id, 0, document id, relevance",
            )
        if fields[3].strip() != "0":
            relevant.setdefault(fields[0], set()).add(fields[2])
    return queries, documents, relevant
