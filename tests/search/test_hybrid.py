"""Hybrid search over a stand-in embedder that knows what words mean (no semantic extra)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from jobsift.errors import BadQueryError
from jobsift.extract.defaults import default_extractor
from jobsift.index import Filters, IndexDoc, SearchRequest
from jobsift.index.tantivyindex import TantivySearchIndex
from jobsift.search import SearchService
from jobsift.semantic import SemanticIndex, Vectors, normalised

#: Words of one meaning share a dimension: "caregiver" means what "nurse" means.
MEANINGS = {
    "nurse": 0, "caregiver": 0, "pflegefachkraft": 0, "patients": 0,
    "developer": 1, "programmer": 1, "python": 1,
    "driver": 2, "trucker": 2,
}  # fmt: skip


class Meanings:
    name = "meanings-test"
    dim = 3

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = np.full((len(texts), self.dim), 0.01, dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                if word in MEANINGS:
                    rows[row, MEANINGS[word]] += 1
        return normalised(rows)


def doc(n: int, title: str, text: str, country: str) -> IndexDoc:
    made = IndexDoc(
        id=f"{n:032x}", text=text, title=title, language="en", countries=(country,),
        posted=date(2026, 1, n),
    )  # fmt: skip
    return replace(made, card={"title": title})


DOCS = [
    doc(1, "Nurse", "nurse for patients on the ward", "DE"),
    doc(2, "Pflegefachkraft", "pflegefachkraft patients", "DE"),
    doc(3, "Nurse", "nurse night shifts", "FR"),
    doc(4, "Python developer", "python developer backend", "DE"),
    doc(5, "Truck driver", "driver long routes", "DE"),
]


@pytest.fixture(scope="module")
def service() -> SearchService:
    index = TantivySearchIndex(None)
    index.upsert(DOCS)
    index.commit()
    semantic = SemanticIndex(None, embedder=Meanings())
    semantic.upsert(DOCS)
    return SearchService(index, default_extractor().gazetteer, semantic=semantic)


def titles(result: object) -> list[str]:
    return [hit.card["title"] for hit in result.page.hits]  # type: ignore[attr-defined]


def test_meaning_finds_what_no_word_matches(service: SearchService) -> None:
    result = service.search("caregiver", broaden=False)
    assert result.semantic.startswith("on:")
    assert sorted(titles(result)[:3]) == ["Nurse", "Nurse", "Pflegefachkraft"]


def test_keyword_mode_and_date_sort_stay_keyword_only(service: SearchService) -> None:
    assert service.search("caregiver", broaden=False, mode="keyword").page.hits == []
    by_date = service.search("caregiver", broaden=False, request=SearchRequest(sort="date"))
    assert by_date.semantic == "keyword only: not sorted by relevance"


def test_filters_hold_for_semantic_candidates(service: SearchService) -> None:
    result = service.search("caregiver", filters=Filters(country=("FR",)), broaden=False)
    assert [hit.id for hit in result.page.hits] == [f"{3:032x}"]


def test_hybrid_pages_neither_repeat_nor_skip(service: SearchService) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        request = SearchRequest(limit=2, cursor=cursor)
        page = service.search("nurse", request=request, broaden=False, mode="hybrid").page
        seen += [hit.id for hit in page.hits]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == len(DOCS)  # every posting has some meaning score
    with pytest.raises(BadQueryError, match="cursor"):
        service.search("nurse", request=SearchRequest(cursor="xyz"), mode="hybrid")


def test_hybrid_without_semantic_says_how_to_get_it() -> None:
    index = TantivySearchIndex(None)
    plain = SearchService(index, default_extractor().gazetteer)
    assert "pip install" in plain.search("nurse").semantic
    with pytest.raises(BadQueryError, match="semantic search is off"):
        plain.search("nurse", mode="hybrid")
