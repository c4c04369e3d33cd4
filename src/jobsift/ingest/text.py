"""Plain text as people paste it, split into postings.

Three shapes are common, often mixed in one file:

* one posting per line (a summary line each);
* blocks separated by blank lines (title line, company line, paragraphs ...);
* a posting over several lines: a summary, then section headings ("Requirements", "Ihr Profil")
  with one bullet per line under them.

The splitter walks the lines once, keeping only the posting being built.  A new posting starts
at a line that opens with a job title, at a long line when postings are one per line, or where a
section heading repeats (the line before it was the next posting's summary).  Headings and
bullets always stay with the posting above them, even across blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import BinaryIO

from jobsift.ingest.base import Origin, ReadItem, ReadProblem
from jobsift.ingest.lines import Line, iter_lines
from jobsift.lang.roles import starts_with_title
from jobsift.lang.sections import heading_kind, inline_heading_kind
from jobsift.model import RawPosting, SourceRef

_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦–—+>]|\d{1,2}[.)]|[a-z][.)])\s+")
_SEPARATOR = re.compile(r"^\s*(?:[-=_*#~]{3,}|\f)\s*$")
# A line this long is a paragraph, not a title: in one-posting-per-line files, a posting.
_PARAGRAPH_CHARS = 100


class Kind(Enum):
    BLANK = "blank"
    SEPARATOR = "separator"
    HEADING = "heading"
    BULLET = "bullet"
    TITLE = "title"
    TEXT = "text"


@dataclass(slots=True)
class _Draft:
    """The posting being built: its lines, the sections seen, and how it is laid out."""

    lines: list[Line] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)
    block_style: bool = False  # opened by a short title line: paragraphs below belong to it
    in_section: bool = False
    after_blank: bool = False
    saw_blank: bool = False  # the posting has blank lines inside: its layout is by blocks
    size: int = 0

    def add(self, line: Line) -> None:
        if self.after_blank:
            # Keep one blank line where the source had some: paragraphs stay paragraphs.
            self.lines.append(Line(line.number - 1, ""))
            self.after_blank = False
        self.lines.append(line)
        self.size += len(line.text) + 1


def classify(text: str) -> Kind:
    stripped = text.strip()
    if not stripped:
        return Kind.BLANK
    if _SEPARATOR.match(stripped):
        return Kind.SEPARATOR
    if heading_kind(stripped) is not None:
        return Kind.HEADING
    if _BULLET.match(text) or inline_heading_kind(stripped) is not None:
        return Kind.BULLET
    if starts_with_title(stripped.lstrip("#* ")):
        return Kind.TITLE
    return Kind.TEXT


class Segmenter:
    """Feeds on lines, yields finished postings as lists of lines."""

    def __init__(self, max_chars: int) -> None:
        self._draft: _Draft | None = None
        self._closed: _Draft | None = None  # the last posting, reopened by a stray heading
        self._pending: Line | None = None  # a possible title, waiting for the line after it
        self._max_chars = max_chars

    def feed(self, line: Line) -> Iterator[list[Line]]:
        kind = classify(line.text)
        pending, self._pending = self._pending, None
        if pending is not None:
            if kind in (Kind.TEXT, Kind.TITLE) and _header_line(line):
                # "Docente di Inglese" + "Kalux Learning — Milano": a block opening a posting.
                yield from self._flush()
                self._closed = None
                self._start(pending)
                self._continue(line)
                return
            self._continue(pending)  # not a title after all: a line of the current posting
        yield from self._feed(line, kind)

    def _feed(self, line: Line, kind: Kind) -> Iterator[list[Line]]:
        if kind is Kind.BLANK:
            yield from self._blank()
        elif kind is Kind.SEPARATOR:
            yield from self._flush()
            self._closed = None
        elif kind is Kind.HEADING:
            yield from self._heading(line)
        elif kind is Kind.BULLET:
            self._continue(line)
        else:
            yield from self._text(line, kind)
        if self._draft is not None and self._draft.size > self._max_chars:
            # Bounded memory: an endless "posting" is cut here and rejected as too large.
            yield from self._flush()
            self._closed = None

    def finish(self) -> Iterator[list[Line]]:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._continue(pending)
        yield from self._flush()

    def _blank(self) -> Iterator[list[Line]]:
        draft = self._draft
        if draft is None:
            return
        if draft.block_style or draft.in_section:
            draft.after_blank = draft.saw_blank = True
            return
        yield from self._flush()

    def _heading(self, line: Line) -> Iterator[list[Line]]:
        kind = heading_kind(line.text) or ""
        draft = self._draft
        if draft is not None and kind in draft.sections and len(draft.lines) > 1:
            # A repeated heading: the line above it opened the next posting.
            summary = draft.lines.pop()
            draft.size -= len(summary.text) + 1
            yield from self._flush()
            self._start(summary)
        self._continue(line)
        assert self._draft is not None
        self._draft.sections.add(kind)
        self._draft.in_section = True

    def _continue(self, line: Line) -> None:
        if self._draft is None:
            self._draft, self._closed = self._closed, None
        if self._draft is None:
            self._start(line)
            return
        self._draft.add(line)

    def _text(self, line: Line, kind: Kind) -> Iterator[list[Line]]:
        draft = self._draft
        if self._may_open_block(draft, line, kind):
            self._pending = line  # decided by the next line: is it a "company — place" line?
            return
        if draft is not None and not self._opens_posting(draft, line, kind):
            self._continue(line)
            return
        yield from self._flush()
        self._closed = None
        self._start(line)

    def _may_open_block(self, draft: _Draft | None, line: Line, kind: Kind) -> bool:
        """A short line after a blank, in a posting laid out in blocks, that is not already
        known to be a title: it opens a posting only if a header line follows it."""
        return (
            kind is Kind.TEXT
            and draft is not None
            and draft.saw_blank
            and draft.after_blank
            and self._pending is None
            and _title_shaped(line)
        )

    def _opens_posting(self, draft: _Draft, line: Line, kind: Kind) -> bool:
        if kind is Kind.TITLE:
            if draft.block_style or draft.saw_blank:
                # Postings laid out in blocks: a title opens the next block, and is no sentence
                # ("Word Junior DevOps Engineer bij ..." is the body's first line).
                return draft.after_blank and _title_shaped(line)
            return True  # dense text: one posting per line, or sections without blank lines
        # In blocks and sections only a title opens the next posting; other lines continue it.
        return not (draft.in_section or draft.block_style)

    def _start(self, line: Line) -> None:
        draft = _Draft()
        draft.block_style = len(line.text.strip()) < _PARAGRAPH_CHARS and not _sentence(line)
        draft.add(line)
        self._draft = draft

    def _flush(self) -> Iterator[list[Line]]:
        draft, self._draft = self._draft, None
        if draft is not None and draft.lines:
            self._closed = draft
            yield draft.lines


_HEADER_SEPARATORS = (" — ", " – ", " - ", " | ", " · ", " @ ", " • ")


def _header_line(line: Line) -> bool:
    """The "Company — Place" line under a title in pasted blocks."""
    text = line.text
    return (
        _title_shaped(line) and ":" not in text and any(sep in text for sep in _HEADER_SEPARATORS)
    )


def _title_shaped(line: Line) -> bool:
    return len(line.text.strip()) < _PARAGRAPH_CHARS and not _sentence(line)


def _sentence(line: Line) -> bool:
    return line.text.rstrip().endswith((".", "!", "?", "。"))


class TextReader:
    format = "text"

    def read(self, stream: BinaryIO, origin: Origin) -> Iterator[ReadItem]:
        segmenter = Segmenter(origin.max_bytes)
        for item in iter_lines(stream, origin):
            if isinstance(item, ReadProblem):
                yield item
                continue
            for lines in segmenter.feed(item):
                yield from _posting(lines, origin)
        for lines in segmenter.finish():
            yield from _posting(lines, origin)


def _posting(lines: list[Line], origin: Origin) -> Iterator[ReadItem]:
    first, last = lines[0].number, lines[-1].number
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    text = "\n".join(line.text.rstrip() for line in lines).strip()
    if not text:
        return
    if len(text) > origin.max_bytes:
        yield ReadProblem(
            origin.uri,
            where,
            f"posting is {len(text):,} characters, over the limit of {origin.max_bytes:,} "
            "(JOBSIFT_MAX_POSTING_BYTES); skipped",
        )
        return
    yield RawPosting(text=text, source=SourceRef(origin.uri, where, "text"))
