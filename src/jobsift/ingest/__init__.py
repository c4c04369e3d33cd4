"""Reading postings from every form they come in: text, JSON, CSV, HTML; files, folders, stdin.

``read_inputs`` streams ``RawPosting`` and ``ReadProblem`` items; a problem costs its own record
(or its own file) only, never the rest of the run.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from jobsift.ingest.base import Origin, Reader, ReadItem, ReadProblem
from jobsift.ingest.detect import FORMATS, check_format, format_from_name, sniff_format
from jobsift.ingest.sources import ByteCounter, Input, bytes_input, check_paths, expand

__all__ = [
    "FORMATS",
    "InputProgress",
    "Origin",
    "ReadItem",
    "ReadProblem",
    "Reader",
    "check_paths",
    "make_reader",
    "read_bytes",
    "read_inputs",
]

_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 8192


@dataclass(slots=True)
class InputProgress:
    """Where the reading stands: which input, and bytes read of the ones finished and this one."""

    inputs: list[Input] = field(default_factory=list)
    done_bytes: int = 0
    counter: ByteCounter = field(default_factory=ByteCounter)

    @property
    def bytes_read(self) -> int:
        return self.done_bytes + self.counter.total


def make_reader(name: str) -> Reader:
    """The reader for a format name (``text``, ``json``, ``csv``, ``html``)."""
    check_format(name)
    if name == "json":
        from jobsift.ingest.jsonfile import JsonReader

        return JsonReader()
    if name == "csv":
        from jobsift.ingest.csvfile import CsvReader

        return CsvReader()
    if name == "html":
        from jobsift.ingest.html import HtmlReader

        return HtmlReader()
    from jobsift.ingest.text import TextReader

    return TextReader()


def read_inputs(
    paths: Sequence[str],
    *,
    format: str | None = None,
    mapping: Mapping[str, str] | None = None,
    max_bytes: int = 2_000_000,
    progress: InputProgress | None = None,
) -> Iterator[ReadItem]:
    """Every posting (and problem) in the named files, folders (recursively) and ``-`` (stdin)."""
    if format is not None:
        check_format(format)
    progress = progress or InputProgress()
    for entry in expand(paths):
        if isinstance(entry, ReadProblem):
            yield entry
            continue
        progress.counter = ByteCounter()
        origin = Origin(entry.uri, entry.name, dict(mapping or {}), max_bytes)
        yield from _read_one(entry, origin, format, progress.counter)
        progress.done_bytes += progress.counter.total
        progress.counter = ByteCounter()


def read_bytes(
    data: bytes,
    *,
    uri: str,
    format: str,
    mapping: Mapping[str, str] | None = None,
    max_bytes: int = 2_000_000,
    progress: InputProgress | None = None,
) -> Iterator[ReadItem]:
    """Every posting (and problem) in ``data``, read as ``format``, its sources named ``uri``."""
    check_format(format)
    progress = progress or InputProgress()
    entry = bytes_input(data, uri, uri)
    origin = Origin(entry.uri, entry.name, dict(mapping or {}), max_bytes)
    yield from _read_one(entry, origin, format, progress.counter)
    progress.done_bytes += progress.counter.total


def _read_one(
    entry: Input, origin: Origin, format: str | None, counter: ByteCounter
) -> Iterator[ReadItem]:
    read = problems = 0
    try:
        with entry.opener(counter) as raw:
            stream = _decompressed(raw)
            reader = make_reader(format or format_from_name(entry.name) or _sniff(stream))
            for item in reader.read(stream, origin):
                if isinstance(item, ReadProblem):
                    problems += 1
                else:
                    read += 1
                yield item
    except (OSError, EOFError, zlib.error) as exc:
        yield _unreadable(entry, exc, read)
        return
    if read == problems == 0:
        # Readers say why a file held nothing when they know; this catches the silent cases.
        yield ReadProblem(entry.uri, "", "no postings found (empty file?)", "warning")


def _decompressed(raw: BinaryIO) -> BinaryIO:
    """Gzip is recognised by its magic number, so a compressed file needs no ``.gz`` name."""
    peek: Callable[[int], bytes] = raw.peek  # type: ignore[attr-defined]
    if peek(2)[:2] != _GZIP_MAGIC:
        return raw
    return io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"), 1 << 16)


def _sniff(stream: BinaryIO) -> str:
    peek: Callable[[int], bytes] = stream.peek  # type: ignore[attr-defined]
    return sniff_format(peek(_SNIFF)[:_SNIFF])


def _unreadable(entry: Input, exc: BaseException, read: int) -> ReadProblem:
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    kept = f"; the {read:,} postings read before it were kept" if read else ""
    return ReadProblem(entry.uri, "", f"cannot read: {reason}{kept}")
