from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.jsonfile import ARRAY_KEYS, IJSON_BACKEND, JsonReader
from jobsift.model import RawPosting


def read(data: bytes, **options: Any) -> list[ReadItem]:
    origin = Origin(uri="/in/jobs.json", name="jobs.json", **options)
    return list(JsonReader().read(io.BytesIO(data), origin))


def where(items: list[ReadItem]) -> list[str]:
    return [i.source.locator if isinstance(i, RawPosting) else f"! {i.where}" for i in items]


def titles(items: list[ReadItem]) -> list[str | None]:
    return [item.declared.title for item in items if isinstance(item, RawPosting)]


def problems(items: list[ReadItem]) -> list[ReadProblem]:
    return [item for item in items if isinstance(item, ReadProblem)]


def jsonl(*records: Any) -> bytes:
    return b"".join(json.dumps(record).encode() + b"\n" for record in records)


class Pipe(io.RawIOBase):
    """A stream like standard input: readable once, never seekable."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            self._pending = next(self._chunks, b"")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        self.consumed += size
        return size


# JSON Lines


def test_json_lines_one_posting_per_line_blank_lines_skipped() -> None:
    data = jsonl({"title": "Baker"}, {"title": "Cook", "description": "Soups."})
    items = read(b"\n" + data.replace(b"\n", b"\n\n", 1))
    assert where(items) == ["line 2", "line 4"]
    assert [item.text for item in items if isinstance(item, RawPosting)] == ["Baker", "Soups."]


def test_malformed_line_in_the_middle_costs_only_that_line() -> None:
    data = jsonl({"title": "A"}) + b'{"title": "B",,}\n' + jsonl({"title": "C"}, {"title": "D"})
    items = read(data)
    assert where(items) == ["line 1", "! line 2", "line 3", "line 4"]
    message = problems(items)[0].message
    assert message.startswith("invalid JSON: ")
    assert message.endswith("; expected one JSON object per line")


def test_malformed_first_line_is_still_json_lines() -> None:
    items = read(b'{"title": "A", \n' + jsonl({"title": "B"}))
    assert where(items) == ["! line 1", "line 2"]


def test_a_line_holding_an_array_of_objects() -> None:
    items = read(jsonl({"title": "A"}, [{"title": "B"}, {"title": "C"}]))
    assert where(items) == ["line 1", "line 2, item 1", "line 2, item 2"]


def test_a_line_holding_a_wrapper_object() -> None:
    items = read(jsonl({"title": "A"}, {"jobs": [{"title": "B"}]}))
    assert where(items) == ["line 1", "line 2, item 1"]


def test_a_line_that_is_not_an_object() -> None:
    items = read(jsonl({"title": "A"}, "just text", 42))
    assert where(items) == ["line 1", "! line 2", "! line 3"]
    assert "holds text; expected a JSON object" in problems(items)[0].message


def test_json_lines_with_utf8_bom() -> None:
    items = read(b"\xef\xbb\xbf" + jsonl({"title": "Bäcker"}, {"title": "Koch"}))
    assert titles(items) == ["Bäcker", "Koch"]
    assert not problems(items)


def test_json_lines_in_windows_1252() -> None:
    data = '{"title": "Pâtissier – nuit"}\n{"title": "Café"}\n'.encode("cp1252")
    items = read(data)
    assert titles(items) == ["Pâtissier – nuit", "Café"]
    assert [p.severity for p in problems(items)] == ["warning"]
    assert "Windows-1252" in problems(items)[0].message


def test_json_lines_in_utf16() -> None:
    items = read(jsonl({"title": "Ärztin"}, {"title": "Pfleger"}).decode().encode("utf-16"))
    assert titles(items) == ["Ärztin", "Pfleger"]


def test_a_10_mb_line_is_skipped_and_reported() -> None:
    huge = json.dumps({"title": "Huge", "description": "x" * 10_000_000}).encode()
    items = read(jsonl({"title": "A"}) + huge + b"\n" + jsonl({"title": "B"}), max_bytes=1000)
    assert where(items) == ["line 1", "! line 2", "line 3"]
    assert "over the limit of 1,000" in problems(items)[0].message


def test_mapping_applies_to_json() -> None:
    items = read(jsonl({"headline": "Baker", "blurb": "Bread."}), mapping={"description": "blurb"})
    assert [item.text for item in items if isinstance(item, RawPosting)] == ["Bread."]


# One document


def test_pretty_printed_array() -> None:
    data = json.dumps([{"title": "A"}, {"title": "B"}, {"title": "C"}], indent=2).encode()
    assert where(read(data)) == ["record 1", "record 2", "record 3"]


def test_array_starting_on_one_line_with_its_first_object() -> None:
    data = b'[{"title": "A",\n  "company": "X"},\n {"title": "B"}]\n'
    assert where(read(data)) == ["record 1", "record 2"]


def test_minified_array_on_one_line() -> None:
    assert where(read(json.dumps([{"title": "A"}, {"title": "B"}]).encode())) == [
        "record 1",
        "record 2",
    ]


def test_minified_array_longer_than_the_line_limit_is_streamed() -> None:
    data = json.dumps([{"title": f"Job {n}", "description": "y" * 50} for n in range(40)])
    items = read(data.encode(), max_bytes=1000)
    assert len(titles(items)) == 40
    assert not problems(items)


def test_array_items_that_are_not_objects() -> None:
    items = read(b'[\n{"title": "A"},\n"loose text",\n[1]\n]')
    assert where(items) == ["record 1", "! record 2", "! record 3"]


def test_array_with_utf8_bom() -> None:
    items = read(b"\xef\xbb\xbf[\n" + b'{"title": "\xc3\x89lectricien"}\n]')
    assert titles(items) == ["Électricien"]


def test_array_in_windows_1252() -> None:
    items = read('[\n{"title": "Café"},\n{"title": "Crème"}\n]'.encode("cp1252"))
    assert titles(items) == ["Café", "Crème"]
    assert [p.severity for p in problems(items)] == ["warning"]


def test_truncated_array_keeps_the_records_before_the_break() -> None:
    data = b'[\n {"title": "A"},\n {"title": "B"},\n {"title": "C", "descr'
    items = read(data)
    assert titles(items) == ["A", "B"]
    problem = problems(items)[0]
    assert problem.where == "record 3"
    assert problem.message.startswith("invalid JSON after record 2: ")
    assert "the 2 records before it were read" in problem.message


def test_garbage_in_an_array_names_the_place() -> None:
    items = read(b'[\n{"title": "A"},\n{"title": "B"} oops\n]')
    assert titles(items) == ["A", "B"]
    message = problems(items)[0].message
    assert message.startswith("invalid JSON after record 2: lexical error")
    assert "near" in message
    assert "oops" in message


def test_broken_before_the_first_record() -> None:
    items = read(b'[\n{"title": ')
    assert where(items) == ["! "]
    assert "before the first record" in problems(items)[0].message


def test_object_with_jobs_array_is_streamed() -> None:
    data = {"meta": {"count": 2}, "jobs": [{"title": "A"}, {"title": "B"}], "next": None}
    assert where(read(json.dumps(data, indent=2).encode())) == ["record 1", "record 2"]
    assert where(read(json.dumps(data).encode())) == ["record 1", "record 2"]


@pytest.mark.parametrize("key", ARRAY_KEYS)
def test_every_postings_key(key: str) -> None:
    data = json.dumps({key: [{"title": "A"}]}, indent=1).encode()
    assert titles(read(data)) == ["A"]


def test_postings_one_level_down() -> None:
    data = {"status": "ok", "data": {"total": 2, "results": [{"title": "A"}, {"title": "B"}]}}
    assert titles(read(json.dumps(data, indent=2).encode())) == ["A", "B"]


def test_a_single_posting_object() -> None:
    data = {"@type": "JobPosting", "title": "Roofer", "description": "Roofs.", "items": ["a"]}
    items = read(json.dumps(data, indent=2).encode())
    assert where(items) == ["record 1"]
    assert isinstance(items[0], RawPosting)
    assert items[0].declared.extra == {"items": ["a"]}


def test_json_ld_graph_in_a_json_file() -> None:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Board"},
            {"@type": "JobPosting", "title": "Glazier"},
            {"@type": ["JobPosting"], "title": "Joiner"},
        ],
    }
    items = read(json.dumps(data, indent=2).encode())
    assert where(items) == ["record 1", "record 2"]
    assert titles(items) == ["Glazier", "Joiner"]


def test_object_without_postings() -> None:
    items = read(json.dumps({"status": "ok", "count": 0}, indent=2).encode())
    assert len(items) == 1
    assert problems(items)[0].where == ""
    assert problems(items)[0].message.startswith(
        "JSON object has no postings (looked for a top-level array or keys jobs, postings"
    )


def test_concatenated_pretty_printed_objects() -> None:
    data = json.dumps({"title": "A"}, indent=2) + "\n" + json.dumps({"title": "B"}, indent=2)
    assert titles(read(data.encode())) == ["A", "B"]


@pytest.mark.parametrize("data", [b"", b"   \n\n  \r\n"])
def test_empty_file(data: bytes) -> None:
    items = read(data)
    assert len(items) == 1
    assert problems(items)[0].message == "empty file: no postings"


@pytest.mark.parametrize("data", [b"[]", b"[\n]\n", b'{"jobs": []}'])
def test_empty_array_is_a_warning(data: bytes) -> None:
    assert [(p.severity, p.message) for p in problems(read(data))] == [
        ("warning", "the JSON holds no postings")
    ]


def test_a_lone_scalar() -> None:
    assert "holds a number" in problems(read(b"42\n"))[0].message


def test_binary_file() -> None:
    assert "binary file" in problems(read(b"\x89PNG\r\n\x1a\n\x00\x00\x00"))[0].message


# Streams and memory


def test_reads_from_a_pipe_that_cannot_seek() -> None:
    data = json.dumps([{"title": "A"}, {"title": "B"}], indent=2).encode()
    pipe = io.BufferedReader(Pipe(iter([data[:7], data[7:]])))
    origin = Origin(uri="<stdin>", name="<stdin>")
    assert titles(list(JsonReader().read(pipe, origin))) == ["A", "B"]


def test_json_lines_from_a_pipe() -> None:
    pipe = io.BufferedReader(Pipe(iter([jsonl({"title": "A"}, {"title": "B"})])))
    assert titles(list(JsonReader().read(pipe, Origin(uri="<stdin>", name="<stdin>")))) == [
        "A",
        "B",
    ]


def endless_array() -> Iterator[bytes]:
    yield b"[\n"
    while True:
        yield b'{"title": "Again", "description": "Same job."},\n' * 100


def endless_lines() -> Iterator[bytes]:
    while True:
        yield jsonl({"title": "Again"}) * 100


@pytest.mark.parametrize("source", [endless_array, endless_lines])
def test_postings_stream_out_before_the_input_ends(source: Any) -> None:
    pipe = Pipe(source())
    items = JsonReader().read(io.BufferedReader(pipe), Origin(uri="<stdin>", name="<stdin>"))
    first = list(itertools.islice(items, 500))
    assert len(titles(first)) == 500
    assert pipe.consumed < 1_000_000


def test_reads_a_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(json.dumps({"postings": [{"title": "A"}]}).encode())
    with path.open("rb") as stream:
        items = list(JsonReader().read(stream, Origin(uri=str(path), name=path.name)))
    assert titles(items) == ["A"]
    assert items[0].source.uri == str(path)  # type: ignore[union-attr]


def test_the_c_backend_of_ijson_is_used_when_installed() -> None:
    pytest.importorskip("ijson.backends.yajl2_c")
    assert IJSON_BACKEND == "yajl2_c"


def test_json_lines_whose_first_line_is_over_the_limit() -> None:
    huge = json.dumps({"title": "Huge", "description": "x" * 5000}).encode() + b"\n"
    items = read(huge + jsonl({"title": "B"}, {"title": "C"}), max_bytes=1000)
    assert titles(items) == ["B", "C"]
    assert "over the limit of 1,000" in problems(items)[0].message


def test_array_in_utf16() -> None:
    data = json.dumps([{"title": "Übersetzer"}, {"title": "Dolmetscher"}], indent=1)
    assert titles(read(data.encode("utf-16"))) == ["Übersetzer", "Dolmetscher"]
