"""CSV and TSV with a header row: one posting per data row.

Lines are decoded by :func:`jobsift.ingest.lines.iter_lines` (byte-order marks, Windows-1252,
over-long lines) and handed to the csv module one at a time, so quoted fields may span lines
while memory stays flat.  The delimiter (comma, semicolon, tab or pipe) is sniffed from the
header line; ``.tsv`` files are tab-separated whatever their header looks like.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from typing import BinaryIO, Final

from jobsift.ingest.base import Origin, ReadItem, ReadProblem, Severity
from jobsift.ingest.lines import Line, iter_lines
from jobsift.ingest.records import RecordMapper

# The csv module's own cap (128 KiB a field) is below a long HTML description; rows are
# bounded by ``_RowFeed`` instead.  2**31 - 1 is the largest value every platform accepts.
_FIELD_SIZE_LIMIT: Final = 2**31 - 1
_DELIMITERS: Final = (",", ";", "\t", "|")
_TSV_SUFFIXES: Final = (".tsv", ".tsv.gz")
_LISTED_COLUMNS: Final = 15


class _RowTooLong(Exception):
    """A row grew past the limit: an unclosed quote is swallowing the file."""


class _RowFeed:
    """Decoded lines for the csv module, remembering where each row starts.

    Problems met while decoding (a Windows-1252 line, an over-long line) are held in
    ``problems`` for the reader to pass on in order.
    """

    def __init__(self, items: Iterator[Line | ReadProblem], limit: int) -> None:
        self._items = items
        self._limit = limit
        self.problems: list[ReadProblem] = []
        self.row_start = 0
        self.row_chars = 0

    def __iter__(self) -> _RowFeed:
        return self

    def __next__(self) -> str:
        for item in self._items:
            if isinstance(item, ReadProblem):
                self.problems.append(item)
                continue
            if not self.row_chars:
                self.row_start = item.number
            self.row_chars += len(item.text) + 1
            if self.row_chars > self._limit:
                raise _RowTooLong
            return item.text + "\n"
        raise StopIteration

    def next_row(self) -> None:
        self.row_chars = 0

    def drain(self) -> list[ReadProblem]:
        problems, self.problems = self.problems, []
        return problems


def sniff_delimiter(header: str, *names: str) -> str:
    """The delimiter the header line uses most (comma on a tie); tab when a name ends ``.tsv``."""
    if any(name.lower().endswith(_TSV_SUFFIXES) for name in names):
        return "\t"
    counts = [(header.count(delimiter), -rank) for rank, delimiter in enumerate(_DELIMITERS)]
    best = max(counts)
    return _DELIMITERS[-best[1]] if best[0] else ","


def column_names(header: list[str]) -> list[str]:
    """Header cells, stripped; blank ones named "column N", repeats numbered "name (2)"."""
    names: list[str] = []
    seen: set[str] = set()
    for number, cell in enumerate(header, 1):
        name = cell.strip() or f"column {number}"
        base, copy = name, 1
        while name in seen:
            copy += 1
            name = f"{base} ({copy})"
        seen.add(name)
        names.append(name)
    return names


class CsvReader:
    """CSV or TSV with a header row (format ``csv``)."""

    format = "csv"

    def read(self, stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
        csv.field_size_limit(_FIELD_SIZE_LIMIT)
        # A row holds the posting and its other columns: allow it twice the posting limit.
        feed = _RowFeed(iter_lines(stream, origin), 2 * origin.max_bytes)
        yield from _CsvParse(origin, RecordMapper(origin, self.format), feed).run()


class _CsvParse:
    """Reading one CSV input: header first, then the rows against it."""

    def __init__(self, origin: Origin, mapper: RecordMapper, feed: _RowFeed) -> None:
        self._origin = origin
        self._mapper = mapper
        self._feed = feed

    def run(self) -> Iterator[ReadItem]:
        first = self._first_line()
        yield from self._feed.drain()
        if first is None:
            yield self._problem("", "empty file: no postings")
            return
        delimiter = sniff_delimiter(first, self._origin.uri, self._origin.name)
        lines = itertools.chain([first + "\n"], self._feed)
        rows = csv.reader(lines, delimiter=delimiter, quotechar='"', strict=False)
        try:
            yield from self._table(rows)
        except _RowTooLong:
            yield self._unclosed_quote()
        yield from self._feed.drain()

    def _first_line(self) -> str | None:
        for text in self._feed:
            if text.strip():
                # Not next_row(): a quoted header cell may go on over the next lines.
                return text.rstrip("\n")
            self._feed.next_row()
        return None

    def _table(self, rows: Iterator[list[str]]) -> Iterator[ReadItem]:
        header_line = self._feed.row_start
        columns = column_names(next(rows, []))
        self._feed.next_row()
        problem = self._check_header(columns, f"line {header_line}")
        if problem is not None:
            yield problem
            return
        count = 0
        for row, start in self._rows(rows):
            count += 1
            yield from self._feed.drain()
            yield self._record(columns, row, count, start)
        if not count:
            yield self._problem("", "the file has a header row but no data rows", "warning")

    def _rows(self, rows: Iterator[list[str]]) -> Iterator[tuple[list[str], int]]:
        """Non-blank rows with the line each starts on; a row the csv module rejects is reported."""
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                self._feed.problems.append(self._bad_row(exc))
                row = []
            start = self._feed.row_start
            self._feed.next_row()
            if any(cell.strip() for cell in row):
                yield row, start

    def _record(self, columns: list[str], row: list[str], number: int, start: int) -> ReadItem:
        if len(row) != len(columns):
            return self._problem(
                f"record {number} (line {start})",
                f"row has {len(row)} fields, the header has {len(columns)}; skipped",
            )
        return self._mapper.to_posting(dict(zip(columns, row, strict=True)), f"record {number}")

    def _check_header(self, columns: list[str], where: str) -> ReadProblem | None:
        listed = _list(columns)
        missing = self._mapper.unmatched_columns(columns)
        if missing:
            return self._problem(
                where,
                f"--map names {_list(missing)}, not in the header; the columns are: {listed}",
            )
        if not self._mapper.has_text_key(columns):
            return self._problem(
                where,
                f"no title or description column in the header (columns: {listed}); "
                "name the posting text with --map description=COLUMN",
            )
        return None

    def _bad_row(self, exc: csv.Error) -> ReadProblem:
        where = f"line {self._feed.row_start}"
        return self._problem(where, f"row cannot be read as CSV ({exc}); skipped")

    def _unclosed_quote(self) -> ReadProblem:
        return self._problem(
            f"line {self._feed.row_start}",
            f"the row starting here runs past {self._feed.row_chars:,} characters: a quoted "
            "field is probably never closed (a stray double quote); the rest of the file "
            "was not read",
        )

    def _problem(self, where: str, message: str, severity: Severity = "error") -> ReadProblem:
        return ReadProblem(self._origin.uri, where, message, severity)


def _list(names: list[str]) -> str:
    shown = ", ".join(repr(name) for name in names[:_LISTED_COLUMNS])
    return shown + (", ..." if len(names) > _LISTED_COLUMNS else "")
