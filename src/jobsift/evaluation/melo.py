"""``jobsift eval melo``: MRR of title -> ESCO occupation linking on eight MELO sets.

MELO (Retyk et al., 2024, https://github.com/Avature/melo-benchmark) pairs national job titles
(``queries.tsv``) with the ESCO concept they name.  Its corpus is every label of every ESCO
occupation and ISCO-08 group in the set's language (``corpus_elements.tsv``, mapped to concept
URIs by ``concept_mapping.tsv``); the TREC qrels (``annotations.tsv``: query, 0, element,
relevance) mark every label of the right concept relevant.

MELO ranks corpus elements and scores them with ``trec_eval``'s reciprocal rank, cut at 100.
jobsift ranks concepts, so its run lists one label per concept, best concept first: the rank of
the first relevant element is then the rank of the right concept.  The linker is built with ISCO
groups as candidates, since MELO's corpus has them; it reads the labels shipped in the taxonomy,
never the set's queries or qrels.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from jobsift import semantic
from jobsift.evaluation.base import EvalDataError, EvalResult, Metric
from jobsift.extract.types import Candidate
from jobsift.occupations import OccupationLinker
from jobsift.occupations.semantic import SemanticOccupationLinker
from jobsift.semantic import Embedder
from jobsift.taxonomy import load_taxonomy

SETS = (
    "usa_q_en_c_en",
    "deu_q_de_c_de",
    "fra_q_fr_c_fr",
    "esp_q_es_c_es",
    "prt_q_pt_c_pt",
    "pol_q_pl_c_pl",
    "ita_q_it_c_it",
    "nld_q_nl_c_nl",
)
FILES = ("queries.tsv", "corpus_elements.tsv", "concept_mapping.tsv", "annotations.tsv")
CUTOFF = 100  # MELO's evaluator keeps the top 100 of each query's ranking
# Published MRR from the MELO repository's result files, as tabled in shared/data/README.md.
BASELINES: dict[str, dict[str, float]] = {
    "usa_q_en_c_en": {
        "BM25": 0.293,
        "char TF-IDF": 0.580,
        "e5-mistral-7b": 0.673,
        "OpenAI text-embedding-3-large": 0.684,
    },
    "deu_q_de_c_de": {
        "BM25": 0.337,
        "char TF-IDF": 0.544,
        "e5-mistral-7b": 0.663,
        "OpenAI text-embedding-3-large": 0.677,
    },
    "fra_q_fr_c_fr": {
        "BM25": 0.751,
        "char TF-IDF": 0.795,
        "e5-mistral-7b": 0.863,
        "OpenAI text-embedding-3-large": 0.872,
    },
    "esp_q_es_c_es": {
        "BM25": 0.191,
        "char TF-IDF": 0.437,
        "e5-mistral-7b": 0.555,
        "OpenAI text-embedding-3-large": 0.537,
    },
    "prt_q_pt_c_pt": {
        "BM25": 0.573,
        "char TF-IDF": 0.585,
        "e5-mistral-7b": 0.641,
        "OpenAI text-embedding-3-large": 0.633,
    },
    "pol_q_pl_c_pl": {
        "BM25": 0.553,
        "char TF-IDF": 0.559,
        "e5-mistral-7b": 0.622,
        "OpenAI text-embedding-3-large": 0.622,
    },
    "ita_q_it_c_it": {
        "BM25": 0.160,
        "char TF-IDF": 0.429,
        "e5-mistral-7b": 0.538,
        "OpenAI text-embedding-3-large": 0.512,
    },
    "nld_q_nl_c_nl": {
        "BM25": 0.443,
        "char TF-IDF": 0.486,
        "e5-mistral-7b": 0.565,
        "OpenAI text-embedding-3-large": 0.572,
    },
}
_LANG = re.compile(r"_q_([a-z]{2})_c_")

Ranker = Callable[[str, str], list[str]]


@dataclass(frozen=True, slots=True)
class MeloSet:
    name: str
    lang: str
    #: ``(query text, relevant concept URIs)`` in file order.
    queries: list[tuple[str, frozenset[str]]]


def run(
    data: Path,
    sets: tuple[str, ...] = SETS,
    *,
    encoder: Callable[[], Embedder | None] | None = None,
) -> EvalResult:
    """MRR per MELO set under ``data/melo/sets``, beside the published baselines: the word
    linker's, and with a sentence encoder (``encoder()``; by default the ``semantic`` extra's,
    when installed) the fused linker's too."""
    started = time.perf_counter()
    loaded = [read_set(data / "melo" / "sets" / name) for name in sets]
    words = OccupationLinker.from_taxonomy(load_taxonomy(), isco_groups=True)
    linkers: list[tuple[str, Linker]] = [("MRR, words only", words)]
    embedder = (encoder or _installed_encoder)()
    if embedder is not None:
        fused = SemanticOccupationLinker(words, embedder)
        linkers.insert(0, ("MRR, with the sentence encoder", fused))
    metrics = tuple(
        score_set(melo, _ranker(linker), name=name) for melo in loaded for name, linker in linkers
    )
    return EvalResult(
        name="melo",
        metrics=metrics,
        count=sum(len(melo.queries) for melo in loaded),
        seconds=time.perf_counter() - started,
        notes=(
            "concepts are ranked (one label per concept in the run), top 100, as MELO cuts",
            "ISCO-08 groups are candidates, as in MELO's corpus; labels come from the shipped "
            "taxonomy (MELO's corpus side), never from queries or qrels",
            f"sentence encoder: {embedder.name}" if embedder else "no sentence encoder: words only",
        ),
    )


