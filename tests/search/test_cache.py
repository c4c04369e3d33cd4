from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from jobsift.extract.defaults import default_extractor
from jobsift.index import Filters, IndexDoc, SearchRequest
from jobsift.index.tantivyindex import TantivySearchIndex
from jobsift.search import SearchService
from jobsift.search.cache import ResultCache


def doc(n: int, text: str) -> IndexDoc:
    made = IndexDoc(id=f"{n:032x}", text=text, language="en", posted=date(2026, 1, n))
    return replace(made, card={"title": f"Job {n}"})


def service_over(index: TantivySearchIndex, size: int = 8) -> SearchService:
    return SearchService(index, default_extractor().gazetteer, cache=ResultCache(size))


def index_of(*docs: IndexDoc, path: Path | None = None) -> TantivySearchIndex:
    index = TantivySearchIndex(path)
    index.upsert(list(docs))
    index.commit()
    return index


def test_a_search_asked_again_is_answered_from_the_cache() -> None:
    service = service_over(index_of(doc(1, "python backend"), doc(2, "java backend")))
    first = service.search("python")
    again = service.search("python")
    assert again is first
    assert service.cache is not None
    assert (service.cache.hits, service.cache.misses) == (1, 1)


def test_another_query_filter_or_page_is_another_entry() -> None:
    service = service_over(index_of(doc(1, "python backend"), doc(2, "java backend")))
    python = service.search("python")
    assert service.search("backend") is not python
    assert service.search("python", filters=Filters(country=("DE",))).page.total == 0
    assert service.search("python", request=SearchRequest(limit=1)) is not python
    assert service.cache is not None
    assert service.cache.hits == 0


def test_a_commit_retires_what_was_kept() -> None:
    index = index_of(doc(1, "python backend"))
    service = service_over(index)
    assert service.search("python").page.total == 1
    index.upsert([doc(2, "python data")])
    index.commit()
    assert service.search("python").page.total == 2
    index.delete([f"{1:032x}"])
    index.commit()
    assert service.search("python").page.total == 1


def test_a_commit_by_another_process_retires_them_too(tmp_path: Path) -> None:
    # Another writer on the same folder stands for `jobsift ingest` beside a running server.
    reader = index_of(doc(1, "python backend"), path=tmp_path / "index")
    service = service_over(reader)
    assert service.search("python").page.total == 1
    reader.close()
    writer = TantivySearchIndex(tmp_path / "index")
    writer.upsert([doc(2, "python data")])
    writer.commit()
    writer.close()
    assert service.search("python").page.total == 2


def test_the_least_recently_used_goes_first() -> None:
    service = service_over(index_of(doc(1, "python backend java data")), size=2)
    for word in ("python", "java", "python", "data", "python"):
        service.search(word)
    assert service.cache is not None
    assert (service.cache.hits, service.cache.misses) == (2, 3)
    assert len(service.cache) == 2
    service.search("java")  # pushed out by "data"
    assert service.cache.misses == 4


def test_without_a_cache_every_search_runs() -> None:
    service = SearchService(index_of(doc(1, "python")), default_extractor().gazetteer)
    assert service.search("python") is not service.search("python")


def test_generation_moves_with_every_commit_and_differs_between_indexes(tmp_path: Path) -> None:
    memory = index_of(doc(1, "a"))
    before = memory.generation()
    assert memory.generation() == before
    memory.commit()
    assert memory.generation() != before
    assert TantivySearchIndex(None).generation() != TantivySearchIndex(None).generation()
    on_disk = index_of(doc(1, "a"), path=tmp_path / "i")
    seen = on_disk.generation()
    on_disk.upsert([doc(2, "b")])
    on_disk.commit()
    assert on_disk.generation() != seen


def test_cached_answers_only_what_was_searched_and_never_searches() -> None:
    service = service_over(index_of(doc(1, "python backend")))
    assert service.cached("python") is None
    assert service.cache is not None
    assert (service.cache.hits, service.cache.misses) == (0, 0)
    searched = service.search("python")
    assert service.cached("python") is searched
    assert service.cached("python", filters=Filters(country=("DE",))) is None
    assert service.cached("python", mode="hybrid") is None  # search() says it is off
    assert (service.cache.hits, service.cache.misses) == (1, 1)
