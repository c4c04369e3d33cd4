from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.csvfile import CsvReader, column_names, sniff_delimiter
from jobsift.model import RawPosting


def read(data: bytes | str, name: str = "jobs.csv", **options: Any) -> list[ReadItem]:
    raw = data.encode() if isinstance(data, str) else data
    origin = Origin(uri=f"/in/{name}", name=name, **options)
    return list(CsvReader().read(io.BytesIO(raw), origin))


def postings(items: list[ReadItem]) -> list[RawPosting]:
    return [item for item in items if isinstance(item, RawPosting)]


def problems(items: list[ReadItem]) -> list[ReadProblem]:
    return [item for item in items if isinstance(item, ReadProblem)]


def where(items: list[ReadItem]) -> list[str]:
    return [i.source.locator if isinstance(i, RawPosting) else f"! {i.where}" for i in items]


def test_rows_become_postings() -> None:
    items = read(
        "title,company,location,description,shift\n"
        "Baker,Crumb Ltd,Leeds,Bake bread.,night\n"
        "Cook,Stew Co,York,Make soup.,\n"
    )
    assert where(items) == ["record 1", "record 2"]
    first, second = postings(items)
    assert first.text == "Bake bread."
    assert first.source.format == "csv"
    assert first.declared.title == "Baker"
    assert first.declared.company == "Crumb Ltd"
    assert first.declared.locations == ("Leeds",)
    assert first.declared.extra == {"shift": "night"}
    assert second.declared.extra == {}


def test_rows_with_missing_or_extra_fields_are_skipped_and_reported() -> None:
    items = read("title,description\nA,a\nB\nC,c,surplus\nD,d\n")
    assert where(items) == ["record 1", "! record 2 (line 3)", "! record 3 (line 4)", "record 4"]
    assert [p.message for p in problems(items)] == [
        "row has 1 fields, the header has 2; skipped",
        "row has 3 fields, the header has 2; skipped",
    ]


def test_quoted_field_spanning_lines() -> None:
    data = 'title,description\nA,"First line\n\n* bullet, with comma\n""quoted"""\nB,b,x\n'
    items = read(data)
    assert postings(items)[0].text == 'First line\n\n* bullet, with comma\n"quoted"'
    # The broken row starts on line 6, after the four lines of record 1.
    assert where(items) == ["record 1", "! record 2 (line 6)"]


def test_html_description_is_cleaned() -> None:
    items = read('title,description\nA,"<p>Hi.</p><ul><li>One</li><li>Two</li></ul>"\n')
    assert postings(items)[0].text == "Hi.\n\n* One\n* Two"


def test_semicolon_separated() -> None:
    items = read("Titel;Ort;description\nBäcker;Köln;Brot, Brötchen\n")
    assert postings(items)[0].text == "Brot, Brötchen"
    assert postings(items)[0].declared.extra == {"Titel": "Bäcker", "Ort": "Köln"}


def test_tab_separated_sniffed_from_the_header() -> None:
    items = read("title\tdescription\nA\tText, with commas\n")
    assert postings(items)[0].text == "Text, with commas"


def test_tsv_by_name_is_tab_separated_whatever_the_header() -> None:
    items = read("title\tnotes, misc\nA\tx\n", name="jobs.tsv")
    assert postings(items)[0].declared.extra == {"notes, misc": "x"}


def test_tsv_gz_name() -> None:
    assert sniff_delimiter("a,b,c", "/x/jobs.TSV.gz") == "\t"


def test_pipe_separated() -> None:
    assert postings(read("title|description\nA|a, b\n"))[0].text == "a, b"