def _installed_encoder() -> Embedder | None:
    return semantic.default_embedder() if semantic.available() else None


class Linker(Protocol):
    def link(self, title: str, lang: str | None = None, k: int = 10) -> list[Candidate]: ...


def _ranker(linker: Linker) -> Ranker:
    def rank(title: str, lang: str) -> list[str]:
        return [candidate.uri for candidate in linker.link(title, lang, CUTOFF)]

    return rank


def score_set(melo: MeloSet, rank: Ranker, *, name: str = "MRR") -> Metric:
    total = 0.0
    for text, relevant in melo.queries:
        total += reciprocal_rank(rank(text, melo.lang), relevant)
    value = total / len(melo.queries) if melo.queries else 0.0
    return Metric(name, value, subset=melo.name, baselines=dict(BASELINES.get(melo.name, {})))


def reciprocal_rank(ranked: list[str], relevant: frozenset[str]) -> float:
    for position, uri in enumerate(ranked[:CUTOFF], 1):
        if uri in relevant:
            return 1.0 / position
    return 0.0


# --- reading -----------------------------------------------------------------------------------


def read_set(folder: Path) -> MeloSet:
    """A MELO set folder: its queries, each with the URIs of the concepts judged relevant."""
    missing = [name for name in FILES if not (folder / name).is_file()]
    if missing:
        raise EvalDataError(
            f"MELO set {folder} lacks {', '.join(missing)}",
            hint="pass the shared data folder, which holds melo/sets/<set>/ with "
            + ", ".join(FILES),
        )
    found = _LANG.search(folder.name)
    if found is None:
        raise EvalDataError(
            f"{folder.name} is not a MELO set name", hint="expected e.g. deu_q_de_c_de"
        )
    queries = read_pairs(folder / "queries.tsv")
    concepts = read_pairs(folder / "concept_mapping.tsv")
    relevant = read_qrels(folder / "annotations.tsv", concepts)
    return MeloSet(
        folder.name,
        found.group(1),
        [(text, frozenset(relevant.get(key, ()))) for key, text in queries.items()],
    )


def read_pairs(path: Path) -> dict[str, str]:
    """A headerless two-column TSV as a dict, file order kept."""
    out: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 2:
            raise EvalDataError(
                f"{path} line {number} has {len(fields)} tab-separated fields",
                hint="expected 2: id and text (or id and URI)",
            )
        out[fields[0]] = fields[1]
    return out


def read_qrels(path: Path, concepts: dict[str, str]) -> dict[str, set[str]]:
    """``query id -> relevant concept URIs`` from TREC qrels over corpus elements."""
    out: dict[str, set[str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split()
        if not fields:
            continue
        if len(fields) != 4 or fields[2] not in concepts:
            raise EvalDataError(
                f"{path} line {number} is not a qrel over this set's corpus elements",
                hint="expected: query id, 0, corpus element id, relevance",
            )
        if fields[3] != "0":
            out.setdefault(fields[0], set()).add(concepts[fields[2]])
    return out
