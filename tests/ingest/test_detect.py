from __future__ import annotations

import pytest

from jobsift.errors import UnknownFormatError
from jobsift.ingest.detect import check_format, format_from_name, sniff_format


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("jobs.jsonl", "json"),
        ("jobs.JSON", "json"),
        ("jobs.ndjson.gz", "json"),
        ("export.csv", "csv"),
        ("export.tsv", "csv"),
        ("page.html", "html"),
        ("paste.txt", "text"),
        ("notes.md", "text"),
        ("README", None),
        ("archive.gz", None),
    ],
)
def test_format_from_name(name: str, fmt: str | None) -> None:
    assert format_from_name(name) == fmt


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b'{"title": "x"}\n', "json"),
        (b"\xef\xbb\xbf[\n {}]", "json"),
        (b"<!DOCTYPE html><html><head>", "html"),
        (b"  <div itemscope>", "html"),
        (b"title,company,description\nA,B,C\n", "csv"),
        (b"Job Title;Company;Location\n", "csv"),
        (b"Senior Engineer building things, with care, in Berlin.\n", "text"),
        (b"<3 our team! Backend Engineer wanted\n", "text"),
        ("Ingénieur\tSociété\n".encode(), "text"),
    ],
)
def test_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt


def test_unknown_format_names_the_choices() -> None:
    with pytest.raises(UnknownFormatError, match="text, json, csv, html"):
        check_format("xml")
