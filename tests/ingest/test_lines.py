from __future__ import annotations

import codecs
import io

from jobsift.ingest.base import Origin, ReadProblem
from jobsift.ingest.lines import Line, iter_lines


def lines_of(data: bytes, origin: Origin) -> list[Line | ReadProblem]:
    return list(iter_lines(io.BytesIO(data), origin))


def texts(items: list[Line | ReadProblem]) -> list[str]:
    return [item.text for item in items if isinstance(item, Line)]


def test_utf8_with_bom_and_crlf(origin: Origin) -> None:
    items = lines_of(codecs.BOM_UTF8 + "Łódź\r\nGoiânia\r\n".encode(), origin)
    assert texts(items) == ["Łódź", "Goiânia"]
    assert not [i for i in items if isinstance(i, ReadProblem)]


def test_cp1252_is_read_with_one_warning(origin: Origin) -> None:
    data = "Café manager – Zürich\nSecond “line” é\n".encode("cp1252")
    items = lines_of(data, origin)
    assert texts(items) == ["Café manager – Zürich", "Second “line” é"]
    warnings = [i for i in items if isinstance(i, ReadProblem)]
    assert len(warnings) == 1
    assert warnings[0].severity == "warning"
    assert "Windows-1252" in warnings[0].message
    assert warnings[0].where == "line 1"


def test_latin1_bytes_undefined_in_cp1252_still_decode(origin: Origin) -> None:
    assert texts(lines_of(b"caf\xe9 \x81\n", origin)) == ["café \x81"]


def test_utf16_with_bom(origin: Origin) -> None:
    data = "Entwickler (m/w/d)\nKöln\n".encode("utf-16")
    assert texts(lines_of(data, origin)) == ["Entwickler (m/w/d)", "Köln"]


def test_binary_file_is_rejected_whole(origin: Origin) -> None:
    items = lines_of(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", origin)
    assert len(items) == 1
    assert isinstance(items[0], ReadProblem)
    assert "binary" in items[0].message


def test_a_line_over_the_limit_is_skipped_and_reading_goes_on(origin: Origin) -> None:
    small = Origin(origin.uri, origin.name, {}, max_bytes=1_000)
    data = b"first\n" + b"x" * 10_000_000 + b"\nlast\n"
    items = lines_of(data, small)
    assert texts(items) == ["first", "last"]
    problem = next(i for i in items if isinstance(i, ReadProblem))
    assert problem.where == "line 2"
    assert "10,000,001 bytes" in problem.message
    assert [i.number for i in items if isinstance(i, Line)] == [1, 3]


def test_last_line_without_newline(origin: Origin) -> None:
    assert texts(lines_of(b"a\nb", origin)) == ["a", "b"]