@pytest.mark.parametrize(
    ("header", "expected"),
    [("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ("a|b|c", "|"), ("single", ","),
     ("a;b,c", ",")],
)  # fmt: skip
def test_sniff_delimiter(header: str, expected: str) -> None:
    assert sniff_delimiter(header) == expected


def test_map_names_the_columns() -> None:
    data = "Stelle;Text;Firma\nBäcker;Brot backen.;Krume GmbH\n"
    items = read(data, mapping={"title": "Stelle", "description": "Text", "company": "Firma"})
    posting = postings(items)[0]
    assert (posting.declared.title, posting.text, posting.declared.company) == (
        "Bäcker",
        "Brot backen.",
        "Krume GmbH",
    )


def test_map_overrides_a_recognised_column() -> None:
    data = "title,description,long_text\nA,Short.,The long text.\n"
    items = read(data, mapping={"description": "long_text"})
    assert postings(items)[0].text == "The long text."
    assert postings(items)[0].declared.extra == {"description": "Short."}


def test_map_naming_a_missing_column() -> None:
    items = read("title,body\nA,b\n", mapping={"description": "Beschreibung"})
    assert len(items) == 1
    message = problems(items)[0].message
    assert "'Beschreibung'" in message
    assert "'title', 'body'" in message


def test_header_without_text_column_is_one_problem_for_the_file() -> None:
    items = read("Stelle,Ort\nBäcker,Köln\nKoch,Bonn\n")
    assert len(items) == 1
    problem = problems(items)[0]
    assert problem.where == "line 1"
    assert "no title or description column" in problem.message
    assert "'Stelle', 'Ort'" in problem.message
    assert "--map description=COLUMN" in problem.message


def test_blank_lines_and_empty_rows_are_skipped() -> None:
    items = read("\n\ntitle,description\n\nA,a\n,\n  ,  \nB,b\n\n")
    assert where(items) == ["record 1", "record 2"]


@pytest.mark.parametrize("data", [b"", b"\n\n  \n"])
def test_empty_file(data: bytes) -> None:
    assert [p.message for p in problems(read(data))] == ["empty file: no postings"]


def test_header_only_is_a_warning() -> None:
    assert [(p.severity, p.message) for p in problems(read("title,description\n"))] == [
        ("warning", "the file has a header row but no data rows")
    ]


def test_utf8_bom() -> None:
    items = read(b"\xef\xbb\xbftitle,description\nA,\xc3\xa9t\xc3\xa9\n")
    assert postings(items)[0].declared.title == "A"
    assert postings(items)[0].text == "été"


def test_windows_1252() -> None:
    items = read("title;description\nCafé;Crème brûlée – daily\n".encode("cp1252"))
    assert postings(items)[0].text == "Crème brûlée – daily"
    assert [p.severity for p in problems(items)] == ["warning"]


def test_field_larger_than_the_csv_module_default() -> None:
    big = "word " * 60_000  # 300 kB: over csv's default 128 kB field limit
    assert len(postings(read(f'title,description\nA,"{big}"\n'))[0].text) == len(big.strip())


def test_unclosed_quote_stops_the_file_with_a_message() -> None:
    data = 'title,description\nA,a\nB,"never closed\n' + "more text\n" * 50
    items = read(data, max_bytes=100)
    assert where(items) == ["record 1", "! line 3"]
    assert "probably never closed" in problems(items)[0].message


def test_over_long_line_is_reported() -> None:
    items = read("title,description\nA," + "x" * 500 + "\nB,b\n", max_bytes=100)
    assert where(items) == ["! line 2", "record 1"]


def test_duplicate_and_blank_column_names() -> None:
    assert column_names(["title", " ", "tag", "tag", "tag"]) == [
        "title",
        "column 2",
        "tag",
        "tag (2)",
        "tag (3)",
    ]


def test_reads_a_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "jobs.tsv"
    path.write_text("job_title\tjob_description\nA\tDo things.\n", encoding="utf-8")
    with path.open("rb") as stream:
        items = list(CsvReader().read(stream, Origin(uri=str(path), name=path.name)))
    assert postings(items)[0].text == "Do things."
    assert postings(items)[0].source.uri == str(path)
