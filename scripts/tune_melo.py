"""MRR on MELO's eight sets, split into a fixed tuning half and a held-out half.

A query is in the tuning half when the CRC-32 of its id is even.  Tune the linker on that half;
keep a change only if the held-out half gains too.  Queries and qrels are read only to score:
nothing here hands them to the linker.

    .venv/bin/python scripts/tune_melo.py /work/shared/data [set ...]
"""

from __future__ import annotations

import sys
import time
import zlib
from pathlib import Path

from jobsift.evaluation.melo import (
    BASELINES,
    CUTOFF,
    SETS,
    read_pairs,
    read_qrels,
    reciprocal_rank,
)
from jobsift.occupations import OccupationLinker
from jobsift.taxonomy import load_taxonomy


def tuning_half(query_id: str) -> bool:
    """Whether a query is one of the half that tuning may look at."""
    return zlib.crc32(query_id.encode()) % 2 == 0


def score(linker: OccupationLinker, folder: Path) -> tuple[float, float, float, float]:
    """``(tuning-half MRR, held-out MRR, whole-set MRR, ms per link)`` for one set."""
    lang = folder.name.split("_q_")[1][:2]
    queries = read_pairs(folder / "queries.tsv")
    concepts = read_pairs(folder / "concept_mapping.tsv")
    relevant = read_qrels(folder / "annotations.tsv", concepts)
    linker.index(lang)
    halves: dict[bool, list[float]] = {True: [], False: []}
    started = time.perf_counter()
    for key, text in queries.items():
        ranked = [candidate.uri for candidate in linker.link(text, lang, CUTOFF)]
        halves[tuning_half(key)].append(reciprocal_rank(ranked, frozenset(relevant.get(key, ()))))
    ms = (time.perf_counter() - started) * 1000 / len(queries)
    tune, held = (sum(half) / len(half) for half in (halves[True], halves[False]))
    whole = (sum(halves[True]) + sum(halves[False])) / len(queries)
    return tune, held, whole, ms


def main(data: Path, sets: tuple[str, ...]) -> None:
    linker = OccupationLinker.from_taxonomy(load_taxonomy(), isco_groups=True)
    print(f"{'set':14} {'tune':>6} {'held':>6} {'whole':>6} {'tfidf':>6} {'e5':>6} {'vs e5':>7}")
    wins = 0
    for name in sets:
        tune, held, whole, ms = score(linker, data / "melo" / "sets" / name)
        tfidf, e5 = BASELINES[name]["char TF-IDF"], BASELINES[name]["e5-mistral-7b"]
        wins += whole > e5
        print(
            f"{name:14} {tune:6.3f} {held:6.3f} {whole:6.3f} {tfidf:6.3f} {e5:6.3f} "
            f"{whole - e5:+7.3f}  {ms:.2f} ms/link at k={CUTOFF}"
        )
    print(f"sets above e5-mistral-7b: {wins} of {len(sets)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), tuple(sys.argv[2:]) or SETS)
